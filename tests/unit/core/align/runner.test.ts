// Long pairs are aligned in a worker thread, short ones inline, with the same result either way.
import { describe, expect, it } from 'vitest';
import { alignSides, loadGoldSets, prepareSet } from '../../../../bench/align/gold';
import { runAlignment, WORKER_MIN_SENTENCES } from '../../../../src/main/core/align/runner';
import type { AlignSide } from '../../../../src/main/core/align/types';

function joinedPair(pair: string, atLeast: number): [AlignSide, AlignSide] {
  const sets = loadGoldSets().filter((set) => set.pair === pair);
  const a: string[] = [];
  const b: string[] = [];
  let languages = ['und', 'und'];
  for (let k = 0; a.length + b.length < atLeast; k++) {
    const [sideA, sideB] = alignSides(prepareSet(sets[k]!));
    languages = [sideA.language, sideB.language];
    a.push(...sideA.sentences);
    b.push(...sideB.sentences);
  }
  return [
    { language: languages[0]!, sentences: a },
    { language: languages[1]!, sentences: b },
  ];
}

describe('runAlignment', () => {
  it('aligns a long pair in the worker, with the same beads as inline', async () => {
    const [a, b] = joinedPair('ar-en', WORKER_MIN_SENTENCES);
    const inWorker = await runAlignment(a, b, {});
    const inline = await runAlignment(a, b, {}, { where: 'inline' });
    expect(inWorker.ranIn).toBe('worker');
    expect(inline.ranIn).toBe('inline');
    expect(inWorker.mode).toBe('translation');
    expect(inWorker.beads).toEqual(inline.beads);
  });

  it('aligns a short pair inline, and passes hand-made beads through', async () => {
    const [a, b] = joinedPair('fr-en', 10);
    const result = await runAlignment(a, b, { mode: 'translation', fixed: [{ a: [0], b: [] }] });
    expect(result.ranIn).toBe('inline');
    expect(result.beads).toContainEqual({ a: [0], b: [], score: 1, manual: true });
  });
});
