// Where a translation's alignment path can run, found cheaply before the dynamic programme: pairs
// of sentences that share rare anchors and choose each other are taken as fixed points, the
// longest chain of them in text order is kept, and the band is the union of the boxes between
// consecutive points. Dense points make a narrow band; a stretch without any makes one box as
// large as that stretch, so drift from passages left out is never cut off.
import type { PairFeatures, RunSimilarity } from './similarity';

/** An anchor shared by more sentences than this on either side does not pick a counterpart. */
const RARE_ANCHOR_SENTENCES = 8;
/** Two sentences this similar, each the other's best, are a fixed point. */
const FIXED_POINT_SIMILARITY = 0.3;
/** Room around each box for merges and splits next to a fixed point. */
const BOX_MARGIN = 2;

export interface GuideBand {
  /** Row i (0..n) may use columns from[i]..to[i]. */
  from: Int32Array;
  to: Int32Array;
  fixedPoints: number;
}

/** For each sentence of `from`, its candidate with the most rare-anchor weight in common. */
function bestByRareAnchors(
  from: Int32Array[],
  to: Int32Array[],
  weight: Float64Array,
  countFrom: Int32Array,
): Int32Array {
  const sentencesWith = new Map<number, number[]>();
  to.forEach((ids, j) => {
    for (const id of ids) {
      const list = sentencesWith.get(id);
      if (list) list.push(j);
      else sentencesWith.set(id, [j]);
    }
  });
  const best = new Int32Array(from.length).fill(-1);
  const score = new Float64Array(to.length);
  const touched: number[] = [];
  from.forEach((ids, i) => {
    for (const id of ids) {
      const holders = sentencesWith.get(id);
      if (!holders || holders.length > RARE_ANCHOR_SENTENCES) continue;
      if ((countFrom[id] as number) > RARE_ANCHOR_SENTENCES) continue;
      for (const j of holders) {
        if (score[j] === 0) touched.push(j);
        score[j] = (score[j] as number) + (weight[id] as number);
      }
    }
    let top = 0;
    for (const j of touched) {
      if ((score[j] as number) > top) {
        top = score[j] as number;
        best[i] = j;
      }
      score[j] = 0;
    }
    touched.length = 0;
  });
  return best;
}

function occurrences(sides: Int32Array[], size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const ids of sides) for (const id of ids) counts[id] = (counts[id] as number) + 1;
  return counts;
}

/** Longest chain of points increasing in both coordinates (points sorted by i, distinct i). */
function longestChain(points: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(points.length).fill(-1);
  points.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((points[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] as number) {
    chain.push(points[k] as [number, number]);
  }
  return chain.reverse();
}

export function guideBand(features: PairFeatures, similarity: RunSimilarity): GuideBand {
  const n = features.a.length;
  const m = features.b.length;
  const size = features.weight.length;
  const bestForA = bestByRareAnchors(
    features.a,
    features.b,
    features.weight,
    occurrences(features.a, size),
  );
  const bestForB = bestByRareAnchors(
    features.b,
    features.a,
    features.weight,
    occurrences(features.b, size),
  );
  const mutual: [number, number][] = [];
  bestForA.forEach((j, i) => {
    if (j < 0 || bestForB[j] !== i) return;
    if (similarity.similarity(i, i + 1, j, j + 1) >= FIXED_POINT_SIMILARITY) mutual.push([i, j]);
  });
  const chain = longestChain(mutual);
  // Cells: sentence pair (i, j) is the step from cell (i, j) to (i + 1, j + 1).
  const points: [number, number][] = [
    [0, 0],
    ...chain.map(([i, j]): [number, number] => [i + 1, j + 1]),
    [n, m],
  ];
  const from = new Int32Array(n + 1).fill(m);
  const to = new Int32Array(n + 1).fill(0);
  for (let k = 1; k < points.length; k++) {
    const [i1, j1] = points[k - 1] as [number, number];
    const [i2, j2] = points[k] as [number, number];
    // The box between two points, widened; the row before a point reaches back into its box.
    for (let i = Math.max(0, i1 - 1 - BOX_MARGIN); i <= Math.min(n, i2 + BOX_MARGIN); i++) {
      from[i] = Math.min(from[i] as number, Math.max(0, j1 - 1 - BOX_MARGIN));
      to[i] = Math.max(to[i] as number, Math.min(m, j2 + BOX_MARGIN));
    }
  }
  return { from, to, fixedPoints: chain.length };
}
