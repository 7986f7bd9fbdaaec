// Tagging over a text surface (the document view, the reader's columns): offers to tag the words
// selected, files them through the tag popover, shows what a highlight holds, edits and deletes
// quotes with undo, and in the reader files the counterparts in the other columns too.
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { Quote, QuoteId } from '../../../../shared/domain';
import type { TextSpan } from '../../../../shared/quotes/selection';
import { Button, ConfirmDialog, isMac, plural, useAnnounce, useReportError } from '../../ui';
import { Floating, anchorOf, type Anchor } from './Floating';
import { QuoteCard } from './QuoteCard';
import { TagPopover, type QuoteDraft } from './TagPopover';
import { useOfferQuoteUndo } from './QuoteUndo';
import { useDraftHighlight } from './useDraftHighlight';
import { useQuoteActions } from './useQuoteActions';
import { useQuoteHover } from './useQuoteHover';
import type { QuoteData } from './useQuoteData';
import { useSelectionCapture, type CapturedSpan } from './useSelectionCapture';

/** Dispatched on window by the app command `tagSelection`; the visible tagging layer answers. */
export const TAG_SELECTION_EVENT = 'parallax:tag-selection';

export function requestTagSelection(): void {
  window.dispatchEvent(new Event(TAG_SELECTION_EVENT));
}
const SHORTCUT = isMac ? '⌘T' : 'Ctrl+T';

type Editor =
  | { mode: 'create'; documentId: number; span: TextSpan; anchor: Anchor }
  | { mode: 'edit'; documentId: number; span: TextSpan; anchor: Anchor; quote: Quote };

interface TaggingLayerProps {
  rootRef: RefObject<HTMLElement | null>;
  /** Canonical text of each document shown, by id. */
  texts: ReadonlyMap<number, string>;
  data: QuoteData;
  /** Reader only: the documents of the other columns, for "Tag counterparts too". */
  counterpartsOf?: (documentId: number) => number[];
}

export function TaggingLayer({ rootRef, texts, data, counterpartsOf }: TaggingLayerProps) {
  const actions = useQuoteActions();
  const announce = useAnnounce();
  const [editor, setEditor] = useState<Editor | null>(null);
  const offerUndo = useOfferQuoteUndo();
  const [citedDeletion, setCitedDeletion] = useState<{ quote: Quote; message: string } | null>(
    null,
  );
  const cardRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const selection = useSelectionCapture(rootRef, texts, editor === null);
  const hover = useQuoteHover(rootRef, cardRef);
  useDraftHighlight(rootRef, editor && { documentId: editor.documentId, ...editor.span });

  // Quotes that failed to load are missing from the text: say so rather than show none.
  const reportError = useReportError();
  useEffect(() => {
    if (data.error) reportError(data.error);
  }, [data.error, reportError]);

  const openEditor = (next: Editor) => {
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    hover.close();
    selection.clear();
    setEditor(next);
  };
  const closeEditor = () => {
    setEditor(null);
    returnFocus.current?.focus({ preventScroll: true });
  };
  const openCreate = (captured: CapturedSpan) =>
    openEditor({
      mode: 'create',
      documentId: captured.documentId,
      span: { start: captured.start, end: captured.end },
      anchor: anchorOf(captured.rect),
    });

  // Ctrl/Cmd+T, the Edit menu or the browser-mode shortcut: the app command arrives as an event.
  const onTagCommand = useEffectEvent(() => {
    if (editor) return;
    const captured = selection.capture();
    if (captured) openCreate(captured);
  });
  useEffect(() => {
    const listener = () => onTagCommand();
    window.addEventListener(TAG_SELECTION_EVENT, listener);
    return () => window.removeEventListener(TAG_SELECTION_EVENT, listener);
  }, []);

  const tagCounterparts = async (quote: Quote) => {
    const others = counterpartsOf?.(quote.documentId) ?? [];
    if (others.length === 0) return;
    const made = await actions.tagCounterparts(quote.id, others);
    if (made) announce(`${plural(made.length, 'counterpart quote')} filed under the same tags.`);
  };

  const save = async (draft: QuoteDraft) => {
    if (!editor) return;
    const fields = { tagIds: draft.tagIds, newTags: draft.newTags, note: draft.note };
    let saved: Quote | undefined;
    if (editor.mode === 'create') {
      saved = await actions.create({ documentId: editor.documentId, ...draft.span, ...fields });
    } else {
      const moved = draft.span.start !== editor.quote.start || draft.span.end !== editor.quote.end;
      saved = await actions.update({
        id: editor.quote.id,
        ...fields,
        ...(moved ? draft.span : {}),
      });
    }
    // Refused: the error is in the banner and the popover keeps what was typed.
    if (!saved) return;
    window.getSelection()?.removeAllRanges();
    closeEditor();
    announce(editor.mode === 'create' ? 'Quote saved.' : 'Quote updated.');
    if (editor.mode === 'create' && draft.counterparts) await tagCounterparts(saved);
  };

  const remove = async (quote: Quote, confirmCited = false) => {
    const deleted = await actions.remove([quote.id], confirmCited);
    if (!deleted) return;
    if (!Array.isArray(deleted)) {
      setCitedDeletion({ quote, message: deleted.confirm });
      return;
    }
    hover.close();
    if (editor) closeEditor();
    offerUndo(deleted);
    announce('Quote deleted. Undo with Ctrl+Z.');
  };

  const cardQuotes = (hover.card?.quoteIds ?? [])
    .map((id) => data.quotesById.get(id as QuoteId))
    .filter((quote): quote is Quote => quote !== undefined)
    .reverse();
  const editorText = editor ? texts.get(editor.documentId) : undefined;
  // The language the surface renders the quote's words in (the paragraph's, else the document's).
  const languageOf = (quote: Quote): string => {
    const lang = rootRef.current
      ?.querySelector(`[data-doc="${quote.documentId}"][data-quote-ids~="${quote.id}"]`)
      ?.closest('[lang]')
      ?.getAttribute('lang');
    // A primary subtag only ("en-GB" → "en"), as the briefing's quote node stores it.
    return lang?.split('-')[0]?.toLowerCase() || 'und';
  };

  return (
    <>
      {selection.captured && !editor && (
        <Floating anchor={anchorOf(selection.captured.rect)} className="tag-adder">
          <Button
            small
            variant="primary"
            aria-keyshortcuts={isMac ? 'Meta+T' : 'Control+T'}
            // Keeps the selection: a button press must not collapse it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => selection.captured && openCreate(selection.captured)}
          >
            Tag selection <kbd className="tag-adder__key">{SHORTCUT}</kbd>
          </Button>
        </Floating>
      )}
      {hover.card && cardQuotes.length > 0 && !editor && (
        <QuoteCard
          cardRef={cardRef}
          anchor={hover.card.anchor}
          quotes={cardQuotes}
          tagsById={data.tagsById}
          canTagCounterparts={counterpartsOf !== undefined}
          busy={actions.busy}
          onEdit={(quote) =>
            openEditor({
              mode: 'edit',
              quote,
              documentId: quote.documentId,
              span: { start: quote.start, end: quote.end },
              anchor: hover.card?.anchor ?? { top: 0, bottom: 0, left: 0, right: 0 },
            })
          }
          onDelete={(quote) => void remove(quote)}
          onTagCounterparts={(quote) => void tagCounterparts(quote)}
          onClose={hover.close}
          onPointerEnter={hover.keep}
          onPointerLeave={hover.scheduleHide}
          languageOf={languageOf}
        />
      )}
      {editor && editorText !== undefined && (
        <TagPopover
          key={editor.mode === 'edit' ? `edit-${editor.quote.id}` : 'create'}
          mode={editor.mode}
          anchor={editor.anchor}
          text={editorText}
          span={editor.span}
          tags={data.tags}
          tagsById={data.tagsById}
          initialTagIds={editor.mode === 'edit' ? editor.quote.tagIds : undefined}
          initialNote={editor.mode === 'edit' ? editor.quote.note : undefined}
          offerCounterparts={editor.mode === 'create' && counterpartsOf !== undefined}
          busy={actions.busy}
          onSpanChange={(span) => setEditor((current) => current && { ...current, span })}
          onSave={(draft) => void save(draft)}
          onCancel={closeEditor}
          onDelete={editor.mode === 'edit' ? () => void remove(editor.quote) : undefined}
        />
      )}
      <ConfirmDialog
        open={citedDeletion !== null}
        title="Delete a quote a briefing cites?"
        confirmLabel="Delete anyway"
        danger
        busy={actions.busy}
        onCancel={() => setCitedDeletion(null)}
        onConfirm={() => {
          const pending = citedDeletion;
          setCitedDeletion(null);
          if (pending) void remove(pending.quote, true);
        }}
      >
        <p>{citedDeletion?.message}</p>
      </ConfirmDialog>
    </>
  );
}
