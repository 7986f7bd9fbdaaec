// `npm run bench:align`: how long the engine takes on two 2,000-sentence documents (target: under
// 200 ms) and how its memory grows with length (proportional to the band, not to n×m). The
// documents are gold sets' real translations, joined until they reach the length.
import { alignSentences } from '../../src/main/core/align';
import { shippedLexicon } from '../../src/main/core/align/lexicon';
import type { AlignSide } from '../../src/main/core/align/types';
import { alignSides, loadGoldSets, prepareSet } from './gold';

const TARGET_MS = 200;
const RUNS = 7;

/** The pair's gold sets joined, side by side, to `length` sentences on side A. */
function longPair(pair: string, length: number): [AlignSide, AlignSide] {
  const sets = loadGoldSets().filter((set) => set.pair === pair);
  const a: string[] = [];
  const b: string[] = [];
  let languages: [string, string] = ['und', 'und'];
  for (let k = 0; a.length < length; k++) {
    const [sideA, sideB] = alignSides(prepareSet(sets[k % sets.length]!));
    languages = [sideA.language, sideB.language];
    a.push(...sideA.sentences);
    b.push(...sideB.sentences);
  }
  return [
    { language: languages[0], sentences: a.slice(0, length) },
    { language: languages[1], sentences: b.slice(0, Math.round((length * b.length) / a.length)) },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

shippedLexicon();
console.log('Alignment speed (median of 7 runs after one warm-up; gold translations joined)');
console.log('pair   sentences      mode          ms   target   heap growth');
for (const pair of ['fr-en', 'ar-en', 'ar-fr']) {
  for (const length of [500, 2000]) {
    const [a, b] = longPair(pair, length);
    alignSentences(a, b);
    const times: number[] = [];
    let mode = '';
    let heap = 0;
    for (let run = 0; run < RUNS; run++) {
      globalThis.gc?.();
      const before = process.memoryUsage().heapUsed;
      const started = performance.now();
      mode = alignSentences(a, b).mode;
      times.push(performance.now() - started);
      heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    }
    const ms = median(times);
    const verdict = length === 2000 ? `${((ms / TARGET_MS) * 100).toFixed(0)}%` : '';
    console.log(
      `${pair}  ${`${a.sentences.length}×${b.sentences.length}`.padEnd(13)} ${mode.padEnd(12)} ${ms.toFixed(0).padStart(5)}   ${verdict.padStart(6)}   ${(heap / 1e6).toFixed(1)} MB`,
    );
  }
}
