// Gale & Church (1993), "A program for aligning sentences in bilingual corpora": sentences paired
// by character length alone. The baseline the engine is measured against (npm run eval:align).
import { lengthCost } from './length';
import type { AlignSide, Bead } from './types';

/** Variance of B's length per character of A (Gale & Church's estimate from their data). */
const VARIANCE_PER_CHAR = 6.8;

/** Bead shapes (sentences taken from A, from B) and their prior probabilities. */
const BEAD_SHAPES: readonly { a: number; b: number; prior: number }[] = [
  { a: 1, b: 1, prior: 0.89 },
  { a: 1, b: 0, prior: 0.0099 },
  { a: 0, b: 1, prior: 0.0099 },
  { a: 2, b: 1, prior: 0.089 },
  { a: 1, b: 2, prior: 0.089 },
  { a: 2, b: 2, prior: 0.011 },
];
const BEST_PRIOR = 0.89;

/** The dynamic programme only looks this far from the diagonal: at least 50 sentences, or 10%. */
const MIN_BAND = 50;
const BAND_SHARE = 0.1;

/** -log P(a bead this shape with these lengths): -log prior + the length model's cost. */
function beadCost(lengthA: number, lengthB: number, ratio: number, prior: number): number {
  return -Math.log(prior) + lengthCost(lengthA, lengthB, ratio, VARIANCE_PER_CHAR);
}

/**
 * Aligns two translations by sentence length only. The length ratio is the document pair's own
 * (B's characters over A's), so a language pair needs no calibration. Beads come in text order,
 * cover every sentence once, and are 1-1, 1-0, 0-1, 2-1, 1-2 or 2-2. A bead's score is
 * exp(-cost) / 0.89: its prior times the chance of a length difference at least this large,
 * relative to the best prior, so a 1-1 bead of exactly the expected lengths scores 1 and a
 * perfect 2-1 scores 0.1.
 */
export function alignByLength(a: AlignSide, b: AlignSide): Bead[] {
  const lengthsA = a.sentences.map((s) => s.length);
  const lengthsB = b.sentences.map((s) => s.length);
  const n = lengthsA.length;
  const m = lengthsB.length;
  if (n === 0 || m === 0) {
    return [
      ...lengthsA.map((_, i) => ({ a: [i], b: [], score: 0, manual: false })),
      ...lengthsB.map((_, j) => ({ a: [], b: [j], score: 0, manual: false })),
    ];
  }
  // Characters before sentence k, so a run's length is one subtraction.
  const prefixSums = (lengths: number[]): number[] => {
    const sums = [0];
    let total = 0;
    for (const length of lengths) sums.push((total += length));
    return sums;
  };
  const prefixA = prefixSums(lengthsA);
  const prefixB = prefixSums(lengthsB);
  const runLength = (prefix: number[], from: number, to: number): number =>
    (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const totalA = runLength(prefixA, 0, n);
  const totalB = runLength(prefixB, 0, m);
  const ratio = totalA > 0 && totalB > 0 ? totalB / totalA : 1;

  // Cells (i, j) = the first i sentences of A against the first j of B, kept only within `band`
  // of the proportional diagonal j ≈ i·m/n: row i stores columns from lowest(i) on.
  const band = Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(n, m)));
  const width = 2 * band + 1;
  const lowest = (i: number): number => Math.round((i * m) / n) - band;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const shapeTaken = new Int8Array((n + 1) * width).fill(-1);
  const cell = (i: number, j: number): number => {
    const column = j - lowest(i);
    return column >= 0 && column < width && j >= 0 && j <= m ? i * width + column : -1;
  };
  const costAt = (index: number): number => (index < 0 ? Infinity : (cost[index] ?? Infinity));

  cost[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const from = Math.max(0, lowest(i));
    const to = Math.min(m, lowest(i) + width - 1);
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      const here = cell(i, j);
      BEAD_SHAPES.forEach((shape, s) => {
        if (shape.a > i || shape.b > j) return;
        const start = costAt(cell(i - shape.a, j - shape.b));
        if (start === Infinity) return;
        const lengthA = runLength(prefixA, i - shape.a, i);
        const lengthB = runLength(prefixB, j - shape.b, j);
        const total = start + beadCost(lengthA, lengthB, ratio, shape.prior);
        if (total < costAt(here)) {
          cost[here] = total;
          shapeTaken[here] = s;
        }
      });
    }
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cell(i, j);
    const shape = BEAD_SHAPES[shapeTaken[here] ?? -1];
    if (!shape) throw new Error('Gale–Church: no path through the band');
    const beadCostHere = costAt(here) - costAt(cell(i - shape.a, j - shape.b));
    beads.push({
      a: Array.from({ length: shape.a }, (_, k) => i - shape.a + k),
      b: Array.from({ length: shape.b }, (_, k) => j - shape.b + k),
      // The erfc fit can overshoot 1 by its rounding error.
      score: Math.min(1, Math.exp(-beadCostHere) / BEST_PRIOR),
      manual: false,
    });
    i -= shape.a;
    j -= shape.b;
  }
  return beads.reverse();
}
