// Lexical similarity of runs of sentences: weighted Dice over the anchors two sentences share
// (numbers, dates, lexicon concepts, transliterated names, cognates; see features.ts).

/** Both documents' sentences as anchor ids, with a weight per anchor. */
export interface PairFeatures {
  /** Per sentence of A: ids of its anchors that also occur somewhere in B, sorted, unique. */
  a: Int32Array[];
  b: Int32Array[];
  /** Per sentence: length in characters without spaces (what length ratios are learned on). */
  lengthsA: number[];
  lengthsB: number[];
  /** Weight of each anchor id: rarer in the pair weighs more. */
  weight: Float64Array;
}

/**
 * Computes sim(run of A, run of B) in O(anchors) with stamps instead of set merges: the hot loop
 * of the aligner calls this hundreds of thousands of times.
 */
export class RunSimilarity {
  private readonly stampB: Int32Array;
  private readonly stampA: Int32Array;
  private stamp = 0;

  constructor(private readonly features: PairFeatures) {
    this.stampB = new Int32Array(features.weight.length);
    this.stampA = new Int32Array(features.weight.length);
  }

  /**
   * Weighted Dice of the anchors of A[aFrom, aTo) and B[bFrom, bTo), from 0 to 1; -1 when neither
   * run has any anchor (no evidence either way).
   */
  similarity(aFrom: number, aTo: number, bFrom: number, bTo: number): number {
    const { a, b, weight } = this.features;
    const stamp = ++this.stamp;
    let totalB = 0;
    for (let j = bFrom; j < bTo; j++) {
      const ids = b[j] as Int32Array;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (this.stampB[id] !== stamp) {
          this.stampB[id] = stamp;
          totalB += weight[id] as number;
        }
      }
    }
    let totalA = 0;
    let shared = 0;
    for (let i = aFrom; i < aTo; i++) {
      const ids = a[i] as Int32Array;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (this.stampA[id] === stamp) continue;
        this.stampA[id] = stamp;
        const w = weight[id] as number;
        totalA += w;
        if (this.stampB[id] === stamp) shared += w;
      }
    }
    const total = totalA + totalB;
    return total === 0 ? -1 : (2 * shared) / total;
  }
}
