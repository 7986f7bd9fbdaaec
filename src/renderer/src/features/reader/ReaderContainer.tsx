// The parallel reader: two to four documents side by side, aligned rows for translations or
// independent columns for comparable accounts, with hand corrections that the server keeps.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { TaggingLayer, useQuoteData } from '../tagging';
import { Button, useAnnounce, useReportError } from '../../ui';
import { correctionActions, targetColumnFor, type CorrectionActions } from './actions';
import { AlignedRows } from './AlignedRows';
import { ColumnHeaders } from './ColumnHeaders';
import { ComparableColumns } from './ComparableColumns';
import { selectedIds } from './interaction';
import { readerKey } from './keys';
import { buildColumns, indexLinks, layoutOf, manualSentences, type ReaderSentence } from './model';
import { ReaderToolbar, type CorrectionName } from './ReaderToolbar';
import { alignedRowsFor, columnBlocks, visibleSentences } from './rows';
import { sentenceDomId, type SentenceMarks } from './SentenceRun';
import { useCorrectionHistory } from './useCorrectionHistory';
import { READER_MARKS, useReaderData, type ModeRequest } from './useReaderData';
import { useReaderInteraction } from './useReaderInteraction';

interface ReaderContainerProps {
  /** Two to four document ids, in column order. */
  ids: number[];
  onBack: () => void;
}

const NO_ACTIONS: CorrectionActions = { link: null, unlink: null, merge: null, split: null };

export function ReaderContainer({ ids, onBack }: ReaderContainerProps) {
  const data = useReaderData(ids);
  const history = useCorrectionHistory(data.setCorrections);
  const reportError = useReportError();
  const announce = useAnnounce();
  const [showBoilerplate, setShowBoilerplate] = useState(false);
  const [targetChoice, setTargetChoice] = useState<number | null>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const firstScreen = useRef(false);

  const { documents, alignments, pairs } = data;
  const quoteData = useQuoteData(ids);
  // Highlights render in the background, in slices, never blocking scrolling or the pointer.
  const quoteHighlights = useDeferredValue(quoteData.highlights);
  const texts = useMemo(
    () => new Map((documents ?? []).map((doc) => [doc.id as number, doc.text])),
    [documents],
  );
  const columns = useMemo(() => (documents ? buildColumns(documents) : []), [documents]);
  const sentences = useMemo(
    () =>
      new Map<number, ReaderSentence>(columns.flatMap((c) => c.sentences.map((s) => [s.id, s]))),
    [columns],
  );
  const ready = columns.length === ids.length && alignments !== undefined;
  const layout = alignments ? layoutOf(pairs, alignments) : null;
  const links = useMemo(() => indexLinks(alignments ?? []), [alignments]);
  const manual = useMemo(() => manualSentences(alignments ?? []), [alignments]);
  const rows = useMemo(
    () =>
      ready && layout === 'aligned'
        ? alignedRowsFor(columns, pairs, alignments, showBoilerplate)
        : [],
    [ready, layout, columns, pairs, alignments, showBoilerplate],
  );
  const blocks = useMemo(
    () => (layout === 'comparable' ? columns.map((c) => columnBlocks(c, showBoilerplate)) : []),
    [layout, columns, showBoilerplate],
  );
  const visible = useMemo(
    () => columns.map((c) => visibleSentences(c, showBoilerplate)),
    [columns, showBoilerplate],
  );

  const interaction = useReaderInteraction({
    layout,
    columnCount: columns.length,
    visible,
    rows,
    sentences,
    links,
    surfaceRef,
  });
  const { pinned, selection, cursor } = interaction;
  const pinnedSentence = pinned === null ? null : (sentences.get(pinned) ?? null);
  const targetColumn = targetColumnFor(pinnedSentence, selection, targetChoice, columns.length);
  const actions = useMemo(
    () =>
      alignments
        ? correctionActions({ pairs, alignments, pinned: pinnedSentence, targetColumn, selection })
        : NO_ACTIONS,
    [alignments, pairs, pinnedSentence, targetColumn, selection],
  );
  const marks: SentenceMarks = useMemo(
    () => ({
      lit: interaction.lit,
      selected: selectedIds(selection),
      pinned,
      cursor: cursor?.sentenceId ?? null,
      manual,
      showScores: layout === 'comparable',
    }),
    [interaction.lit, selection, pinned, cursor, manual, layout],
  );

  useEffect(() => {
    surfaceRef.current?.focus({ preventScroll: true });
  }, []);

  // For the benchmark: the first rows are painted (a task after the next frame has rendered).
  useEffect(() => {
    if (!ready || firstScreen.current) return;
    firstScreen.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark(READER_MARKS.firstScreen)));
  }, [ready]);

  const busy = data.aligning || data.saving;
  // Toolbar buttons are disabled while a call runs, which drops their focus: give it back to the
  // text, where the reader's keys work.
  const refocus = () => surfaceRef.current?.focus({ preventScroll: true });

  const correct = async (name: CorrectionName) => {
    const step = actions[name];
    if (!step || busy) return;
    try {
      await history.apply(step);
      interaction.clearSelection();
      announce(`${step.label}: done. Undo with Ctrl+Z.`);
    } catch (error) {
      reportError(error);
    }
    refocus();
  };

  const travel = async (direction: 'undo' | 'redo') => {
    if (busy) return;
    try {
      const label = await (direction === 'undo' ? history.undo() : history.redo());
      if (label) announce(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
    } catch (error) {
      reportError(error);
    }
    refocus();
  };

  const realign = (options: { recompute?: boolean; mode?: ModeRequest }) => {
    data.realign(options).catch(reportError).finally(refocus);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const key = readerKey(event, event.target === surfaceRef.current);
    if (key === null) return;
    if (key === 'nextColumn' || key === 'previousColumn') {
      if (interaction.switchColumn(key === 'nextColumn' ? 1 : -1)) event.preventDefault();
      return;
    }
    event.preventDefault();
    if (key === 'escape') {
      if (!interaction.clear()) onBack();
    } else if (key === 'up' || key === 'down') interaction.move(key === 'up' ? -1 : 1, false);
    else if (key === 'pageUp' || key === 'pageDown')
      interaction.move(key === 'pageUp' ? -10 : 10, true);
    else if (key === 'home' || key === 'end') interaction.move(key === 'home' ? -1e9 : 1e9, true);
    else if (key === 'choose' || key === 'extend' || key === 'toggle') {
      interaction.chooseAtCursor(key === 'choose' ? 'replace' : key);
    } else if (key === 'undo' || key === 'redo') void travel(key);
    else void correct(key);
  };

  const error = data.documentsError ?? data.alignmentError;
  const status = data.saving ? 'Saving…' : data.aligning && documents ? 'Aligning…' : '';
  const activeId = cursor?.sentenceId ?? null;

  return (
    <section className="reader" aria-label="Parallel reader" onKeyDown={onKeyDown}>
      <ReaderToolbar
        columns={columns}
        pairs={pairs}
        alignments={alignments}
        layout={layout}
        busy={busy}
        status={status}
        showBoilerplate={showBoilerplate}
        onShowBoilerplate={setShowBoilerplate}
        onMode={(mode) => realign({ mode })}
        onRealign={() => realign({ recompute: true })}
        actions={actions}
        onCorrection={(name) => void correct(name)}
        target={{
          column: targetColumn,
          pinnedColumn: pinnedSentence?.column ?? null,
          onChange: setTargetChoice,
        }}
        history={history}
        onUndo={() => void travel('undo')}
        onRedo={() => void travel('redo')}
        onBack={onBack}
      />
      {columns.length > 0 && <ColumnHeaders columns={columns} />}
      <div
        ref={surfaceRef}
        className="reader__surface"
        role="group"
        aria-label="Parallel text"
        aria-busy={!ready && !error}
        aria-activedescendant={activeId === null ? undefined : sentenceDomId(activeId)}
        tabIndex={0}
        data-layout={ready ? (layout ?? undefined) : undefined}
        {...interaction.pointer}
      >
        {error ? (
          <div className="pane-error" role="alert">
            <span dir="auto">{error.message}</span>
            <Button small onClick={data.retry}>
              Retry
            </Button>
          </div>
        ) : !ready ? (
          <p className="pane-placeholder">
            {documents ? 'Aligning the sentences…' : 'Loading the documents…'}
          </p>
        ) : layout === 'aligned' ? (
          <AlignedRows
            columns={columns}
            rows={rows}
            sentences={sentences}
            marks={marks}
            quotes={quoteHighlights}
            cursor={cursor}
            scroll={interaction.scroll}
          />
        ) : (
          <ComparableColumns
            columns={columns}
            blocks={blocks}
            sentences={sentences}
            marks={marks}
            quotes={quoteHighlights}
            scroll={interaction.scroll}
          />
        )}
      </div>
      {ready && (
        <TaggingLayer
          rootRef={surfaceRef}
          texts={texts}
          data={quoteData}
          counterpartsOf={(documentId) => ids.filter((id) => id !== documentId)}
        />
      )}
    </section>
  );
}
