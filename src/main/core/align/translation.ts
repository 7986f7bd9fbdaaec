// Translation pairs: a monotonic alignment by dynamic programming over beads (1-1, 1-0, 0-1, 2-1,
// 1-2, 2-2, 3-1, 1-3), run only inside the band guide.ts finds, so cost stays near linear and
// memory proportional to the band.
import { guideBand, type GuideBand } from './guide';
import { lengthCost } from './length';
import type { PairFeatures, RunSimilarity } from './similarity';
import type { Bead } from './types';

export interface TranslationParameters {
  /** Weight of (1 - lexical similarity) in a bead's cost. */
  lexicalWeight: number;
  /** Weight of the length cost (-log of the length fit's probability). */
  lengthWeight: number;
  /** Lengths fit worse than this cost no more: lexical evidence then decides. */
  lengthCostCap: number;
  /** Lexical cost of a bead when neither side has an anchor to compare. */
  noEvidenceCost: number;
  /** Cost of leaving one sentence without a counterpart. */
  skipCost: number;
  /** Extra cost per bead for shapes other than 1-1, by `${a}-${b}`. */
  shapePenalty: Readonly<Record<string, number>>;
  /** Variance of B's length per character of A. */
  variancePerChar: number;
}

export interface TranslationConstraints {
  /** Hand-made beads: kept; their sentences join no other bead. */
  fixed: readonly { a: readonly number[]; b: readonly number[] }[];
  /** Sentence pairs that may not share a bead. */
  rejected: readonly { a: number; b: number }[];
}

const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
];

/** Without a guide, the band reaches this far from the diagonal: 20 sentences or 6%. */
const DIAGONAL_BAND_MIN = 20;
const DIAGONAL_BAND_SHARE = 0.06;

/** One sub-problem: A[aFrom, aTo) against B[bFrom, bTo), between two hand-made beads. */
interface Span {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** Rows of a band: row i (0..n) holds columns from[i]..to[i] (inclusive), stored contiguously. */
interface Band {
  from: Int32Array;
  to: Int32Array;
  offset: Int32Array;
  size: number;
}

function diagonalBand(n: number, m: number): Band {
  const width = Math.max(DIAGONAL_BAND_MIN, Math.ceil(DIAGONAL_BAND_SHARE * Math.max(n, m)));
  const diagonal = (i: number): number => Math.round((i * m) / n);
  return makeBand(n, m, (i) => [diagonal(i) - width, diagonal(Math.min(n, i + 1)) + width]);
}

function makeBand(n: number, m: number, range: (i: number) => [number, number]): Band {
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const [lo, hi] = range(i);
    from[i] = Math.max(0, lo);
    to[i] = Math.min(m, hi);
    offset[i + 1] =
      (offset[i] as number) + Math.max(0, (to[i] as number) - (from[i] as number) + 1);
  }
  return { from, to, offset, size: offset[n + 1] as number };
}

const cellOf = (band: Band, i: number, j: number): number =>
  i < 0 || j < (band.from[i] as number) || j > (band.to[i] as number)
    ? -1
    : (band.offset[i] as number) + j - (band.from[i] as number);

type BeadCost = (i: number, j: number, p: number, q: number) => number;

/** Cheapest path from (0,0) to (n,m) through the band, as the list of shapes taken. */
function cheapestPath(
  n: number,
  m: number,
  band: Band,
  shapes: readonly (readonly [number, number])[],
  costOf: BeadCost,
): [number, number][] | null {
  const cost = new Float64Array(band.size).fill(Infinity);
  const taken = new Int8Array(band.size).fill(-1);
  const origin = cellOf(band, 0, 0);
  if (origin < 0) return null;
  cost[origin] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = band.from[i] as number;
    const hi = band.to[i] as number;
    for (let j = lo; j <= hi; j++) {
      const here = (band.offset[i] as number) + j - lo;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = -1;
      for (let s = 0; s < shapes.length; s++) {
        const [p, q] = shapes[s] as readonly [number, number];
        if (p > i || q > j) continue;
        const before = cellOf(band, i - p, j - q);
        if (before < 0) continue;
        const start = cost[before] as number;
        if (start === Infinity || start >= best) continue;
        const total = start + costOf(i, j, p, q);
        if (total < best) {
          best = total;
          bestShape = s;
        }
      }
      cost[here] = best;
      taken[here] = bestShape;
    }
  }
  const end = cellOf(band, n, m);
  if (end < 0 || cost[end] === Infinity) return null;
  const path: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = shapes[taken[cellOf(band, i, j)] as number] as readonly [number, number];
    path.push([shape[0], shape[1]]);
    i -= shape[0];
    j -= shape[1];
  }
  return path.reverse();
}

export class TranslationAligner {
  private readonly ratio: number;
  /** 1 for sentences a hand-made bead leaves without counterpart. */
  private readonly forcedAlone: { a: Uint8Array; b: Uint8Array };
  /** Prefix sums of sentence lengths: a run's length in O(1). */
  private readonly lengthBefore: { a: Float64Array; b: Float64Array };
  private readonly rejected: Set<number>;
  private readonly m: number;
  private readonly guide: GuideBand;

  constructor(
    private readonly features: PairFeatures,
    private readonly similarity: RunSimilarity,
    private readonly parameters: TranslationParameters,
    private readonly constraints: TranslationConstraints,
  ) {
    const sum = (xs: number[]): number => xs.reduce((total, x) => total + x, 0);
    const totalA = sum(features.lengthsA);
    const totalB = sum(features.lengthsB);
    this.ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;
    this.m = features.b.length;
    this.forcedAlone = { a: new Uint8Array(features.a.length), b: new Uint8Array(this.m) };
    for (const bead of constraints.fixed) {
      if (bead.b.length === 0) bead.a.forEach((i) => (this.forcedAlone.a[i] = 1));
      if (bead.a.length === 0) bead.b.forEach((j) => (this.forcedAlone.b[j] = 1));
    }
    const prefixSums = (lengths: number[]): Float64Array => {
      const sums = new Float64Array(lengths.length + 1);
      lengths.forEach((length, k) => (sums[k + 1] = (sums[k] as number) + length));
      return sums;
    };
    this.lengthBefore = { a: prefixSums(features.lengthsA), b: prefixSums(features.lengthsB) };
    this.rejected = new Set(constraints.rejected.map((r) => r.a * this.m + r.b));
    this.guide = guideBand(features, similarity);
  }

  /** The guide's band, cut to one span between hand-made beads. */
  private bandFor(span: Span): Band {
    const n = span.aTo - span.aFrom;
    const m = span.bTo - span.bFrom;
    return makeBand(n, m, (i) => [
      (this.guide.from[span.aFrom + i] as number) - span.bFrom,
      (this.guide.to[span.aFrom + i] as number) - span.bFrom,
    ]);
  }

  align(): Bead[] {
    const n = this.features.a.length;
    const anchors = this.constraints.fixed
      .filter((bead) => bead.a.length > 0 && bead.b.length > 0)
      .map((bead) => ({
        a: [...bead.a].sort((x, y) => x - y),
        b: [...bead.b].sort((x, y) => x - y),
      }))
      .sort((x, y) => (x.a[0] as number) - (y.a[0] as number));
    const beads: Bead[] = [];
    let aFrom = 0;
    let bFrom = 0;
    for (const anchor of anchors) {
      const aStart = anchor.a[0] as number;
      const bStart = anchor.b[0] as number;
      // A hand-made bead crossing an earlier one cannot be honoured in a monotonic alignment.
      if (aStart < aFrom || bStart < bFrom) continue;
      beads.push(...this.alignSpan({ aFrom, aTo: aStart, bFrom, bTo: bStart }));
      beads.push({ a: anchor.a, b: anchor.b, score: 1, manual: true });
      aFrom = (anchor.a.at(-1) as number) + 1;
      bFrom = (anchor.b.at(-1) as number) + 1;
    }
    beads.push(...this.alignSpan({ aFrom, aTo: n, bFrom, bTo: this.m }));
    return beads;
  }

  private alignSpan(span: Span): Bead[] {
    const n = span.aTo - span.aFrom;
    const m = span.bTo - span.bFrom;
    if (n === 0 || m === 0) {
      return [
        ...range(span.aFrom, span.aTo).map((i) => this.alone('a', i)),
        ...range(span.bFrom, span.bTo).map((j) => this.alone('b', j)),
      ];
    }
    const costOf: BeadCost = (i, j, p, q) => this.beadCost(span, i, j, p, q);
    const path =
      cheapestPath(n, m, this.bandFor(span), SHAPES, costOf) ??
      cheapestPath(n, m, diagonalBand(n, m), SHAPES, costOf) ??
      diagonalPath(n, m);
    const beads: Bead[] = [];
    let i = 0;
    let j = 0;
    for (const [p, q] of path) {
      i += p;
      j += q;
      beads.push(this.toBead(span, i, j, p, q));
    }
    return beads;
  }

  private alone(side: 'a' | 'b', index: number): Bead {
    const manual = this.forcedAlone[side][index] === 1;
    return side === 'a'
      ? { a: [index], b: [], score: manual ? 1 : 0, manual }
      : { a: [], b: [index], score: manual ? 1 : 0, manual };
  }

  private toBead(span: Span, i: number, j: number, p: number, q: number): Bead {
    const aTo = span.aFrom + i;
    const bTo = span.bFrom + j;
    if (p === 0) return this.alone('b', bTo - 1);
    if (q === 0) return this.alone('a', aTo - 1);
    const perSentence = this.beadCost(span, i, j, p, q) / ((p + q) / 2);
    return {
      a: range(aTo - p, aTo),
      b: range(bTo - q, bTo),
      score: Math.round(confidenceOfCost(perSentence) * 1000) / 1000,
      manual: false,
    };
  }

  /** Cost of the bead ending at (i, j) of the span with p sentences of A and q of B. */
  private beadCost(span: Span, i: number, j: number, p: number, q: number): number {
    const aTo = span.aFrom + i;
    const bTo = span.bFrom + j;
    const parameters = this.parameters;
    if (p === 0 || q === 0) {
      const forced = p === 0 ? this.forcedAlone.b[bTo - 1] : this.forcedAlone.a[aTo - 1];
      return forced === 1 ? 0 : parameters.skipCost;
    }
    for (let k = aTo - p; k < aTo; k++) if (this.forcedAlone.a[k] === 1) return Infinity;
    for (let k = bTo - q; k < bTo; k++) if (this.forcedAlone.b[k] === 1) return Infinity;
    const lengthA = (this.lengthBefore.a[aTo] as number) - (this.lengthBefore.a[aTo - p] as number);
    const lengthB = (this.lengthBefore.b[bTo] as number) - (this.lengthBefore.b[bTo - q] as number);
    if (this.rejected.size > 0) {
      for (let x = aTo - p; x < aTo; x++) {
        for (let y = bTo - q; y < bTo; y++) if (this.rejected.has(x * this.m + y)) return Infinity;
      }
    }
    const similarity = this.similarity.similarity(aTo - p, aTo, bTo - q, bTo);
    const lexical = similarity < 0 ? parameters.noEvidenceCost : 1 - similarity;
    const length = Math.min(
      parameters.lengthCostCap,
      lengthCost(lengthA, lengthB, this.ratio, parameters.variancePerChar),
    );
    const penalty = p === 1 && q === 1 ? 0 : (parameters.shapePenalty[`${p}-${q}`] ?? Infinity);
    return (
      (parameters.lexicalWeight * lexical + parameters.lengthWeight * length + penalty) *
      ((p + q) / 2)
    );
  }
}

/**
 * A bead's score: the share of automatic beads with this cost per sentence that were right on the
 * dev gold sets (TICO-19; npm run eval:align), interpolated; past the measured costs it falls
 * towards 0.5, where the engine knows little.
 */
const CALIBRATION: readonly (readonly [number, number])[] = [
  [0, 1],
  [1.5, 0.985],
  [2.5, 0.93],
  [3.5, 0.88],
  [5, 0.7],
  [8, 0.5],
];

function confidenceOfCost(cost: number): number {
  for (let k = 1; k < CALIBRATION.length; k++) {
    const [x1, y1] = CALIBRATION[k] as readonly [number, number];
    if (cost <= x1) {
      const [x0, y0] = CALIBRATION[k - 1] as readonly [number, number];
      return y0 + ((y1 - y0) * (cost - x0)) / (x1 - x0);
    }
  }
  return 0.5;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** 1-1 down the diagonal, then the leftovers: a last resort when no path fits the band. */
function diagonalPath(n: number, m: number): [number, number][] {
  const path: [number, number][] = [];
  for (let k = 0; k < Math.min(n, m); k++) path.push([1, 1]);
  for (let k = m; k < n; k++) path.push([1, 0]);
  for (let k = n; k < m; k++) path.push([0, 1]);
  return path;
}
