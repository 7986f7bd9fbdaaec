import { describe, expect, it } from 'vitest';
import {
  linkSentences,
  linksWith,
  mergeLinks,
  nextLink,
  splitAfter,
  splitLink,
  unlinkLink,
} from '../../../../src/shared/alignment/corrections';
import type {
  Alignment,
  AlignmentCorrections,
  AlignmentLink,
  AlignmentMode,
  DocumentId,
  SegmentId,
} from '../../../../src/shared/domain';
import { ParallaxError } from '../../../../src/shared/errors';

// Sentence ids: document A has 1..9, document B has 11..19.
type Runs = [number[], number[]];

const ids = (list: number[]) => list as SegmentId[];

function link([a, b]: Runs, origin: 'auto' | 'manual' = 'auto'): AlignmentLink {
  return { a: ids(a), b: ids(b), score: origin === 'manual' ? 1 : 0.8, origin };
}

function alignment(
  mode: AlignmentMode,
  links: AlignmentLink[],
  corrections: Partial<AlignmentCorrections> = {},
): Alignment {
  return {
    documentIds: [1 as DocumentId, 2 as DocumentId],
    mode,
    modeChosen: false,
    modeReason: 'test',
    links,
    corrections: { links: [], rejected: [], ...corrections },
    engineVersion: 'test',
    computedAt: '2025-01-01T00:00:00Z',
  };
}

/** A translation of five sentences each way, beads 1-1 along the diagonal. */
const diagonal = (manual: Runs[] = []) =>
  alignment(
    'translation',
    [1, 2, 3, 4, 5].map((i) => {
      const runs: Runs = [[i], [i + 10]];
      const isManual = manual.some(([a, b]) => a.includes(i) && b.includes(i + 10));
      return link(runs, isManual ? 'manual' : 'auto');
    }),
    { links: manual.map(([a, b]) => ({ a: ids(a), b: ids(b) })) },
  );

const runs = (c: AlignmentCorrections): Runs[] => c.links.map((l) => [[...l.a], [...l.b]]);

describe('linkSentences', () => {
  const cases: {
    name: string;
    given: Alignment;
    a: number[];
    b: number[];
    links: Runs[];
  }[] = [
    {
      name: 'adds a hand-made bead, runs in text order',
      given: diagonal(),
      a: [3, 2],
      b: [13],
      links: [[[2, 3], [13]]],
    },
    {
      name: 'takes the sentences out of another hand-made bead, keeping what is left linked',
      given: diagonal([
        [
          [1, 2],
          [11, 12],
        ],
      ]),
      a: [2],
      b: [13],
      links: [
        [[1], [11, 12]],
        [[2], [13]],
      ],
    },
    {
      name: 'drops a hand-made bead left with one side only, so the engine realigns it',
      given: diagonal([[[1], [11]]]),
      a: [1],
      b: [12],
      links: [[[1], [12]]],
    },
    {
      name: 'keeps an unlinked run unlinked, split where it is no longer contiguous',
      given: diagonal([[[2, 3, 4], []]]),
      a: [3],
      b: [13],
      links: [
        [[2], []],
        [[4], []],
        [[3], [13]],
      ],
    },
  ];
  it.each(cases)('$name', ({ given, a, b, links }) => {
    expect(runs(linkSentences(given, ids(a), ids(b)))).toEqual(links);
  });

  it('between comparable accounts, a new link lifts the rejection of its pairs', () => {
    const given = alignment('comparable', [link([[1], [15]])], {
      rejected: [
        { a: 2 as SegmentId, b: 13 as SegmentId },
        { a: 4 as SegmentId, b: 14 as SegmentId },
      ],
    });
    const next = linkSentences(given, ids([2]), ids([13, 17]));
    expect(runs(next)).toEqual([[[2], [13, 17]]]);
    expect(next.rejected).toEqual([{ a: 4, b: 14 }]);
  });

  it('refuses a link with no sentence on one side', () => {
    expect(() => linkSentences(diagonal(), ids([1]), [])).toThrow(ParallaxError);
  });
});

describe('unlinkLink', () => {
  it('turns a translation bead into two hand-made "no counterpart" beads', () => {
    const given = diagonal();
    expect(runs(unlinkLink(given, link([[3], [13]])))).toEqual([
      [[3], []],
      [[], [13]],
    ]);
  });

  it('replaces a hand-made bead rather than keeping both', () => {
    const given = diagonal([[[3], [13]]]);
    expect(runs(unlinkLink(given, link([[3], [13]], 'manual')))).toEqual([
      [[3], []],
      [[], [13]],
    ]);
  });

  it('leaves the corrections alone for a bead that has no counterpart already', () => {
    const given = diagonal([[[3], []]]);
    expect(unlinkLink(given, link([[3], []]))).toBe(given.corrections);
  });

  it('between comparable accounts, rejects every pair of an automatic link', () => {
    const given = alignment('comparable', [link([[1], [15, 16]])]);
    const next = unlinkLink(given, link([[1], [15, 16]]));
    expect(next.links).toEqual([]);
    expect(next.rejected).toEqual([
      { a: 1, b: 15 },
      { a: 1, b: 16 },
    ]);
  });

  it('between comparable accounts, drops a hand-made link and keeps it from coming back', () => {
    const given = alignment('comparable', [link([[2], [12]], 'manual')], {
      links: [
        { a: ids([2]), b: ids([12]) },
        { a: ids([4]), b: ids([19]) },
      ],
      rejected: [{ a: 2 as SegmentId, b: 12 as SegmentId }],
    });
    const next = unlinkLink(given, link([[2], [12]], 'manual'));
    expect(runs(next)).toEqual([[[4], [19]]]);
    expect(next.rejected).toEqual([{ a: 2, b: 12 }]);
  });
});

describe('mergeLinks', () => {
  it('merges neighbouring beads into one hand-made bead', () => {
    const given = diagonal();
    expect(runs(mergeLinks(given, link([[2], [12]]), link([[3], [13]])))).toEqual([
      [
        [2, 3],
        [12, 13],
      ],
    ]);
  });

  it('merges a bead with a neighbour that has no counterpart', () => {
    const given = alignment('translation', [
      link([[1], [11]]),
      link([[2], [12]]),
      link([[], [13]]),
      link([[3], [14]]),
    ]);
    expect(runs(mergeLinks(given, link([[2], [12]]), link([[], [13]])))).toEqual([[[2], [12, 13]]]);
  });

  it('refuses beads that are not neighbours in a translation', () => {
    const given = diagonal();
    expect(() => mergeLinks(given, link([[1], [11]]), link([[3], [13]]))).toThrow(/neighbouring/);
  });

  it('replaces hand-made beads it merges', () => {
    const given = diagonal([[[4], [14]]]);
    expect(runs(mergeLinks(given, link([[4], [14]], 'manual'), link([[5], [15]])))).toEqual([
      [
        [4, 5],
        [14, 15],
      ],
    ]);
  });
});

describe('splitLink', () => {
  const twoByTwo = alignment('translation', [
    link([[1], [11]]),
    link([
      [2, 3],
      [12, 13],
    ]),
    link([[4], [14]]),
  ]);

  const cases: { name: string; aCut: number; bCut: number; links: Runs[] }[] = [
    {
      name: 'a 2-2 bead into two 1-1 beads',
      aCut: 1,
      bCut: 1,
      links: [
        [[2], [12]],
        [[3], [13]],
      ],
    },
    {
      name: 'a 2-2 bead into a 1-2 bead and a 1-0 bead',
      aCut: 1,
      bCut: 2,
      links: [
        [[2], [12, 13]],
        [[3], []],
      ],
    },
    {
      name: 'a 2-2 bead into a 0-1 bead and a 2-1 bead',
      aCut: 0,
      bCut: 1,
      links: [
        [[], [12]],
        [[2, 3], [13]],
      ],
    },
  ];
  it.each(cases)('splits $name', ({ aCut, bCut, links }) => {
    expect(runs(splitLink(twoByTwo, twoByTwo.links[1]!, aCut, bCut))).toEqual(links);
  });

  it.each([
    [0, 0],
    [2, 2],
    [3, 0],
    [-1, 1],
  ])('refuses the cut (%i, %i), which leaves a part empty or falls outside', (aCut, bCut) => {
    expect(() => splitLink(twoByTwo, twoByTwo.links[1]!, aCut, bCut)).toThrow(ParallaxError);
  });
});

describe('splitAfter', () => {
  const cases: {
    name: string;
    runs: Runs;
    side: 'a' | 'b';
    id: number;
    cut: { aCut: number; bCut: number } | null;
  }[] = [
    {
      name: '2-2 after the first A',
      runs: [
        [1, 2],
        [11, 12],
      ],
      side: 'a',
      id: 1,
      cut: { aCut: 1, bCut: 1 },
    },
    {
      name: '1-2 after the first B',
      runs: [[1], [11, 12]],
      side: 'b',
      id: 11,
      cut: { aCut: 1, bCut: 1 },
    },
    { name: '1-2 after the A', runs: [[1], [11, 12]], side: 'a', id: 1, cut: { aCut: 1, bCut: 1 } },
    {
      name: '1-1 after the A (an unlink)',
      runs: [[1], [11]],
      side: 'a',
      id: 1,
      cut: { aCut: 1, bCut: 0 },
    },
    { name: '1-0 (nothing to split)', runs: [[1], []], side: 'a', id: 1, cut: null },
    { name: 'a sentence outside the link', runs: [[1], [11]], side: 'a', id: 5, cut: null },
  ];
  it.each(cases)('$name', ({ runs: [a, b], side, id, cut }) => {
    expect(splitAfter({ a: ids(a), b: ids(b) }, side, id as SegmentId)).toEqual(cut);
  });
});

describe('finding links', () => {
  it('finds the bead holding a sentence and the bead after it', () => {
    const given = diagonal();
    const [bead] = linksWith(given, 'b', 13 as SegmentId);
    expect(bead?.a).toEqual([3]);
    expect(nextLink(given, bead!)?.a).toEqual([4]);
    expect(nextLink(given, given.links[4]!)).toBeNull();
  });
});
