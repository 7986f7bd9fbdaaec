// Scoring a sentence alignment against gold links given as character spans: the product's own
// sentences are mapped onto the gold units they overlap, gold links and predicted beads both
// become sets of sentence pairs (i in A, j in B), and pairs are counted. Pure; no I/O.

/** A gold unit's place in its text: [start, end) in JavaScript string offsets. */
export type UnitSpan = readonly [number, number];

/** Units of A linked to units of B; either list may be empty (a sentence with no counterpart). */
export interface GoldLink {
  a: readonly UnitSpan[];
  b: readonly UnitSpan[];
}

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Runs of sentence indices, as the engine's beads and the baseline's give them. */
export interface PairedRuns {
  a: readonly number[];
  b: readonly number[];
}

/** A sentence pair (i in A, j in B) as a set key. */
export const pairKey = (i: number, j: number): string => `${i}:${j}`;

export function parsePairKey(key: string): [number, number] {
  const [i, j] = key.split(':').map(Number);
  return [i!, j!];
}

/** For each sentence, the indices of the units it shares at least one character with. */
export function unitsOverlapping(
  sentences: readonly SentenceSpan[],
  units: readonly UnitSpan[],
): number[][] {
  return sentences.map((sentence) =>
    units.flatMap(([start, end], u) => (start < sentence.end && sentence.start < end ? [u] : [])),
  );
}

/** For each sentence of one side, the gold links its overlapping units belong to. */
function linksBySentence(
  links: readonly GoldLink[],
  side: 'a' | 'b',
  sentences: readonly SentenceSpan[],
): Set<number>[] {
  const units = links.flatMap((link, l) => link[side].map((span) => ({ span, link: l })));
  return unitsOverlapping(
    sentences,
    units.map((unit) => unit.span),
  ).map((overlapping) => new Set(overlapping.map((u) => units[u]!.link)));
}

/**
 * The pairs gold asks for: (i, j) whenever some unit of sentence i and some unit of sentence j
 * are in one link. A sentence the segmenter did not split across two units pairs with both
 * units' counterparts; two sentences cut from one unit both pair with its counterparts.
 */
export function goldPairs(
  links: readonly GoldLink[],
  sentencesA: readonly SentenceSpan[],
  sentencesB: readonly SentenceSpan[],
): Set<string> {
  const byLinkB = new Map<number, number[]>();
  linksBySentence(links, 'b', sentencesB).forEach((linkIds, j) => {
    for (const l of linkIds) byLinkB.set(l, [...(byLinkB.get(l) ?? []), j]);
  });
  const pairs = new Set<string>();
  linksBySentence(links, 'a', sentencesA).forEach((linkIds, i) => {
    for (const l of linkIds) for (const j of byLinkB.get(l) ?? []) pairs.add(pairKey(i, j));
  });
  return pairs;
}

/** The pairs beads claim: every (i, j) of a bead with both sides non-empty (a 2-2 is four). */
export function predictedPairs(beads: readonly PairedRuns[]): Set<string> {
  const pairs = new Set<string>();
  for (const bead of beads)
    for (const i of bead.a) for (const j of bead.b) pairs.add(pairKey(i, j));
  return pairs;
}

/** Sentences of one side that take part in no pair. */
export function unpairedSentences(
  pairs: ReadonlySet<string>,
  side: 'a' | 'b',
  count: number,
): Set<number> {
  const paired = new Set([...pairs].map((key) => parsePairKey(key)[side === 'a' ? 0 : 1]));
  return new Set(Array.from({ length: count }, (_, k) => k).filter((k) => !paired.has(k)));
}

export interface PairCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export const NO_PAIRS: PairCounts = { gold: 0, predicted: 0, correct: 0 };

export function countPairs(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairCounts {
  let correct = 0;
  for (const key of predicted) if (gold.has(key)) correct++;
  return { gold: gold.size, predicted: predicted.size, correct };
}

export function addPairCounts(x: PairCounts, y: PairCounts): PairCounts {
  return {
    gold: x.gold + y.gold,
    predicted: x.predicted + y.predicted,
    correct: x.correct + y.correct,
  };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 over pairs; an empty denominator scores 0 (nothing to credit). */
export function scorePairs(counts: PairCounts): Scores {
  const precision = counts.predicted > 0 ? counts.correct / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.correct / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
