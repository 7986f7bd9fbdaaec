import { describe, expect, it } from 'vitest';
import {
  buildAlignedRows,
  type PivotLink,
  type RowSentence,
} from '../../../../src/shared/alignment/rows';

// Column 0 has sentences 1.., column 1 has 11.., column 2 has 21..; ids are unique across columns.
function column(
  ids: number[],
  boilerplate: number[] = [],
  paragraphs: number[][] = [],
): RowSentence[] {
  return ids.map((id) => ({
    id,
    boilerplate: boilerplate.includes(id),
    paragraphIndex: Math.max(
      0,
      paragraphs.findIndex((p) => p.includes(id)),
    ),
  }));
}

function beads(...list: [number[], number[], ('manual' | 'auto')?][]): PivotLink[] {
  return list.map(([a, b, origin]) => ({ a, b, score: 0.5, origin: origin ?? 'auto' }));
}

describe('buildAlignedRows', () => {
  const cases: {
    name: string;
    columns: RowSentence[][];
    links: PivotLink[][];
    includeBoilerplate?: boolean;
    rows: number[][][];
  }[] = [
    {
      name: 'two columns: one row per bead, 1-0 and 0-1 beads included',
      columns: [column([1, 2, 3, 4]), column([11, 12, 13, 14])],
      links: [beads([[1], [11, 12]], [[2], []], [[], [13]], [[3, 4], [14]])],
      rows: [
        [[1], [11, 12]],
        [[2], []],
        [[], [13]],
        [[3, 4], [14]],
      ],
    },
    {
      name: 'three columns: pivot sentences grouped so every bead fits in one row',
      columns: [column([1, 2, 3]), column([11, 12, 13]), column([21, 22])],
      links: [beads([[1], [11]], [[2], [12]], [[3], [13]]), beads([[1, 2], [21]], [[3], [22]])],
      rows: [
        [[1, 2], [11, 12], [21]],
        [[3], [13], [22]],
      ],
    },
    {
      name: 'three columns: a sentence without pivot counterpart inside a group stays in it',
      columns: [column([1, 2]), column([11, 12, 13]), column([21])],
      links: [beads([[1], [11]], [[], [12]], [[2], [13]]), beads([[1, 2], [21]])],
      rows: [[[1, 2], [11, 12, 13], [21]]],
    },
    {
      name: 'three columns: sentences without pivot counterpart between groups get their own rows',
      columns: [column([1, 2]), column([11, 12, 13]), column([21, 22, 23])],
      links: [
        beads([[1], [11]], [[], [12]], [[2], [13]]),
        beads([[], [21]], [[1], [22]], [[2], [23]]),
      ],
      rows: [
        [[], [], [21]],
        [[1], [11], [22]],
        [[], [12], []],
        [[2], [13], [23]],
      ],
    },
    {
      name: 'boilerplate is left out unless asked for',
      columns: [column([1, 2, 3], [1]), column([11, 12])],
      links: [beads([[2], [11]], [[3], [12]])],
      rows: [
        [[2], [11]],
        [[3], [12]],
      ],
    },
    {
      name: 'boilerplate, when shown, gets rows after the sentence before it, one per paragraph',
      columns: [column([1, 2, 3, 4], [1, 3, 4], [[1], [2], [3], [4]]), column([11, 12], [12])],
      links: [beads([[2], [11]])],
      includeBoilerplate: true,
      rows: [
        [[1], []],
        [[2], [11]],
        [[3], []],
        [[4], []],
        [[], [12]],
      ],
    },
    {
      name: 'sentences the beads missed still appear, in text order',
      columns: [column([1, 2]), column([11, 12, 13])],
      links: [beads([[1], [11]], [[2], [13]])],
      rows: [
        [[1], [11]],
        [[], [12]],
        [[2], [13]],
      ],
    },
  ];

  it.each(cases)('$name', ({ columns, links, includeBoilerplate, rows }) => {
    const built = buildAlignedRows({
      columns,
      pivotLinks: links,
      includeBoilerplate: includeBoilerplate ?? false,
    });
    expect(built.map((row) => row.cells)).toEqual(rows);
    expect(new Set(built.map((row) => row.key)).size).toBe(built.length);
  });

  it('marks rows of hand-made beads, on the pivot column too, and keeps the lowest score', () => {
    const rows = buildAlignedRows({
      columns: [column([1, 2]), column([11, 12])],
      pivotLinks: [beads([[1], [11], 'manual'], [[2], [12]])],
      includeBoilerplate: false,
    });
    expect(rows.map((row) => row.manual)).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(rows.map((row) => row.kind)).toEqual(['linked', 'linked']);
    expect(rows[0]!.scores).toEqual([null, 0.5]);
  });

  it('lays out two 2,000-sentence documents in a few milliseconds', () => {
    const n = 2_000;
    const a = column(Array.from({ length: n }, (_, i) => i + 1));
    const b = column(Array.from({ length: n }, (_, i) => i + 100_001));
    const links = beads(...a.map((s, i): [number[], number[]] => [[s.id], [b[i]!.id]]));
    const started = performance.now();
    const rows = buildAlignedRows({
      columns: [a, b],
      pivotLinks: [links],
      includeBoilerplate: true,
    });
    expect(rows).toHaveLength(n);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
