// Comparable accounts side by side: each column scrolls on its own (each virtualised, in blocks of
// at most one paragraph); the container brings related passages into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { DocumentHighlights } from '../tagging';
import { columnDirection, columnLang, gridTemplate } from './ColumnHeaders';
import type { ScrollRequest } from './interaction';
import type { ReaderColumn, ReaderSentence } from './model';
import { estimateCellHeight, type ColumnBlock } from './rows';
import { SentenceRun, type SentenceMarks } from './SentenceRun';
import { useElementWidth } from './useElementWidth';

interface ComparableColumnProps {
  column: ReaderColumn;
  blocks: readonly ColumnBlock[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  marks: SentenceMarks;
  highlights: DocumentHighlights | undefined;
  scroll: ScrollRequest | null;
}

function ComparableColumn({
  column,
  blocks,
  sentences,
  marks,
  highlights,
  scroll,
}: ComparableColumnProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const blockOf = useMemo(() => {
    const index = new Map<number, number>();
    blocks.forEach((block, b) => block.sentenceIds.forEach((id) => index.set(id, b)));
    return index;
  }, [blocks]);
  // TanStack Virtual keeps its own mutable state; it is re-read on each render by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) =>
      estimateCellHeight(
        (blocks[index]?.sentenceIds ?? []).map((id) => sentences.get(id)),
        Math.max(160, width),
        column.direction === 'rtl',
      ),
    getItemKey: (index) => blocks[index]?.key ?? index,
    overscan: 4,
  });

  const target = scroll?.targets.get(column.index);
  const targetBlock = target === undefined ? undefined : blockOf.get(target);
  useEffect(() => {
    if (targetBlock !== undefined) virtualizer.scrollToIndex(targetBlock, { align: 'auto' });
  }, [scroll?.nonce, targetBlock, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className={`reader-column reader-column--${column.direction}`}
      style={{ gridColumn: column.index * 2 + 1 }}
      role="list"
      aria-label={`Sentences of column ${column.index + 1}`}
      dir={columnDirection(column)}
      lang={columnLang(column)}
      data-column={column.index}
    >
      <div className="reader-column__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const block = blocks[item.index];
          if (!block) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              role="listitem"
              data-index={item.index}
              className="reader-block"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <SentenceRun
                ids={block.sentenceIds}
                sentences={sentences}
                language={column.document.language}
                marks={marks}
                documentId={column.document.id}
                highlights={highlights}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface ComparableColumnsProps {
  columns: readonly ReaderColumn[];
  blocks: readonly (readonly ColumnBlock[])[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  marks: SentenceMarks;
  /** Quote highlights by document id. */
  quotes: ReadonlyMap<number, DocumentHighlights>;
  scroll: ScrollRequest | null;
}

export function ComparableColumns({
  columns,
  blocks,
  sentences,
  marks,
  quotes,
  scroll,
}: ComparableColumnsProps) {
  return (
    <div
      className="reader-columns"
      style={{ gridTemplateColumns: gridTemplate(columns.length) }}
      data-layout="comparable"
    >
      {columns.map((column) => (
        <ComparableColumn
          key={column.document.id}
          column={column}
          blocks={blocks[column.index] ?? []}
          sentences={sentences}
          marks={marks}
          highlights={quotes.get(column.document.id)}
          scroll={scroll}
        />
      ))}
    </div>
  );
}
