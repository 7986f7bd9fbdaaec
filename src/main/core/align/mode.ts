// Is a pair a translation or two accounts of the same events? Aligned in text order, a
// translation's counterparts share most of their anchors, far more than neighbouring sentences
// do; two outlets' stories about one event share names everywhere (Morocco, Mali in every
// sentence), so the text-order counterpart is no better than its neighbours.
// Thresholds measured on the gold translations and on seed and mismatched pairs (README).
import type { PairFeatures, RunSimilarity } from './similarity';
import type { Bead } from './types';

/** Mean similarity of paired runs a translation reaches (gold sets: 0.57 at the lowest; 0.54 for 2,000-sentence pairs, where more anchors are shared by chance). */
const MIN_PATH_SIMILARITY = 0.45;
/** How much more a counterpart shares than sentences 2–4 away (gold: 4.3 at the lowest). */
const MIN_CONTRAST = 3;
/** Fewer sentences than this share of the other side's is not the same text. */
const MIN_SENTENCE_RATIO = 0.5;
const NEIGHBOUR_OFFSETS = [-4, -3, -2, 2, 3, 4];

export interface ModeEvidence {
  translation: boolean;
  /** Why, in words a user can check. */
  reason: string;
}

export function judgeMode(
  beads: readonly Bead[],
  features: PairFeatures,
  similarity: RunSimilarity,
): ModeEvidence {
  const n = features.a.length;
  const m = features.b.length;
  let pathTotal = 0;
  let pathCount = 0;
  let neighbourTotal = 0;
  let neighbourCount = 0;
  for (const bead of beads) {
    if (bead.a.length === 0 || bead.b.length === 0) continue;
    const i = bead.a[0] as number;
    const j = bead.b[0] as number;
    pathTotal += Math.max(0, similarity.similarity(i, i + bead.a.length, j, j + bead.b.length));
    pathCount++;
    for (const offset of NEIGHBOUR_OFFSETS) {
      const other = j + offset;
      if (other < 0 || other >= m) continue;
      neighbourTotal += Math.max(0, similarity.similarity(i, i + 1, other, other + 1));
      neighbourCount++;
    }
  }
  const pathSimilarity = pathCount === 0 ? 0 : pathTotal / pathCount;
  const neighbourSimilarity = neighbourCount === 0 ? 0 : neighbourTotal / neighbourCount;
  // Floored so that one- or two-sentence texts (no neighbours to compare) read on path alone.
  const contrast = pathSimilarity / Math.max(0.01, neighbourSimilarity);
  const sentenceRatio = Math.min(n, m) / Math.max(1, n, m);
  const percent = `${Math.round(pathSimilarity * 100)}%`;
  const times = `${contrast.toFixed(1)}×`;
  if (sentenceRatio < MIN_SENTENCE_RATIO) {
    return {
      translation: false,
      reason: `Read as two accounts: one text has ${Math.min(n, m)} sentences, the other ${Math.max(n, m)}, too different for a translation.`,
    };
  }
  if (pathSimilarity < MIN_PATH_SIMILARITY) {
    return {
      translation: false,
      reason: `Read as two accounts: taken in text order, counterparts share only ${percent} of their names, numbers and words.`,
    };
  }
  if (contrast < MIN_CONTRAST) {
    return {
      translation: false,
      reason: `Read as two accounts of the same events: counterparts in text order share ${percent} of their anchors, but only ${times} more than their neighbours do, so the texts do not follow each other.`,
    };
  }
  return {
    translation: true,
    reason: `Read as a translation: counterparts in text order share ${percent} of their names, numbers and words, ${times} more than their neighbours do.`,
  };
}
