// What the reader's pointer and keyboard select, as pure state changes: sentences chosen for a
// hand-made link (runs in at most two columns) and the keyboard cursor.
import type { AlignedRow } from './rows';
import type { ReaderSentence } from './model';

/** Chosen sentences per column, the column chosen last at the end; never more than two columns. */
export type Selection = { column: number; ids: number[]; anchor: number }[];

export type SelectMode = 'replace' | 'extend' | 'toggle';

/**
 * Chooses a sentence: replace starts over in its column, extend takes the run from the column's
 * anchor (Shift), toggle adds or removes one sentence (Ctrl/Cmd). Page chrome cannot be chosen.
 */
export function selectSentence(
  selection: Selection,
  sentence: ReaderSentence,
  columnSentences: readonly ReaderSentence[],
  mode: SelectMode,
): Selection {
  if (sentence.boilerplate) return selection;
  const column = sentence.column;
  const previous = selection.find((entry) => entry.column === column);
  const others = selection.filter((entry) => entry.column !== column);
  let entry: Selection[number] | null;
  if (mode === 'extend' && previous) {
    const ids = columnSentences.filter((s) => !s.boilerplate).map((s) => s.id);
    const from = ids.indexOf(previous.anchor);
    const to = ids.indexOf(sentence.id);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    entry = from < 0 ? null : { column, ids: ids.slice(lo, hi + 1), anchor: previous.anchor };
  } else if (mode === 'toggle' && previous) {
    const has = previous.ids.includes(sentence.id);
    const ids = has
      ? previous.ids.filter((id) => id !== sentence.id)
      : [...previous.ids, sentence.id];
    const order = new Map(columnSentences.map((s, i) => [s.id, i]));
    ids.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    entry = ids.length ? { column, ids, anchor: sentence.id } : null;
  } else {
    entry = null;
  }
  entry ??= { column, ids: [sentence.id], anchor: sentence.id };
  return [...others, entry].slice(-2);
}

export function selectedIds(selection: Selection): Set<number> {
  return new Set(selection.flatMap((entry) => entry.ids));
}

/** Asks a view to bring a row (aligned) or a sentence per column (comparable) into view. */
export interface ScrollRequest {
  nonce: number;
  row: number | null;
  /** Column index → sentence id. */
  targets: ReadonlyMap<number, number>;
}

/** Where the keyboard is: a sentence, or an empty cell of an aligned row. */
export interface Cursor {
  column: number;
  sentenceId: number | null;
  /** Row in aligned mode (kept for empty cells); unused between comparable accounts. */
  row: number;
}

export function rowIndexOf(rows: readonly AlignedRow[]): Map<number, number> {
  const index = new Map<number, number>();
  rows.forEach((row, r) => row.cells.forEach((cell) => cell.forEach((id) => index.set(id, r))));
  return index;
}

/**
 * Moves through aligned rows: within a cell sentence by sentence, then to the next or previous
 * row of the same column (`delta` ±1), or by whole rows (page, home, end: `jump`).
 */
export function moveInRows(
  rows: readonly AlignedRow[],
  rowOf: Map<number, number>,
  cursor: Cursor,
  delta: number,
  jump = false,
): Cursor {
  if (rows.length === 0) return cursor;
  const row = Math.min(
    rows.length - 1,
    cursor.sentenceId === null ? cursor.row : (rowOf.get(cursor.sentenceId) ?? cursor.row),
  );
  const cell = rows[row]?.cells[cursor.column] ?? [];
  const at = cursor.sentenceId === null ? -1 : cell.indexOf(cursor.sentenceId);
  if (!jump && at >= 0 && at + delta >= 0 && at + delta < cell.length) {
    return { ...cursor, row, sentenceId: cell[at + delta] ?? null };
  }
  const target = Math.max(0, Math.min(rows.length - 1, row + delta));
  const targetCell = rows[target]?.cells[cursor.column] ?? [];
  const sentenceId = (delta < 0 && !jump ? targetCell.at(-1) : targetCell[0]) ?? null;
  return { column: cursor.column, row: target, sentenceId };
}

/** The same row in another column, at its first sentence. */
export function switchColumnInRows(
  rows: readonly AlignedRow[],
  rowOf: Map<number, number>,
  cursor: Cursor,
  column: number,
): Cursor {
  const row =
    cursor.sentenceId === null ? cursor.row : (rowOf.get(cursor.sentenceId) ?? cursor.row);
  return { column, row, sentenceId: rows[row]?.cells[column]?.[0] ?? null };
}

/** Moves through one column's sentences (comparable accounts). */
export function moveInColumn(
  sentences: readonly ReaderSentence[],
  cursor: Cursor,
  delta: number,
): Cursor {
  if (sentences.length === 0) return cursor;
  const at = sentences.findIndex((s) => s.id === cursor.sentenceId);
  const next = at < 0 ? 0 : Math.max(0, Math.min(sentences.length - 1, at + delta));
  return { ...cursor, sentenceId: sentences[next]?.id ?? null };
}
