// How likely two runs of sentences are translations of each other by their lengths alone, after
// Gale & Church (1993): B's length is about `ratio` × A's, with a variance growing with length.

/** Chebyshev fit of erfc from Numerical Recipes (erfcc): relative error below 1.2e-7. */
const ERFC_COEFFICIENTS = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587,
  -0.82215223, 0.17087277,
];

/** log(erfc(x)) for x >= 0, in log form so that far tails do not underflow to log(0). */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly = ERFC_COEFFICIENTS.reduceRight((sum, coefficient) => coefficient + t * sum, 0);
  return Math.log(t) - x * x + poly;
}

/**
 * -log of the chance of a length difference at least this large between translations:
 * -log 2(1 - Φ(|δ|)) with δ = (ratio·a - b) / √(variance · mean length). 0 for a perfect fit.
 */
export function lengthCost(
  lengthA: number,
  lengthB: number,
  ratio: number,
  variancePerChar: number,
): number {
  const mean = (lengthA + lengthB / ratio) / 2;
  if (mean === 0) return 0;
  const delta = (ratio * lengthA - lengthB) / Math.sqrt(variancePerChar * mean);
  // 2(1 - Φ(|δ|)) = erfc(|δ| / √2).
  return -logErfc(Math.abs(delta) / Math.SQRT2);
}

export interface LengthModel {
  /** B's characters per character of A, on average. */
  ratio: number;
  variancePerChar: number;
}

/**
 * Learned per language pair from the 1-1 links of the dev gold sets (TICO-19, 1,177–1,352 links
 * each; characters without spaces). The engine takes the ratio from the document pair itself
 * (an outlet's style moves it) and the variance from here; Gale and Church's 6.8 for other pairs.
 */
const LEARNED_LENGTH_MODELS: Readonly<Record<string, LengthModel>> = {
  'fr-en': { ratio: 0.835, variancePerChar: 1.28 },
  'en-fr': { ratio: 1.198, variancePerChar: 2.21 },
  'ar-en': { ratio: 1.084, variancePerChar: 3.55 },
  'en-ar': { ratio: 0.923, variancePerChar: 2.79 },
  'ar-fr': { ratio: 1.302, variancePerChar: 5.62 },
  'fr-ar': { ratio: 0.768, variancePerChar: 2.55 },
};

export const DEFAULT_VARIANCE_PER_CHAR = 6.8;

export function learnedLengthModel(languageA: string, languageB: string): LengthModel | undefined {
  return LEARNED_LENGTH_MODELS[`${languageA.slice(0, 2)}-${languageB.slice(0, 2)}`];
}
