// The engine against the gold sets in tests/fixtures/align/, per language pair, dev and test
// together; `npm run eval:align -- --verbose` shows which pairs it gets wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../src/main/core/align/index';
import {
  alignSides,
  F1_TARGETS,
  loadGoldSets,
  prepareSet,
  scoreBeads,
} from '../../../../bench/align/gold';
import {
  addPairCounts,
  NO_PAIRS,
  scorePairs,
  type PairCounts,
} from '../../../../bench/align/metrics';

describe('alignment quality on the gold sets', () => {
  const countsByPair = new Map<string, PairCounts>();

  beforeAll(() => {
    for (const set of loadGoldSets()) {
      const prepared = prepareSet(set);
      const [a, b] = alignSides(prepared);
      const { counts } = scoreBeads(prepared, alignSentences(a, b).beads);
      countsByPair.set(set.pair, addPairCounts(countsByPair.get(set.pair) ?? NO_PAIRS, counts));
    }
  }, 300_000);

  it.each(Object.entries(F1_TARGETS))('%s reaches F1 ≥ %s over sentence pairs', (pair, target) => {
    const counts = countsByPair.get(pair);
    expect(counts, `no gold sets for ${pair}`).toBeDefined();
    expect(scorePairs(counts!).f1).toBeGreaterThanOrEqual(target);
  });
});
