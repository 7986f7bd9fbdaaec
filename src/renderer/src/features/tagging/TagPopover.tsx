// The small dialog that files a selection as a quote, or edits one: tags (type-ahead), a note, and
// when editing, the span a word at a time. Enter saves (Shift+Enter for a new line in the note),
// Esc cancels. It keeps what was typed until the server accepts it.
import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag, TagId } from '../../../../shared/domain';
import {
  stepSpan,
  type SpanEdge,
  type SpanStep,
  type TextSpan,
} from '../../../../shared/quotes/selection';
import { Button } from '../../ui';
import { Floating, type Anchor } from './Floating';
import { TagPicker, type ChosenTag } from './TagPicker';

export interface QuoteDraft {
  tagIds: TagId[];
  newTags: string[];
  note: string;
  span: TextSpan;
  /** Reader only: file the aligned sentences of the other columns too. */
  counterparts: boolean;
}

interface TagPopoverProps {
  mode: 'create' | 'edit';
  anchor: Anchor;
  /** The document's canonical text and the span to file. */
  text: string;
  span: TextSpan;
  tags: readonly Tag[];
  tagsById: ReadonlyMap<TagId, Tag>;
  initialTagIds?: readonly TagId[];
  initialNote?: string;
  /** Offer "Tag counterparts too" (a quote made in a reader column). */
  offerCounterparts: boolean;
  busy: boolean;
  onSpanChange?: (span: TextSpan) => void;
  onSave: (draft: QuoteDraft) => void;
  onCancel: () => void;
  onDelete?: () => void;
}

const PREVIEW_CHARS = 160;

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

export function TagPopover(props: TagPopoverProps) {
  const { mode, anchor, text, tags, tagsById, offerCounterparts, busy } = props;
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [span, setSpan] = useState(props.span);
  const [note, setNote] = useState(props.initialNote ?? '');
  const [counterparts, setCounterparts] = useState(false);
  const [chosen, setChosen] = useState<ChosenTag[]>(() =>
    (props.initialTagIds ?? []).flatMap((id) => {
      const tag = tagsById.get(id);
      return tag ? [{ kind: 'existing' as const, tag }] : [];
    }),
  );

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  // Esc cancels wherever the focus is (it may have left the popover), before the reader's Esc.
  const cancel = useEffectEvent(() => props.onCancel());
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      cancel();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const save = () => {
    if (busy) return;
    props.onSave({
      tagIds: chosen.flatMap((c) => (c.kind === 'existing' ? [c.tag.id] : [])),
      newTags: chosen.flatMap((c) => (c.kind === 'new' ? [c.name] : [])),
      note: note.trim(),
      span,
      counterparts,
    });
  };

  const step = (edge: SpanEdge, direction: SpanStep) => {
    const next = stepSpan(text, span, edge, direction);
    setSpan(next);
    props.onSpanChange?.(next);
  };

  // Keys stay here: the reader around it has single-letter commands.
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };

  const title = mode === 'create' ? 'Tag quote' : 'Edit quote';
  return (
    <Floating
      anchor={anchor}
      role="dialog"
      aria-labelledby={titleId}
      className="tag-popover"
      onKeyDown={onKeyDown}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id={titleId} className="tag-popover__title">
          {title}
        </h2>
        <blockquote className="tag-popover__quote" dir="auto">
          {preview(text.slice(span.start, span.end))}
        </blockquote>
        {mode === 'edit' && (
          <div className="tag-popover__span" role="group" aria-label="Span">
            <span className="tag-popover__span-label">Start</span>
            <Button small variant="ghost" onClick={() => step('start', 'extend')}>
              + word
            </Button>
            <Button small variant="ghost" onClick={() => step('start', 'shrink')}>
              − word
            </Button>
            <span className="tag-popover__span-label">End</span>
            <Button small variant="ghost" onClick={() => step('end', 'shrink')}>
              − word
            </Button>
            <Button small variant="ghost" onClick={() => step('end', 'extend')}>
              + word
            </Button>
          </div>
        )}
        <TagPicker
          tags={tags}
          tagsById={tagsById}
          chosen={chosen}
          onChange={setChosen}
          onSubmit={save}
          inputRef={inputRef}
        />
        <textarea
          className="tag-popover__note"
          aria-label="Note"
          placeholder="Note (optional)"
          dir="auto"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              save();
            }
          }}
        />
        {offerCounterparts && (
          <label className="toggle tag-popover__counterparts">
            <input
              type="checkbox"
              checked={counterparts}
              onChange={(event) => setCounterparts(event.target.checked)}
            />
            Tag counterparts too
          </label>
        )}
        <div className="tag-popover__actions">
          {props.onDelete && (
            <Button small variant="danger" onClick={props.onDelete} disabled={busy}>
              Delete quote
            </Button>
          )}
          <span className="tag-popover__spacer" />
          <Button small variant="ghost" onClick={props.onCancel}>
            Cancel
          </Button>
          {/* Not disabled while saving: a disabled button drops the focus out of the popover. */}
          <Button small variant="primary" type="submit" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </form>
    </Floating>
  );
}
