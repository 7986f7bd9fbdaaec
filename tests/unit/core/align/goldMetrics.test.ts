import { describe, expect, it } from 'vitest';
import { F1_TARGETS, loadGoldSets } from '../../../../bench/align/gold';
import {
  countPairs,
  goldPairs,
  pairKey,
  predictedPairs,
  scorePairs,
  unitsOverlapping,
  unpairedSentences,
  type GoldLink,
} from '../../../../bench/align/metrics';

const keys = (pairs: [number, number][]): Set<string> =>
  new Set(pairs.map(([i, j]) => pairKey(i, j)));

describe('unitsOverlapping', () => {
  const units: [number, number][] = [
    [0, 10],
    [11, 20],
    [21, 30],
  ];
  it.each([
    ['a sentence equal to a unit', { start: 0, end: 10 }, [0]],
    ['a sentence inside a unit (the segmenter cut it in two)', { start: 11, end: 15 }, [1]],
    ['a sentence over two units (the segmenter missed a cut)', { start: 0, end: 20 }, [0, 1]],
    ['a sentence over three units', { start: 5, end: 25 }, [0, 1, 2]],
    ['a sentence that only touches a unit’s end', { start: 10, end: 11 }, []],
    ['a sentence outside every unit', { start: 31, end: 40 }, []],
  ])('%s', (_name, sentence, expected) => {
    expect(unitsOverlapping([sentence], units)).toEqual([expected]);
  });
});

describe('goldPairs', () => {
  // A: "u0 | u1 | u2", B: "v0 | v1 | v2"; u0–v0 is 1-1, u1+u2 are one merged unit's two halves
  // on A against v1 (2-1), v2 has no counterpart (0-1).
  const links: GoldLink[] = [
    { a: [[0, 10]], b: [[0, 12]] },
    {
      a: [
        [11, 20],
        [21, 30],
      ],
      b: [[13, 25]],
    },
    { a: [], b: [[26, 40]] },
  ];

  it('pairs sentences that sit in one link, each to each', () => {
    const sentencesA = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ];
    const sentencesB = [
      { start: 0, end: 12 },
      { start: 13, end: 25 },
      { start: 26, end: 40 },
    ];
    expect(goldPairs(links, sentencesA, sentencesB)).toEqual(
      keys([
        [0, 0],
        [1, 1],
        [2, 1],
      ]),
    );
  });

  it('gives a sentence spanning two units the counterparts of both', () => {
    const sentencesA = [
      { start: 0, end: 20 },
      { start: 21, end: 30 },
    ];
    const sentencesB = [
      { start: 0, end: 12 },
      { start: 13, end: 25 },
      { start: 26, end: 40 },
    ];
    expect(goldPairs(links, sentencesA, sentencesB)).toEqual(
      keys([
        [0, 0],
        [0, 1],
        [1, 1],
      ]),
    );
  });

  it('leaves a sentence with no counterpart out of every pair', () => {
    const sentencesB = [
      { start: 0, end: 12 },
      { start: 13, end: 25 },
      { start: 26, end: 40 },
    ];
    const pairs = goldPairs(links, [{ start: 0, end: 30 }], sentencesB);
    expect(unpairedSentences(pairs, 'b', 3)).toEqual(new Set([2]));
    expect(unpairedSentences(pairs, 'a', 1)).toEqual(new Set());
  });
});

describe('predictedPairs', () => {
  it('counts a 2-2 bead as its four pairs and a 1-0 bead as none', () => {
    const beads = [
      { a: [0, 1], b: [0, 1] },
      { a: [2], b: [] },
      { a: [], b: [2] },
      { a: [3], b: [3] },
    ];
    expect(predictedPairs(beads)).toEqual(
      keys([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
        [3, 3],
      ]),
    );
  });
});

describe('scorePairs', () => {
  it.each([
    [
      'one right, one wrong, one missed',
      [
        [0, 0],
        [1, 2],
      ],
      [
        [0, 0],
        [1, 1],
      ],
      { gold: 2, predicted: 2, correct: 1 },
      { precision: 0.5, recall: 0.5, f1: 0.5 },
    ],
    [
      'a 2-1 predicted as 1-1 keeps precision, loses recall',
      [[0, 0]],
      [
        [0, 0],
        [1, 0],
      ],
      { gold: 2, predicted: 1, correct: 1 },
      { precision: 1, recall: 0.5, f1: 2 / 3 },
    ],
    [
      'nothing predicted scores 0, not NaN',
      [],
      [[0, 0]],
      { gold: 1, predicted: 0, correct: 0 },
      { precision: 0, recall: 0, f1: 0 },
    ],
  ] as [string, [number, number][], [number, number][], object, object][])(
    '%s',
    (_name, predicted, gold, counts, scores) => {
      const counted = countPairs(keys(predicted), keys(gold));
      expect(counted).toEqual(counts);
      const scored = scorePairs(counted);
      for (const [name, value] of Object.entries(scores)) {
        expect(scored[name as keyof typeof scored]).toBeCloseTo(value as number, 10);
      }
    },
  );
});

describe('the committed gold sets', () => {
  const sets = loadGoldSets();

  it('cover every language pair with a target, in both splits', () => {
    for (const pair of Object.keys(F1_TARGETS)) {
      for (const split of ['dev', 'test']) {
        expect(
          sets.filter((set) => set.pair === pair && set.split === split).length,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('hold spans that lie inside their texts, in order, trimmed and not overlapping', () => {
    const problems: string[] = [];
    for (const set of sets) {
      for (const side of ['a', 'b'] as const) {
        const text = side === 'a' ? set.textA : set.textB;
        let lastEnd = 0;
        for (const [start, end] of set.links.flatMap((link) => link[side])) {
          const unit = text.slice(start, end);
          if (start < lastEnd || end <= start || end > text.length || unit.trim() !== unit) {
            problems.push(`${set.pair}/${set.name} ${side} [${start}, ${end}]`);
          }
          lastEnd = end;
        }
      }
      if (set.links.some((link) => link.a.length + link.b.length === 0)) {
        problems.push(`${set.pair}/${set.name}: an empty link`);
      }
    }
    expect(problems).toEqual([]);
  });
});
