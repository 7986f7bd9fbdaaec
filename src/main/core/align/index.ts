// The alignment engine: anchors for both documents, then a monotonic alignment if the pair reads
// as a translation, otherwise related passages for each sentence. No network, no model.
import { alignComparable, type ComparableParameters } from './comparable';
import { extractPairFeatures, type ConceptLookup, type FeatureParameters } from './features';
import { DEFAULT_VARIANCE_PER_CHAR, learnedLengthModel } from './length';
import { engineLexicon } from './lexicon';
import { judgeMode } from './mode';
import { RunSimilarity } from './similarity';
import { TranslationAligner, type TranslationParameters } from './translation';
import type { AlignSide, EngineAlignment, EngineOptions } from './types';

export type { AlignSide, Bead, EngineAlignment, EngineOptions } from './types';

export interface EngineParameters {
  features: FeatureParameters;
  translation: TranslationParameters;
  comparable: ComparableParameters;
}

export const DEFAULT_PARAMETERS: EngineParameters = {
  features: {
    cognatePrefix: 5,
    kindWeight: {
      number: 1.5,
      calendar: 1.5,
      concept: 1,
      word: 1,
      cognate: 0.7,
      name: 2.5,
      mark: 1,
    },
  },
  translation: {
    lexicalWeight: 3,
    lengthWeight: 0.25,
    lengthCostCap: 8,
    noEvidenceCost: 0.7,
    skipCost: 2.6,
    shapePenalty: { '2-1': 0.5, '1-2': 0.5, '2-2': 1.2, '3-1': 1, '1-3': 1 },
    variancePerChar: DEFAULT_VARIANCE_PER_CHAR,
  },
  comparable: { minSimilarity: 0.3, counterparts: 2, nearBest: 0.85 },
};

/** Changes whenever the engine or its parameters would align differently: stored pairs recompute. */
const ENGINE_REVISION = 'align-3';

export function engineVersion(): string {
  return `${ENGINE_REVISION}+lexicon-${engineLexicon().fingerprint}`;
}

export function alignSentences(
  a: AlignSide,
  b: AlignSide,
  options: EngineOptions = {},
  lexicon: ConceptLookup = engineLexicon().lexicon,
  parameters: EngineParameters = DEFAULT_PARAMETERS,
): EngineAlignment {
  const features = extractPairFeatures(a, b, lexicon, parameters.features);
  const similarity = new RunSimilarity(features);
  const constraints = { fixed: options.fixed ?? [], rejected: options.rejected ?? [] };
  const comparable = (modeReason: string): EngineAlignment => ({
    mode: 'comparable',
    modeReason,
    beads: alignComparable(features, similarity, parameters.comparable, constraints),
  });
  if (options.mode === 'comparable') return comparable('Chosen by hand.');

  const learned = learnedLengthModel(a.language, b.language);
  const translation = learned
    ? { ...parameters.translation, variancePerChar: learned.variancePerChar }
    : parameters.translation;
  const aligner = new TranslationAligner(features, similarity, translation, constraints);
  const beads = aligner.align();
  if (options.mode === 'translation') {
    return { mode: 'translation', modeReason: 'Chosen by hand.', beads };
  }
  const evidence = judgeMode(beads, features, similarity);
  if (!evidence.translation) return comparable(evidence.reason);
  return { mode: 'translation', modeReason: evidence.reason, beads };
}
