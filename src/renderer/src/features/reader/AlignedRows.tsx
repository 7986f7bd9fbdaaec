// Translations side by side: a row per bead, so counterparts sit at the same height, under one
// shared scroll. Rows are virtualised and measured once shown, so two 2,000-sentence texts cost
// about what one screen does.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { DocumentHighlights } from '../tagging';
import { columnDirection, columnLang, gridTemplate } from './ColumnHeaders';
import type { Cursor, ScrollRequest } from './interaction';
import type { ReaderColumn, ReaderSentence } from './model';
import { estimateCellHeight, type AlignedRow } from './rows';
import { SentenceRun, type SentenceMarks } from './SentenceRun';
import { useElementWidth } from './useElementWidth';

const GUTTER = 28;

interface AlignedRowsProps {
  columns: readonly ReaderColumn[];
  rows: readonly AlignedRow[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  marks: SentenceMarks;
  /** Quote highlights by document id. */
  quotes: ReadonlyMap<number, DocumentHighlights>;
  cursor: Cursor | null;
  scroll: ScrollRequest | null;
}

function gutterTitle(row: AlignedRow, column: number): string | undefined {
  if (row.manual[column]) return 'Linked by hand';
  const score = row.scores[column];
  return score === null || score === undefined ? undefined : `Score ${score.toFixed(2)}`;
}

interface RowViewProps {
  row: AlignedRow;
  index: number;
  start: number;
  columns: readonly ReaderColumn[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  marks: SentenceMarks;
  quotes: ReadonlyMap<number, DocumentHighlights>;
  /** The column whose empty cell holds the keyboard cursor, if in this row. */
  emptyCursorColumn: number | null;
  measure: (element: HTMLElement | null) => void;
}

const RowView = memo(function RowView({
  row,
  index,
  start,
  columns,
  sentences,
  marks,
  quotes,
  emptyCursorColumn,
  measure,
}: RowViewProps) {
  const classes = ['reader-row', `reader-row--${row.kind}`, row.manual[0] && 'reader-row--manual'];
  return (
    <div
      ref={measure}
      role="row"
      aria-rowindex={index + 1}
      data-index={index}
      data-row-kind={row.kind}
      data-origin={row.manual[0] ? 'manual' : 'auto'}
      className={classes.filter(Boolean).join(' ')}
      style={{
        transform: `translateY(${start}px)`,
        gridTemplateColumns: gridTemplate(columns.length),
      }}
    >
      {columns.map((column) => {
        const cell = row.cells[column.index] ?? [];
        const cellClasses = [
          'reader-cell',
          `reader-cell--${column.direction}`,
          emptyCursorColumn === column.index && 'reader-cell--cursor',
        ];
        return [
          column.index > 0 && (
            <div
              key={`gutter-${column.index}`}
              className="reader-gutter"
              aria-hidden="true"
              title={gutterTitle(row, column.index)}
            >
              {row.manual[column.index] ? '✎' : ''}
            </div>
          ),
          <div
            key={column.document.id}
            role="gridcell"
            className={cellClasses.filter(Boolean).join(' ')}
            dir={columnDirection(column)}
            lang={columnLang(column)}
            data-column={column.index}
          >
            {cell.length > 0 ? (
              <SentenceRun
                ids={cell}
                sentences={sentences}
                language={column.document.language}
                marks={marks}
                documentId={column.document.id}
                highlights={quotes.get(column.document.id)}
              />
            ) : (
              <span className="reader-cell__none" title="No counterpart in this document">
                —
              </span>
            )}
          </div>,
        ];
      })}
    </div>
  );
});

export function AlignedRows({
  columns,
  rows,
  sentences,
  marks,
  quotes,
  cursor,
  scroll,
}: AlignedRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const columnWidth = Math.max(160, (width - GUTTER * (columns.length - 1)) / columns.length);
  // TanStack Virtual keeps its own mutable state; it is re-read on each render by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      if (!row) return 60;
      return Math.max(
        ...columns.map((column) =>
          estimateCellHeight(
            (row.cells[column.index] ?? []).map((id) => sentences.get(id)),
            columnWidth,
            column.direction === 'rtl',
          ),
        ),
      );
    },
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });

  useEffect(() => {
    if (scroll && scroll.row !== null) virtualizer.scrollToIndex(scroll.row, { align: 'auto' });
  }, [scroll, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className="reader-rows"
      role="grid"
      aria-label="Aligned sentences"
      aria-rowcount={rows.length}
      aria-colcount={columns.length}
      data-layout="aligned"
    >
      <div className="reader-rows__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const cursorHere =
            cursor && cursor.sentenceId === null && cursor.row === item.index
              ? cursor.column
              : null;
          return (
            <RowView
              key={item.key}
              row={row}
              index={item.index}
              start={item.start}
              columns={columns}
              sentences={sentences}
              marks={marks}
              quotes={quotes}
              emptyCursorColumn={cursorHere}
              measure={virtualizer.measureElement}
            />
          );
        })}
      </div>
    </div>
  );
}
