// Aligned rows for reading two to four translations side by side, pivoting on the first column:
// column-1 sentences are grouped so that every bead with every other column fits in one row;
// sentences without a column-1 counterpart, page chrome and anything the beads missed get rows of
// their own, in each column's text order. Pure and linear in the number of sentences.
import type { LinkOrigin } from '../domain';

export interface RowSentence {
  id: number;
  boilerplate: boolean;
  paragraphIndex: number;
}

/** A translation bead between column 1 (`a`) and another column (`b`). */
export interface PivotLink {
  a: readonly number[];
  b: readonly number[];
  score: number;
  origin: LinkOrigin;
}

export type AlignedRowKind = 'linked' | 'unpaired' | 'boilerplate';

export interface AlignedRow {
  /** Stable across recomputes as long as the row starts with the same sentence. */
  key: string;
  kind: AlignedRowKind;
  /** Sentence ids per column, in text order; an empty cell has no counterpart. */
  cells: number[][];
  /** Per column: a hand-made bead (with column 1) put these sentences here. */
  manual: boolean[];
  /** Per column: the lowest score of the beads with column 1 in this row, if any. */
  scores: (number | null)[];
}

export interface AlignedRowsInput {
  /** Every sentence of each column, in text order. Column 0 is the pivot. */
  columns: readonly (readonly RowSentence[])[];
  /** For column k ≥ 1, its beads with column 0 (index k - 1), in text order. */
  pivotLinks: readonly (readonly PivotLink[])[];
  includeBoilerplate: boolean;
}

function emptyRow(kind: AlignedRowKind, width: number): AlignedRow {
  return {
    key: '',
    kind,
    cells: Array.from({ length: width }, () => []),
    manual: Array.from({ length: width }, () => false),
    scores: Array.from({ length: width }, () => null),
  };
}

function addBead(row: AlignedRow, column: number, ids: readonly number[], link: PivotLink): void {
  row.cells[column]?.push(...ids);
  if (link.origin === 'manual') row.manual[column] = true;
  const score = row.scores[column];
  row.scores[column] =
    score === null || score === undefined ? link.score : Math.min(score, link.score);
}

function finish(row: AlignedRow): AlignedRow {
  const first = row.cells.find((cell) => cell.length > 0)?.[0] ?? 0;
  const filled = row.cells.filter((cell) => cell.length > 0).length;
  const kind = row.kind === 'linked' && filled < 2 ? 'unpaired' : row.kind;
  const manual = row.manual.some(Boolean) ? row.manual.map((m, k) => m || k === 0) : row.manual;
  return { ...row, kind, manual, key: `${kind}-${first}` };
}

export function buildAlignedRows({
  columns,
  pivotLinks,
  includeBoilerplate,
}: AlignedRowsInput): AlignedRow[] {
  const width = columns.length;
  const pivot = (columns[0] ?? []).filter((s) => !s.boilerplate);
  const pivotIndex = new Map(pivot.map((s, i) => [s.id, i]));
  const known = columns.map((column) => new Set(column.map((s) => s.id)));

  // Pivot sentences share a row when any bead holds both.
  const joined = new Uint8Array(pivot.length);
  for (const links of pivotLinks) {
    for (const link of links) {
      const at = link.a.map((id) => pivotIndex.get(id)).filter((i) => i !== undefined);
      if (at.length < 2) continue;
      for (let i = Math.min(...at); i < Math.max(...at); i++) joined[i] = 1;
    }
  }
  const groupOf = new Int32Array(pivot.length);
  const groups: AlignedRow[] = [];
  pivot.forEach((sentence, i) => {
    if (i === 0 || !joined[i - 1]) groups.push(emptyRow('linked', width));
    groupOf[i] = groups.length - 1;
    groups.at(-1)?.cells[0]?.push(sentence.id);
  });

  // Beads without a pivot sentence sit inside a group when both neighbours are in it, otherwise
  // in a gap after the group before them (-1: before the first group).
  const gaps = new Map<number, AlignedRow[]>();
  const addGap = (after: number, row: AlignedRow) => {
    const list = gaps.get(after) ?? [];
    list.push(row);
    gaps.set(after, list);
  };
  pivotLinks.forEach((links, index) => {
    const column = index + 1;
    const ownIds = (link: PivotLink) => link.b.filter((id) => known[column]?.has(id));
    let previous = -1;
    let pending: PivotLink[] = [];
    const flush = (next: number | null) => {
      for (const link of pending) {
        const ids = ownIds(link);
        if (ids.length === 0) continue;
        const inside = next !== null && next === previous ? groups[next] : undefined;
        if (inside) addBead(inside, column, ids, link);
        else {
          const row = emptyRow('unpaired', width);
          addBead(row, column, ids, link);
          addGap(previous, row);
        }
      }
      pending = [];
    };
    for (const link of links) {
      const first = link.a.map((id) => pivotIndex.get(id)).find((i) => i !== undefined);
      if (first === undefined) {
        pending.push(link);
        continue;
      }
      const group = groupOf[first] ?? 0;
      flush(group);
      const row = groups[group];
      if (row) addBead(row, column, ownIds(link), link);
      previous = group;
    }
    flush(null);
  });

  const rows: AlignedRow[] = [...(gaps.get(-1) ?? [])];
  groups.forEach((group, g) => rows.push(group, ...(gaps.get(g) ?? [])));
  return insertUnplaced(rows.map(finish), columns, includeBoilerplate);
}

/**
 * Sentences no bead placed (page chrome when shown, and anything the beads missed) go in rows of
 * their own just after the row of the sentence before them in the same column.
 */
function insertUnplaced(
  rows: AlignedRow[],
  columns: readonly (readonly RowSentence[])[],
  includeBoilerplate: boolean,
): AlignedRow[] {
  const width = columns.length;
  const rowOf = new Map<number, number>();
  rows.forEach((row, r) => row.cells.forEach((cell) => cell.forEach((id) => rowOf.set(id, r))));
  const after = new Map<number, AlignedRow[]>();
  columns.forEach((sentences, column) => {
    let lastRow = -1;
    let run: AlignedRow | null = null;
    let runParagraph = -1;
    for (const sentence of sentences) {
      const placed = rowOf.get(sentence.id);
      if (placed !== undefined) {
        lastRow = placed;
        run = null;
        continue;
      }
      if (sentence.boilerplate && !includeBoilerplate) continue;
      const kind = sentence.boilerplate ? 'boilerplate' : 'unpaired';
      if (!run || run.kind !== kind || runParagraph !== sentence.paragraphIndex) {
        run = emptyRow(kind, width);
        runParagraph = sentence.paragraphIndex;
        const list = after.get(lastRow) ?? [];
        list.push(run);
        after.set(lastRow, list);
      }
      run.cells[column]?.push(sentence.id);
    }
  });
  if (after.size === 0) return rows;
  const result: AlignedRow[] = (after.get(-1) ?? []).map(finish);
  rows.forEach((row, r) => result.push(row, ...(after.get(r) ?? []).map(finish)));
  return result;
}
