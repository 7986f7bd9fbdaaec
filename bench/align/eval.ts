// `npm run eval:align`: the alignment engine and the Gale–Church length baseline on every gold
// set, scored as precision/recall/F1 over sentence pairs, per language pair and split (dev sets
// may be tuned on; test sets are FLORES and held out). The engine sees the product's own
// segmentation of the texts, so segmentation errors count against it as they would for a user.
//   --check          exit 1 when a language pair misses its F1 target (dev and test together)
//   --set NAME       print the engine's wrong and missed pairs for that set (NAME or pair/NAME)
//   --verbose        the same for every set below its pair's target, worst first
//   --pair P, --split dev|test   evaluate only those sets
import { parseArgs } from 'node:util';
import { alignSentences } from '../../src/main/core/align/index';
import { alignByLength } from '../../src/main/core/align/galeChurch';
import type { EngineAlignment } from '../../src/main/core/align/types';
import {
  alignSides,
  F1_TARGETS,
  loadGoldSets,
  prepareSet,
  scoreBeads,
  type PreparedSet,
  type SetResult,
} from './gold';
import {
  addPairCounts,
  NO_PAIRS,
  pairKey,
  parsePairKey,
  scorePairs,
  type PairCounts,
} from './metrics';

interface Evaluated {
  prepared: PreparedSet;
  engine: SetResult;
  engineAlignment: EngineAlignment;
  baseline: SetResult;
}

interface Totals {
  sets: number;
  sentencesA: number;
  sentencesB: number;
  engine: PairCounts;
  baseline: PairCounts;
  unpairedGold: number;
  engineUnpairedFound: number;
  baselineUnpairedFound: number;
}

const EMPTY_TOTALS: Totals = {
  sets: 0,
  sentencesA: 0,
  sentencesB: 0,
  engine: NO_PAIRS,
  baseline: NO_PAIRS,
  unpairedGold: 0,
  engineUnpairedFound: 0,
  baselineUnpairedFound: 0,
};

function addUp(results: readonly Evaluated[]): Totals {
  return results.reduce(
    (sum, r) => ({
      sets: sum.sets + 1,
      sentencesA: sum.sentencesA + r.prepared.a.spans.length,
      sentencesB: sum.sentencesB + r.prepared.b.spans.length,
      engine: addPairCounts(sum.engine, r.engine.counts),
      baseline: addPairCounts(sum.baseline, r.baseline.counts),
      unpairedGold: sum.unpairedGold + r.engine.unpairedGold,
      engineUnpairedFound: sum.engineUnpairedFound + r.engine.unpairedFound,
      baselineUnpairedFound: sum.baselineUnpairedFound + r.baseline.unpairedFound,
    }),
    EMPTY_TOTALS,
  );
}

const fixed = (x: number): string => x.toFixed(3);
const pad = (text: string | number, width: number): string => String(text).padStart(width);
const truncate = (text: string, max = 110): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function tableRow(pair: string, split: string, totals: Totals, target: string): string {
  const engine = scorePairs(totals.engine);
  const baseline = scorePairs(totals.baseline);
  return [
    pair.padEnd(6),
    split.padEnd(5),
    pad(totals.sets, 4),
    pad(`${totals.sentencesA}/${totals.sentencesB}`, 11),
    pad(totals.engine.gold, 6),
    ' │',
    pad(fixed(engine.precision), 6),
    pad(fixed(engine.recall), 6),
    pad(fixed(engine.f1), 6),
    pad(`${totals.engineUnpairedFound}/${totals.unpairedGold}`, 8),
    ' │',
    pad(fixed(baseline.precision), 6),
    pad(fixed(baseline.recall), 6),
    pad(fixed(baseline.f1), 6),
    pad(`${totals.baselineUnpairedFound}/${totals.unpairedGold}`, 8),
    ' │ ',
    target,
  ].join(' ');
}

/** Wrong and missed pairs of the engine on one set, grouped by sentence of A, with texts. */
function printDetails(result: Evaluated): void {
  const { prepared, engine, engineAlignment, baseline } = result;
  const { set, a, b, gold } = prepared;
  const score = scorePairs(engine.counts);
  const base = scorePairs(baseline.counts);
  console.log(`\n━━ ${set.pair}/${set.name} (${set.split}, ${set.source})`);
  console.log(
    `   product sentences A ${a.spans.length} / B ${b.spans.length}; boilerplate ${a.boilerplate}/${b.boilerplate}; ` +
      `sentences over 2+ gold units ${a.overlappingSeveralUnits}/${b.overlappingSeveralUnits}`,
  );
  console.log(
    `   engine P ${fixed(score.precision)} R ${fixed(score.recall)} F1 ${fixed(score.f1)}, ` +
      `mode ${engineAlignment.mode} (${engineAlignment.modeReason}); ` +
      `baseline F1 ${fixed(base.f1)}`,
  );
  const partners = (pairs: ReadonlySet<string>): Map<number, number[]> => {
    const byA = new Map<number, number[]>();
    for (const key of pairs) {
      const [i, j] = parsePairKey(key);
      byA.set(
        i,
        [...(byA.get(i) ?? []), j].sort((x, y) => x - y),
      );
    }
    return byA;
  };
  const goldByA = partners(gold);
  const engineByA = partners(engine.predicted);
  const beadOfA = new Map(
    engineAlignment.beads.flatMap((bead) => bead.a.map((i) => [i, bead] as const)),
  );
  const describeBead = (i: number): string => {
    const bead = beadOfA.get(i);
    if (!bead) return 'in no bead';
    const runs = (side: string, run: readonly number[]): string =>
      run.length === 0 ? '∅' : run.map((k) => `${side}${k}`).join('+');
    return `${runs('A', bead.a)} ↔ ${runs('B', bead.b)}, score ${bead.score.toFixed(2)}`;
  };
  const showB = (j: number, mark: string): string =>
    `      ${mark} B${j}  ${truncate(b.sentences[j] ?? '')}`;
  let differences = 0;
  for (let i = 0; i < a.spans.length; i++) {
    const wanted = goldByA.get(i) ?? [];
    const got = engineByA.get(i) ?? [];
    const wrong = got.filter((j) => !gold.has(pairKey(i, j)));
    const missed = wanted.filter((j) => !engine.predicted.has(pairKey(i, j)));
    if (wrong.length === 0 && missed.length === 0) continue;
    differences++;
    console.log(`   A${i}  ${truncate(a.sentences[i] ?? '')}`);
    console.log(`      engine bead: ${describeBead(i)}`);
    if (wanted.length === 0) console.log('      gold: no counterpart');
    for (const j of wanted) console.log(showB(j, missed.includes(j) ? '- missed' : '  ok    '));
    for (const j of wrong) console.log(showB(j, '+ wrong '));
  }
  if (differences === 0) console.log('   no wrong or missed pairs');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      set: { type: 'string' },
      pair: { type: 'string' },
      split: { type: 'string' },
    },
  });
  const started = performance.now();
  const sets = loadGoldSets().filter(
    (set) =>
      (!values.pair || set.pair === values.pair) &&
      (!values.split || set.split === values.split) &&
      (!values.set || values.set === set.name || values.set === `${set.pair}/${set.name}`),
  );
  if (sets.length === 0) {
    console.error('No gold sets match (tests/fixtures/align/; see scripts/build-align-gold.ts).');
    process.exit(2);
  }

  let engineMs = 0;
  let baselineMs = 0;
  const results: Evaluated[] = sets.map((set) => {
    const prepared = prepareSet(set);
    const [sideA, sideB] = alignSides(prepared);
    const engineStart = performance.now();
    const engineAlignment = alignSentences(sideA, sideB);
    engineMs += performance.now() - engineStart;
    const baselineStart = performance.now();
    const baselineBeads = alignByLength(sideA, sideB);
    baselineMs += performance.now() - baselineStart;
    return {
      prepared,
      engine: scoreBeads(prepared, engineAlignment.beads),
      engineAlignment,
      baseline: scoreBeads(prepared, baselineBeads),
    };
  });

  console.log(
    `Sentence alignment on ${results.length} gold sets: P/R/F1 over pairs of product sentences; ` +
      `"1-0" = sentences gold leaves unpaired that the aligner also left unpaired.`,
  );
  console.log(
    `${'pair'.padEnd(6)} ${'split'.padEnd(5)} ${pad('sets', 4)} ${pad('sentences', 11)} ${pad('gold', 6)}  │` +
      ` ${pad('eng P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('1-0', 8)}  │` +
      ` ${pad('G&C P', 6)} ${pad('R', 6)} ${pad('F1', 6)} ${pad('1-0', 8)}  │  target`,
  );
  let missedTarget = false;
  const pairs = [...new Set(results.map((r) => r.prepared.set.pair))];
  for (const pair of pairs) {
    const ofPair = results.filter((r) => r.prepared.set.pair === pair);
    for (const split of ['dev', 'test'] as const) {
      const ofSplit = ofPair.filter((r) => r.prepared.set.split === split);
      if (ofSplit.length > 0) console.log(tableRow(pair, split, addUp(ofSplit), ''));
    }
    const totals = addUp(ofPair);
    const target = F1_TARGETS[pair];
    let verdict = 'no target';
    if (target !== undefined) {
      const pass = scorePairs(totals.engine).f1 >= target;
      missedTarget ||= !pass;
      verdict = `F1 ≥ ${target.toFixed(2)} ${pass ? 'pass' : 'FAIL'}`;
    }
    console.log(tableRow(pair, 'all', totals, verdict));
  }

  const boilerplate = results.reduce(
    (n, r) => n + r.prepared.a.boilerplate + r.prepared.b.boilerplate,
    0,
  );
  const overlapping = results.reduce(
    (n, r) => n + r.prepared.a.overlappingSeveralUnits + r.prepared.b.overlappingSeveralUnits,
    0,
  );
  const sentences = results.reduce(
    (n, r) => n + r.prepared.a.spans.length + r.prepared.b.spans.length,
    0,
  );
  console.log(
    `Segmentation: ${sentences} product sentences, ${boilerplate} flagged boilerplate (left out), ` +
      `${overlapping} spanning two or more gold units.`,
  );
  const comparable = results.filter((r) => r.engineAlignment.mode !== 'translation');
  console.log(
    `Engine mode: ${results.length - comparable.length} sets translation, ` +
      `${comparable.length} misclassified` +
      (comparable.length > 0
        ? `: ${comparable.map((r) => `${r.prepared.set.pair}/${r.prepared.set.name} (${r.engineAlignment.mode})`).join(', ')}`
        : '.'),
  );
  console.log(
    `Time: engine ${(engineMs / 1000).toFixed(2)} s, baseline ${(baselineMs / 1000).toFixed(2)} s, ` +
      `total ${((performance.now() - started) / 1000).toFixed(2)} s.`,
  );

  if (values.set) {
    for (const result of results) printDetails(result);
  } else if (values.verbose) {
    results
      .map((result) => ({ result, f1: scorePairs(result.engine.counts).f1 }))
      .filter(({ result, f1 }) => f1 < (F1_TARGETS[result.prepared.set.pair] ?? 1))
      .sort((x, y) => x.f1 - y.f1)
      .forEach(({ result }) => printDetails(result));
  }

  if (values.check && missedTarget) process.exit(1);
}

main();
