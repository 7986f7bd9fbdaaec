// What the reader lays out: aligned rows (translations, one shared scroll) or, for comparable
// accounts, each column's sentences in blocks of a paragraph at most; and how tall each is likely
// to be before it is measured, so the virtual lists barely jump.
import type { Alignment } from '../../../../shared/domain';
import { buildAlignedRows, type AlignedRow } from '../../../../shared/alignment/rows';
import type { ReaderColumn, ReaderPair, ReaderSentence } from './model';

export type { AlignedRow };

export function alignedRowsFor(
  columns: readonly ReaderColumn[],
  pairs: readonly ReaderPair[],
  alignments: readonly (Alignment | undefined)[],
  showBoilerplate: boolean,
): AlignedRow[] {
  const pivotLinks = columns.slice(1).map((column) => {
    const pair = pairs.findIndex((p) => p.columns[0] === 0 && p.columns[1] === column.index);
    return alignments[pair]?.links ?? [];
  });
  return buildAlignedRows({
    columns: columns.map((column) => column.sentences),
    pivotLinks,
    includeBoilerplate: showBoilerplate,
  });
}

export interface ColumnBlock {
  key: string;
  sentenceIds: number[];
}

/** Blocks bound the size of one virtual item even in a text that is one huge paragraph. */
const MAX_SENTENCES_PER_BLOCK = 6;

export function columnBlocks(column: ReaderColumn, showBoilerplate: boolean): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  let current: ColumnBlock | null = null;
  let paragraph = -1;
  for (const sentence of column.sentences) {
    if (sentence.boilerplate && !showBoilerplate) continue;
    if (
      !current ||
      sentence.paragraphIndex !== paragraph ||
      current.sentenceIds.length >= MAX_SENTENCES_PER_BLOCK
    ) {
      current = { key: `b-${sentence.id}`, sentenceIds: [] };
      blocks.push(current);
      paragraph = sentence.paragraphIndex;
    }
    current.sentenceIds.push(sentence.id);
  }
  return blocks;
}

/** The sentences a column shows, in order (keyboard moves through these in comparable mode). */
export function visibleSentences(column: ReaderColumn, showBoilerplate: boolean): ReaderSentence[] {
  return showBoilerplate ? column.sentences : column.sentences.filter((s) => !s.boilerplate);
}

interface TextMetrics {
  charWidth: number;
  lineHeight: number;
}

// Close to what reader.css sets: 15px Noto Sans at 1.65, 18px Noto Naskh Arabic at 1.85.
const LATIN: TextMetrics = { charWidth: 7.4, lineHeight: 25 };
const ARABIC: TextMetrics = { charWidth: 7.6, lineHeight: 34 };
const CELL_PADDING = 20;

/** Height of a cell holding these sentences, in a column `width` pixels wide. */
export function estimateCellHeight(
  sentences: readonly (ReaderSentence | undefined)[],
  width: number,
  rtl: boolean,
): number {
  const metrics = rtl ? ARABIC : LATIN;
  const perLine = Math.max(12, Math.floor((width - CELL_PADDING) / metrics.charWidth));
  let lines = 0;
  let current = 0;
  for (const sentence of sentences) {
    if (!sentence) continue;
    if (sentence.paragraphStart && current > 0) {
      lines += Math.ceil(current / perLine) + 0.4;
      current = 0;
    }
    current += sentence.text.length + 1;
  }
  lines += Math.ceil(current / perLine);
  return Math.max(1, lines) * metrics.lineHeight + CELL_PADDING;
}
