import { describe, expect, it } from 'vitest';
import {
  buildHighlightIndex,
  innermostQuote,
  runPieces,
  type QuoteSpan,
} from '../../../../src/shared/quotes/highlights';

const q = (id: number, start: number, end: number): QuoteSpan => ({ id, start, end });

describe('buildHighlightIndex', () => {
  const cases: {
    name: string;
    quotes: QuoteSpan[];
    segments: [number, number, number[]][];
    lanes: Record<number, number>;
  }[] = [
    { name: 'no quotes, no segments', quotes: [], segments: [], lanes: {} },
    {
      name: 'one quote is one segment in lane 0',
      quotes: [q(1, 5, 10)],
      segments: [[5, 10, [1]]],
      lanes: { 1: 0 },
    },
    {
      name: 'disjoint and touching quotes share lane 0',
      quotes: [q(2, 10, 15), q(1, 0, 10), q(3, 20, 25)],
      segments: [
        [0, 10, [1]],
        [10, 15, [2]],
        [20, 25, [3]],
      ],
      lanes: { 1: 0, 2: 0, 3: 0 },
    },
    {
      name: 'a nested quote sits above the one enclosing it, which shows on both sides',
      quotes: [q(1, 0, 30), q(2, 10, 20)],
      segments: [
        [0, 10, [1]],
        [10, 20, [1, 2]],
        [20, 30, [1]],
      ],
      lanes: { 1: 0, 2: 1 },
    },
    {
      name: 'overlapping quotes take different lanes, the overlap carries both',
      quotes: [q(1, 0, 10), q(2, 5, 15)],
      segments: [
        [0, 5, [1]],
        [5, 10, [1, 2]],
        [10, 15, [2]],
      ],
      lanes: { 1: 0, 2: 1 },
    },
    {
      name: 'identical spans are both kept, in id order',
      quotes: [q(7, 3, 9), q(4, 3, 9)],
      segments: [[3, 9, [4, 7]]],
      lanes: { 4: 0, 7: 1 },
    },
    {
      name: 'a lane freed by an ended quote is reused',
      quotes: [q(1, 0, 100), q(2, 10, 20), q(3, 30, 40), q(4, 35, 38)],
      segments: [
        [0, 10, [1]],
        [10, 20, [1, 2]],
        [20, 30, [1]],
        [30, 35, [1, 3]],
        [35, 38, [1, 3, 4]],
        [38, 40, [1, 3]],
        [40, 100, [1]],
      ],
      lanes: { 1: 0, 2: 1, 3: 1, 4: 2 },
    },
    { name: 'empty spans are ignored', quotes: [q(1, 4, 4)], segments: [], lanes: {} },
  ];

  for (const { name, quotes, segments, lanes } of cases) {
    it(name, () => {
      const index = buildHighlightIndex(quotes);
      expect(index.segments.map((s) => [s.start, s.end, [...s.quoteIds]])).toEqual(segments);
      expect(Object.fromEntries(index.lanes)).toEqual(lanes);
    });
  }

  it('keeps the segments of 2,000 overlapping quotes in order and covering every quote', () => {
    const quotes = Array.from({ length: 2_000 }, (_, i) =>
      q(i + 1, (i * 37) % 9_000, ((i * 37) % 9_000) + 5 + (i % 60)),
    );
    const started = performance.now();
    const index = buildHighlightIndex(quotes);
    expect(performance.now() - started).toBeLessThan(500);
    for (let i = 1; i < index.segments.length; i++) {
      expect(index.segments[i]!.start).toBeGreaterThanOrEqual(index.segments[i - 1]!.end);
    }
    for (const quote of quotes.filter((_, i) => i % 97 === 0)) {
      const covering = index.segments.filter((s) => s.start < quote.end && s.end > quote.start);
      expect(covering.every((s) => s.quoteIds.includes(quote.id))).toBe(true);
      expect(covering[0]!.start).toBe(quote.start);
      expect(covering.at(-1)!.end).toBe(quote.end);
    }
    const lanesBySegment = index.segments.map((s) => s.quoteIds.map((id) => index.lanes.get(id)));
    for (const lanes of lanesBySegment) expect(new Set(lanes).size).toBe(lanes.length);
  });
});

describe('runPieces', () => {
  const index = buildHighlightIndex([q(1, 0, 30), q(2, 10, 20), q(3, 40, 50)]);
  const cases: { name: string; from: number; to: number; pieces: [number, number, number[]][] }[] =
    [
      {
        name: 'a run no quote touches is one bare piece',
        from: 60,
        to: 80,
        pieces: [[60, 80, []]],
      },
      {
        name: 'a run inside a nested quote is one piece with both quotes',
        from: 12,
        to: 18,
        pieces: [[12, 18, [1, 2]]],
      },
      {
        name: 'a run across several segments and a gap is cut at every boundary',
        from: 5,
        to: 45,
        pieces: [
          [5, 10, [1]],
          [10, 20, [1, 2]],
          [20, 30, [1]],
          [30, 40, []],
          [40, 45, [3]],
        ],
      },
      {
        name: 'a run that starts in a gap and ends before any quote is bare',
        from: 32,
        to: 38,
        pieces: [[32, 38, []]],
      },
    ];
  for (const { name, from, to, pieces } of cases) {
    it(name, () => {
      expect(runPieces(index, from, to).map((p) => [p.start, p.end, [...p.quoteIds]])).toEqual(
        pieces,
      );
    });
  }

  it('the innermost quote of a piece is the one a click opens first', () => {
    expect(innermostQuote([1, 2])).toBe(2);
    expect(innermostQuote([])).toBeUndefined();
  });
});
