// The gold alignment sets in tests/fixtures/align/ (built by scripts/build-align-gold.ts), read
// and segmented the way the product segments an imported text, ready to score any aligner on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AlignSide, Bead } from '../../src/main/core/align/types';
import { analyseText } from '../../src/main/core/text/analyse';
import {
  countPairs,
  goldPairs,
  predictedPairs,
  unitsOverlapping,
  unpairedSentences,
  type GoldLink,
  type PairCounts,
  type SentenceSpan,
} from './metrics';

export const GOLD_ROOT = fileURLToPath(new URL('../../tests/fixtures/align', import.meta.url));

/** F1 over sentence pairs each language pair must reach (dev and test together). */
export const F1_TARGETS: Readonly<Record<string, number>> = {
  'fr-en': 0.95,
  'ar-en': 0.9,
  'ar-fr': 0.9,
};

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const goldFile = z.object({
  pair: z.string(),
  languages: z.object({ a: z.string(), b: z.string() }),
  split: z.enum(['dev', 'test']),
  source: z.string(),
  links: z.array(z.object({ a: z.array(span), b: z.array(span) })),
});

export type GoldSplit = 'dev' | 'test';

export interface GoldSet {
  pair: string;
  name: string;
  split: GoldSplit;
  source: string;
  languages: { a: string; b: string };
  textA: string;
  textB: string;
  links: GoldLink[];
}

/** Every set under root (pair/set/{a.txt,b.txt,gold.json}), in pair then name order. */
export function loadGoldSets(root: string = GOLD_ROOT): GoldSet[] {
  const directories = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  return directories(root).flatMap((pairName) =>
    directories(join(root, pairName)).map((name) => {
      const dir = join(root, pairName, name);
      const gold = goldFile.parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
      return {
        pair: gold.pair,
        name,
        split: gold.split,
        source: gold.source,
        languages: gold.languages,
        textA: readFileSync(join(dir, 'a.txt'), 'utf8'),
        textB: readFileSync(join(dir, 'b.txt'), 'utf8'),
        links: gold.links,
      };
    }),
  );
}

/** One side as the product sees it: its non-boilerplate sentences, in text order. */
export interface SegmentedSide {
  spans: SentenceSpan[];
  sentences: string[];
  /** Sentences the product flagged as boilerplate (left out of alignment, and of scoring). */
  boilerplate: number;
  /** Sentences overlapping two or more gold units: the segmenter did not cut where gold does. */
  overlappingSeveralUnits: number;
}

function segmentSide(text: string, fileName: string, units: GoldLink['a'][]): SegmentedSide {
  const sentenceSegments = analyseText(text, fileName).segments.filter(
    (segment) => segment.kind === 'sentence',
  );
  const spans = sentenceSegments
    .filter((segment) => !segment.boilerplate)
    .map(({ start, end }) => ({ start, end }));
  return {
    spans,
    sentences: spans.map(({ start, end }) => text.slice(start, end)),
    boilerplate: sentenceSegments.length - spans.length,
    overlappingSeveralUnits: unitsOverlapping(spans, units.flat()).filter((u) => u.length > 1)
      .length,
  };
}

/** A gold set segmented by the product, with the sentence pairs gold asks for. */
export interface PreparedSet {
  set: GoldSet;
  a: SegmentedSide;
  b: SegmentedSide;
  gold: Set<string>;
  /** Sentences with no gold counterpart (1-0 and 0-1 links), per side. */
  goldUnpaired: { a: Set<number>; b: Set<number> };
}

export function prepareSet(set: GoldSet): PreparedSet {
  const a = segmentSide(
    set.textA,
    `${set.name}.${set.languages.a}.txt`,
    set.links.map((link) => link.a),
  );
  const b = segmentSide(
    set.textB,
    `${set.name}.${set.languages.b}.txt`,
    set.links.map((link) => link.b),
  );
  const gold = goldPairs(set.links, a.spans, b.spans);
  return {
    set,
    a,
    b,
    gold,
    goldUnpaired: {
      a: unpairedSentences(gold, 'a', a.spans.length),
      b: unpairedSentences(gold, 'b', b.spans.length),
    },
  };
}

export function alignSides(prepared: PreparedSet): [AlignSide, AlignSide] {
  return [
    { language: prepared.set.languages.a, sentences: prepared.a.sentences },
    { language: prepared.set.languages.b, sentences: prepared.b.sentences },
  ];
}

/** How one aligner did on one set. */
export interface SetResult {
  counts: PairCounts;
  predicted: Set<string>;
  /** Gold-unpaired sentences (both sides) the aligner also left unpaired, and how many exist. */
  unpairedFound: number;
  unpairedGold: number;
}

export function scoreBeads(prepared: PreparedSet, beads: readonly Bead[]): SetResult {
  const predicted = predictedPairs(beads);
  const leftA = unpairedSentences(predicted, 'a', prepared.a.spans.length);
  const leftB = unpairedSentences(predicted, 'b', prepared.b.spans.length);
  const found =
    [...prepared.goldUnpaired.a].filter((i) => leftA.has(i)).length +
    [...prepared.goldUnpaired.b].filter((j) => leftB.has(j)).length;
  return {
    counts: countPairs(predicted, prepared.gold),
    predicted,
    unpairedFound: found,
    unpairedGold: prepared.goldUnpaired.a.size + prepared.goldUnpaired.b.size,
  };
}
