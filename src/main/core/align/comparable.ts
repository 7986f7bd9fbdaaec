// Comparable pairs (two outlets' accounts of one event): no order to follow, so each sentence gets
// its best counterparts on the other side, if any share enough anchors, as "related passages".
import type { PairFeatures, RunSimilarity } from './similarity';
import type { Bead } from './types';

export interface ComparableParameters {
  /** Below this similarity two sentences are not shown as related. */
  minSimilarity: number;
  /** At most this many counterparts per sentence, best first. */
  counterparts: number;
  /** A second or third counterpart must be at least this share as similar as the best. */
  nearBest: number;
}

export interface ComparableConstraints {
  fixed: readonly { a: readonly number[]; b: readonly number[] }[];
  rejected: readonly { a: number; b: number }[];
}

/** For each sentence of `from`, the sentences of `to` sharing at least one anchor with it. */
function candidates(from: Int32Array[], to: Int32Array[]): number[][] {
  const sentencesWith = new Map<number, number[]>();
  to.forEach((ids, j) => {
    for (const id of ids) {
      const list = sentencesWith.get(id);
      if (list) list.push(j);
      else sentencesWith.set(id, [j]);
    }
  });
  return from.map((ids) => {
    const found = new Set<number>();
    for (const id of ids) for (const j of sentencesWith.get(id) ?? []) found.add(j);
    return [...found];
  });
}

export function alignComparable(
  features: PairFeatures,
  similarity: RunSimilarity,
  parameters: ComparableParameters,
  constraints: ComparableConstraints,
): Bead[] {
  const m = features.b.length;
  const taken = { a: new Set<number>(), b: new Set<number>() };
  for (const bead of constraints.fixed) {
    bead.a.forEach((i) => taken.a.add(i));
    bead.b.forEach((j) => taken.b.add(j));
  }
  const rejected = new Set(constraints.rejected.map((r) => r.a * m + r.b));
  const scores = new Map<number, number>();
  const keep = (i: number, j: number, score: number): void => {
    if (taken.a.has(i) || taken.b.has(j) || rejected.has(i * m + j)) return;
    scores.set(i * m + j, score);
  };
  const best = (from: number, options: number[], score: (other: number) => number) =>
    options
      .map((other) => ({ other, score: score(other) }))
      .filter((c) => c.score >= parameters.minSimilarity)
      .sort((x, y) => y.score - x.score)
      .filter((c, k, all) => k === 0 || c.score >= parameters.nearBest * (all[0]?.score ?? 0))
      .slice(0, parameters.counterparts)
      .map((c) => ({ from, ...c }));

  candidates(features.a, features.b).forEach((options, i) => {
    for (const c of best(i, options, (j) => similarity.similarity(i, i + 1, j, j + 1))) {
      keep(i, c.other, c.score);
    }
  });
  candidates(features.b, features.a).forEach((options, j) => {
    for (const c of best(j, options, (i) => similarity.similarity(i, i + 1, j, j + 1))) {
      keep(c.other, j, c.score);
    }
  });

  const links: Bead[] = constraints.fixed.map((bead) => ({
    a: [...bead.a],
    b: [...bead.b],
    score: 1,
    manual: true,
  }));
  const auto = [...scores].map(([key, score]) => ({
    a: [Math.floor(key / m)],
    b: [key % m],
    score: Math.round(score * 1000) / 1000,
    manual: false,
  }));
  auto.sort((x, y) => (x.a[0] as number) - (y.a[0] as number) || y.score - x.score);
  return [...links, ...auto];
}
