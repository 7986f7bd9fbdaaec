// Quote highlights over a canonical text: one sweep over the quotes' boundaries cuts the text into
// segments, each carrying every quote that covers it, and each quote gets a lane (its depth among
// overlapping quotes) so nested and overlapping quotes can all be drawn. Built once per (text,
// quotes); a view then asks for the pieces of each run of text it renders. Pure.

export interface QuoteSpan {
  id: number;
  start: number;
  end: number;
}

/** A stretch of text covered by the same quotes. */
export interface HighlightSegment {
  start: number;
  end: number;
  /** The covering quotes, outermost (lowest lane) first. */
  quoteIds: readonly number[];
}

export interface HighlightIndex {
  /** In text order, not overlapping; stretches with no quote are left out. */
  segments: readonly HighlightSegment[];
  /** Quote id → lane: quotes that overlap never share one; an enclosing quote has the lower. */
  lanes: ReadonlyMap<number, number>;
  /** The highest lane in use, plus one. */
  laneCount: number;
}

/** A piece of a rendered run: covered by these quotes (maybe none). */
export interface RunPiece {
  start: number;
  end: number;
  quoteIds: readonly number[];
}

function byStartThenLongest(a: QuoteSpan, b: QuoteSpan): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * Gives each quote the lowest lane free at its start (interval partitioning): overlapping quotes
 * never share a lane, and an enclosing quote always sits below what it encloses.
 */
function assignLanes(sorted: readonly QuoteSpan[]): Map<number, number> {
  const lanes = new Map<number, number>();
  const laneEnds: number[] = [];
  for (const quote of sorted) {
    let lane = laneEnds.findIndex((end) => end <= quote.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = quote.end;
    lanes.set(quote.id, lane);
  }
  return lanes;
}

export function buildHighlightIndex(quotes: readonly QuoteSpan[]): HighlightIndex {
  const sorted = quotes.filter((q) => q.end > q.start).sort(byStartThenLongest);
  const lanes = assignLanes(sorted);
  const boundaries = [...new Set(sorted.flatMap((q) => [q.start, q.end]))].sort((a, b) => a - b);
  const byEnd = [...sorted].sort((a, b) => a.end - b.end);

  const segments: HighlightSegment[] = [];
  // The covering quotes, kept ordered by lane; a quote enters at its start and leaves at its end.
  let active: QuoteSpan[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  const laneOf = (q: QuoteSpan) => lanes.get(q.id) ?? 0;
  for (let b = 0; b < boundaries.length - 1; b++) {
    const at = boundaries[b] as number;
    let changed = false;
    while (nextEnd < byEnd.length && (byEnd[nextEnd] as QuoteSpan).end <= at) {
      const leaving = byEnd[nextEnd++] as QuoteSpan;
      active = active.filter((q) => q !== leaving);
      changed = true;
    }
    while (nextStart < sorted.length && (sorted[nextStart] as QuoteSpan).start <= at) {
      active.push(sorted[nextStart++] as QuoteSpan);
      changed = true;
    }
    if (changed) active.sort((x, y) => laneOf(x) - laneOf(y));
    if (active.length > 0) {
      segments.push({
        start: at,
        end: boundaries[b + 1] as number,
        quoteIds: active.map((q) => q.id),
      });
    }
  }
  const laneCount = sorted.length === 0 ? 0 : Math.max(...lanes.values()) + 1;
  return { segments, lanes, laneCount };
}

/** Index of the first segment that ends after `offset` (binary search). */
function firstSegmentEndingAfter(segments: readonly HighlightSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as HighlightSegment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NONE: readonly number[] = [];

/** Cuts the run [from, to) into pieces by the quotes that cover them; together they cover it all. */
export function runPieces(index: HighlightIndex, from: number, to: number): RunPiece[] {
  const pieces: RunPiece[] = [];
  let cursor = from;
  const { segments } = index;
  for (let i = firstSegmentEndingAfter(segments, from); i < segments.length; i++) {
    const segment = segments[i] as HighlightSegment;
    if (segment.start >= to) break;
    const start = Math.max(segment.start, cursor);
    const end = Math.min(segment.end, to);
    if (start > cursor) pieces.push({ start: cursor, end: start, quoteIds: NONE });
    pieces.push({ start, end, quoteIds: segment.quoteIds });
    cursor = end;
  }
  if (to > cursor) pieces.push({ start: cursor, end: to, quoteIds: NONE });
  return pieces;
}

/**
 * The quote a click on a piece opens first: the innermost (highest lane) of those covering it,
 * i.e. the last in `quoteIds`.
 */
export function innermostQuote(quoteIds: readonly number[]): number | undefined {
  return quoteIds[quoteIds.length - 1];
}
