import { describe, expect, it } from 'vitest';
import { alignByLength } from '../../../../src/main/core/align/galeChurch';

/** Sentences of the given lengths (the aligner reads nothing but lengths). */
const side = (language: string, lengths: number[]) => ({
  language,
  sentences: lengths.map((length) => 'x'.repeat(length)),
});

const shapesOf = (lengthsA: number[], lengthsB: number[]): [number[], number[]][] =>
  alignByLength(side('fr', lengthsA), side('en', lengthsB)).map((bead) => [bead.a, bead.b]);

describe('alignByLength', () => {
  it.each([
    [
      'equal lengths pair along the diagonal',
      [40, 60, 50, 80],
      [40, 60, 50, 80],
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
        [[3], [3]],
      ],
    ],
    [
      'lengths in a constant ratio still pair 1-1 (the ratio is the document pair’s own)',
      [40, 60, 50, 80],
      [48, 72, 60, 96],
      [
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
        [[3], [3]],
      ],
    ],
    [
      'a long sentence against its two halves is 1-2',
      [40, 100, 50, 80],
      [40, 50, 50, 50, 80],
      [
        [[0], [0]],
        [[1], [1, 2]],
        [[2], [3]],
        [[3], [4]],
      ],
    ],
    [
      'two halves against the whole are 2-1',
      [40, 50, 50, 50, 80],
      [40, 100, 50, 80],
      [
        [[0], [0]],
        [[1, 2], [1]],
        [[3], [2]],
        [[4], [3]],
      ],
    ],
    [
      'an extra sentence that no neighbour can absorb is 1-0',
      [60, 60, 30, 60, 60],
      [120, 120],
      [
        [[0, 1], [0]],
        [[2], []],
        [[3, 4], [1]],
      ],
    ],
    [
      'an extra sentence in B is 0-1',
      [120, 120],
      [60, 60, 30, 60, 60],
      [
        [[0], [0, 1]],
        [[], [2]],
        [[1], [3, 4]],
      ],
    ],
    [
      // Gale & Church's known bias: a 2-1 costs less than a 1-0 next to a good 1-1.
      'an extra short sentence beside a well-matched one is absorbed as 2-1',
      [120, 80, 150, 30, 90, 110],
      [120, 80, 150, 90, 110],
      [
        [[0], [0]],
        [[1], [1]],
        [[2, 3], [2]],
        [[4], [3]],
        [[5], [4]],
      ],
    ],
    [
      'an empty side leaves every sentence unpaired',
      [50, 60],
      [],
      [
        [[0], []],
        [[1], []],
      ],
    ],
  ])('%s', (_name, lengthsA, lengthsB, expected) => {
    expect(shapesOf(lengthsA, lengthsB)).toEqual(expected);
  });

  it('covers every sentence once, in order, on long documents (banded search)', () => {
    const lengths = Array.from({ length: 600 }, (_, k) => 40 + ((k * 37) % 90));
    const withExtra = [...lengths.slice(0, 300), 25, ...lengths.slice(300)];
    const beads = alignByLength(side('ar', withExtra), side('en', lengths));
    expect(beads.flatMap((bead) => bead.a)).toEqual(withExtra.map((_, k) => k));
    expect(beads.flatMap((bead) => bead.b)).toEqual(lengths.map((_, k) => k));
  });

  it('scores an exact 1-1 as 1 and every bead within [0, 1]', () => {
    const beads = alignByLength(side('fr', [40, 100, 50]), side('en', [40, 50, 50, 50]));
    expect(beads[0]!.score).toBeCloseTo(1, 5);
    for (const bead of beads) {
      expect(bead.score).toBeGreaterThanOrEqual(0);
      expect(bead.score).toBeLessThanOrEqual(1);
      expect(bead.manual).toBe(false);
    }
  });
});
