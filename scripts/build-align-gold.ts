// Builds the sentence-alignment gold sets in tests/fixtures/align/ from FLORES-200 devtest and
// TICO-19: each set is one document pair written as running text in paragraphs, with sentences
// merged, split or left out on one side, and gold links as character spans into the two texts.
// The output is committed (CI has no copy of the data); this script only regenerates it and is
// deterministic. tests/fixtures/align/SOURCE.md describes the derivation in words.
// Run: npx tsx scripts/build-align-gold.ts [--data /work/shared/data]
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

type Language = 'en' | 'ar' | 'fr';
type Side = 'a' | 'b';
type Split = 'dev' | 'test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'tests/fixtures/align');

const PAIRS: readonly { name: string; a: Language; b: Language }[] = [
  { name: 'fr-en', a: 'fr', b: 'en' },
  { name: 'ar-en', a: 'ar', b: 'en' },
  { name: 'ar-fr', a: 'ar', b: 'fr' },
];

/** Chances per source sentence of each edit; edits that do not fit the sentence fall back to 1-1. */
const MERGE_CHANCE = 0.12;
const SPLIT_CHANCE = 0.19;
const OMIT_CHANCE = 0.05;

/** Longer TICO-19 documents are cut here: the fixtures stay small and sets stay comparable. */
const MAX_TICO_SENTENCES = 120;
/** FLORES excerpts (1-6 sentences) are joined, within one domain, into documents this long. */
const FLORES_MIN_SENTENCES = 15;
const FLORES_MAX_SENTENCES = 30;

/**
 * TICO-19's French is not a translation of these documents: from PubMed_8 on, its French lines
 * belong to other sentences (shifted by dozens of lines), through Wikinews_1 and Wikinews_3.
 * Found by matching numbers, names and cognates of every French line against all English lines.
 */
const TICO_BROKEN_FRENCH = new Set(['PubMed_8', 'Wikinews_1', 'Wikinews_3']);
/** A list of unrelated one-line sentences, not running text. */
const TICO_NOT_RUNNING_TEXT = new Set(['CMU_1']);

/** One line of the source: a sentence (sometimes two or three) and its translations. */
interface SourceLine {
  en: string;
  ar: string;
  fr: string;
}

/** A document before layout: blocks are runs of lines that must not share a paragraph. */
interface SourceDocument {
  name: string;
  source: string;
  split: Split;
  blocks: SourceLine[][];
  /** Languages this document may be used for. */
  languages: readonly Language[];
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const cleanText = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const names = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** Ends like a sentence in running text; headings, list items and lead-ins ending ':' do not. */
const ENDS_SENTENCE = /[.!?؟…]["'”’»)\]]*$/u;

const endsLikeSentence = (sentence: SourceLine): boolean =>
  [sentence.en, sentence.ar, sentence.fr].every((text) => ENDS_SENTENCE.test(text));

/** Cut before nothing, after every sentence that does not end like one in any of the languages. */
function blocksOf(sentences: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const sentence of sentences) {
    block.push(sentence);
    if (!endsLikeSentence(sentence)) {
      blocks.push(block);
      block = [];
    }
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

function ticoDocuments(dataDir: string): SourceDocument[] {
  const byDoc = new Map<string, { number: number; sentence: SourceLine }[]>();
  for (const row of readTsv(join(dataDir, 'tico19/tico19_en_ar_fr.tsv'))) {
    const docId = row['doc_id'] ?? '';
    if (TICO_NOT_RUNNING_TEXT.has(docId)) continue;
    const sentence = {
      en: cleanText(row['en'] ?? ''),
      ar: cleanText(row['ar'] ?? ''),
      fr: cleanText(row['fr'] ?? ''),
    };
    const list = byDoc.get(docId) ?? [];
    list.push({ number: Number(row['sent_no']), sentence });
    byDoc.set(docId, list);
  }
  return [...byDoc].map(([docId, rows]) => {
    const ordered = rows.sort((x, y) => x.number - y.number).slice(0, MAX_TICO_SENTENCES);
    const first = ordered[0]?.number ?? 0;
    const last = ordered[ordered.length - 1]?.number ?? 0;
    return {
      name: `tico19-${docId.toLowerCase().replace(/_/g, '-')}`,
      source: `tico19:${docId}:${first}-${last}`,
      split: 'dev',
      blocks: blocksOf(ordered.map((row) => row.sentence)),
      languages: TICO_BROKEN_FRENCH.has(docId) ? ['en', 'ar'] : ['en', 'ar', 'fr'],
    };
  });
}

/** Consecutive excerpts of one domain joined into documents of 15-30 sentences. */
function floresDocuments(dataDir: string): SourceDocument[] {
  const rows = readTsv(join(dataDir, 'flores200-devtest/flores200_devtest_en_ar_fr.tsv'));
  interface Excerpt {
    docIndex: string;
    domain: string;
    lineNumbers: number[];
    lines: SourceLine[];
  }
  const excerpts: Excerpt[] = [];
  let excerpt: Excerpt | undefined;
  for (const row of rows) {
    const docIndex = row['doc_idx'] ?? '';
    if (!excerpt || excerpt.docIndex !== docIndex) {
      excerpt = { docIndex, domain: row['domain'] ?? '', lineNumbers: [], lines: [] };
      excerpts.push(excerpt);
    }
    excerpt.lineNumbers.push(Number(row['line']));
    excerpt.lines.push({
      en: cleanText(row['eng_Latn'] ?? ''),
      ar: cleanText(row['arb_Arab'] ?? ''),
      fr: cleanText(row['fra_Latn'] ?? ''),
    });
  }

  const random = mulberry32(seedOf('flores-documents'));
  const target = (): number =>
    FLORES_MIN_SENTENCES + Math.floor(random() * (FLORES_MAX_SENTENCES - FLORES_MIN_SENTENCES + 1));
  const groups: { domain: string; excerpts: Excerpt[] }[] = [];
  let size = 0;
  let wanted = target();
  for (const next of excerpts) {
    const current = groups[groups.length - 1];
    if (current && current.domain === next.domain && size < wanted) {
      current.excerpts.push(next);
    } else {
      // A domain's short remainder joins the document before it rather than standing alone.
      if (current && size < FLORES_MIN_SENTENCES / 2) {
        const previous = groups[groups.length - 2];
        if (previous && previous.domain === current.domain) {
          previous.excerpts.push(...current.excerpts);
          groups.pop();
        }
      }
      groups.push({ domain: next.domain, excerpts: [next] });
      size = 0;
      wanted = target();
    }
    size += next.lines.length;
  }

  const numbers = new Map<string, number>();
  return groups.map((group) => {
    const number = (numbers.get(group.domain) ?? 0) + 1;
    numbers.set(group.domain, number);
    const lineNumbers = group.excerpts.flatMap((member) => member.lineNumbers);
    return {
      name: `flores-${group.domain}-${String(number).padStart(2, '0')}`,
      source: `flores200-devtest:${lineNumbers[0]}-${lineNumbers[lineNumbers.length - 1]}`,
      split: 'test',
      blocks: group.excerpts.flatMap((member) => blocksOf(member.lines)),
      languages: ['en', 'ar', 'fr'],
    };
  });
}

/** Paragraph sizes of 2-5 sentences for a block, never leaving a one-sentence remainder. */
function paragraphSizes(count: number, random: () => number): number[] {
  const sizes: number[] = [];
  let left = count;
  while (left > 0) {
    if (left <= 5 && (left < 4 || random() < 0.5)) {
      sizes.push(left);
      break;
    }
    const size = 2 + Math.floor(random() * (Math.min(5, left - 2) - 1));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** The document's paragraphs (of 2-5 lines); the same layout for every pair. */
function layOut(document: SourceDocument): SourceLine[][] {
  const random = mulberry32(seedOf(`layout/${document.name}`));
  const paragraphs: SourceLine[][] = [];
  for (const block of document.blocks) {
    let at = 0;
    for (const size of paragraphSizes(block.length, random)) {
      paragraphs.push(block.slice(at, at + size));
      at += size;
    }
  }
  return paragraphs;
}

/** Tokens before a full stop that do not end a sentence (initials and initialisms aside). */
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Drs St Ste Jr Sr Mt Ft No Nos Inc Ltd Co Corp Gen Col Lt Sgt Capt Prof Gov ' +
    'Sen Rep Rev M MM Mme Mmes Mlle Pr vs etc al cf approx av apr env p pp vol art ch fig ed éd ' +
    'Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec janv févr avr juil déc'
  ).split(' '),
);

/**
 * The sentences of one line, cut only where a reader would not hesitate: a terminator, then a
 * capital, an Arabic letter or a digit, and before it a word that is not an abbreviation or an
 * initial. Used to pair the sentences of a two-sentence line one by one.
 */
function sentencesOfLine(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?؟…]+["'”’»)\]]*\s+(?=["'“«(]?[\p{Lu}\p{Lo}\p{N}])/gu)) {
    const before = /([\p{L}\p{M}\p{N}.'’-]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
    const initial = [...before.replace(/\p{M}/gu, '')].length === 1;
    if (before.includes('.') || initial || ABBREVIATIONS.has(before)) continue;
    sentences.push(text.slice(start, m.index + m[0].trimEnd().length));
    start = m.index + m[0].length;
  }
  sentences.push(text.slice(start));
  return sentences;
}

const digitsOf = (text: string): Set<string> =>
  new Set(
    [
      ...text
        .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
        .matchAll(/\d[\d,. ]*\d|\d/g),
    ].map((m) => m[0].replace(/[,. ]/g, '')),
  );

/** One unit of a pair before edits: a sentence and its translation. */
interface PairUnit {
  a: string;
  b: string;
}

/** Largest difference between the two sides in one sentence's share of the line's length. */
const MAX_SHARE_DIFFERENCE = 0.15;

/**
 * A line as units of the pair: its sentences one by one when both sides have the same number
 * of them, in proportion by length, with no number in the wrong sentence; else the whole line
 * (a translator who joined, split or reordered sentences inside a line is kept as one unit).
 */
function pairUnits(line: SourceLine, a: Language, b: Language): PairUnit[] {
  const sentencesA = sentencesOfLine(line[a]);
  const sentencesB = sentencesOfLine(line[b]);
  const whole = [{ a: line[a], b: line[b] }];
  if (sentencesA.length < 2 || sentencesA.length !== sentencesB.length) return whole;
  const units = sentencesA.map((sentence, k) => ({ a: sentence, b: sentencesB[k] ?? '' }));
  const digitsB = units.map((unit) => digitsOf(unit.b));
  const consistent = units.every((unit, k) => {
    const shareA = unit.a.length / line[a].length;
    const shareB = unit.b.length / line[b].length;
    const digitsA = digitsOf(unit.a);
    const shares = (digits: ReadonlySet<string>): boolean =>
      [...digits].some((digit) => digitsA.has(digit));
    const ownDigits = shares(digitsB[k] ?? new Set());
    const misplaced = digitsB.some((digits, other) => other !== k && shares(digits));
    return Math.abs(shareA - shareB) <= MAX_SHARE_DIFFERENCE && (ownDigits || !misplaced);
  });
  return consistent ? units : whole;
}

const LOWER_CASE_ABBREVIATIONS = new Set(['al', 'etc', 'approx', 'cf', 'vs', 'ex', 'vol', 'env']);

/** Where a sentence's final full stop may become a joint: after a plain word or number. */
function canJoinAfter(text: string): boolean {
  const m = /([\p{L}\p{N}.]+)\)?\.$/u.exec(text);
  if (!m) return false;
  const token = m[1] ?? '';
  return token.length >= 2 && !token.includes('.') && !LOWER_CASE_ABBREVIATIONS.has(token);
}

/** Lower-case the first word when the corpus also uses it in lower case (so it is not a name). */
function lowerCaseStart(text: string, lowerWords: ReadonlySet<string>): string {
  const m = /^(\p{Lu})(\p{Ll}*)(?![\p{L}\p{N}])/u.exec(text);
  if (!m) return text;
  const lowered = m[0].toLowerCase();
  return lowerWords.has(lowered) ? lowered + text.slice(m[0].length) : text;
}

/** Two sentences joined into one, or null when the first does not end in a plain full stop. */
function mergeSentences(
  first: string,
  second: string,
  language: Language,
  lowerWords: ReadonlySet<string>,
  random: () => number,
): string | null {
  if (!canJoinAfter(first)) return null;
  const stem = first.slice(0, -1);
  if (language === 'ar') {
    const startsWithArabicWord = /^[\u0621-\u064a]/u.test(second) && !second.startsWith('و');
    return startsWithArabicWord && random() < 0.5 ? `${stem}، و${second}` : `${stem}؛ ${second}`;
  }
  const rest = lowerCaseStart(second, lowerWords);
  if (random() < 0.5) return `${stem}; ${rest}`;
  return `${stem}, ${language === 'fr' ? 'et' : 'and'} ${rest}`;
}

const SPLIT_MIN_PART_CHARS = 40;

function balancedBefore(text: string, end: number): boolean {
  const count = (ch: string): number => text.slice(0, end).split(ch).length - 1;
  return (
    count('(') === count(')') &&
    count('[') === count(']') &&
    count('«') === count('»') &&
    count('“') === count('”') &&
    count('"') % 2 === 0
  );
}

/** A sentence cut in two at the comma nearest its middle, or null when none fits. */
function splitSentence(text: string, language: Language): [string, string] | null {
  const comma = language === 'ar' ? /[،,] /gu : /, /gu;
  let best: number | null = null;
  for (const m of text.matchAll(comma)) {
    const at = m.index;
    if (at < SPLIT_MIN_PART_CHARS || text.length - at - 2 < SPLIT_MIN_PART_CHARS) continue;
    if (at < text.length * 0.3 || at > text.length * 0.7) continue;
    if (!balancedBefore(text, at)) continue;
    const before = /([\p{L}\p{N}]+)$/u.exec(text.slice(0, at))?.[1] ?? '';
    if (!/^(?:\p{Ll}{3,}|\p{Lo}{2,})$/u.test(before)) continue;
    if (LOWER_CASE_ABBREVIATIONS.has(before)) continue;
    if (!/^\p{L}/u.test(text.slice(at + 2))) continue;
    if (best === null || Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2)) {
      best = at;
    }
  }
  if (best === null) return null;
  const rest = text.slice(best + 2);
  return [`${text.slice(0, best)}.`, rest.charAt(0).toUpperCase() + rest.slice(1)];
}

interface Piece {
  text: string;
  unit: number;
}

interface GoldLink {
  a: [number, number][];
  b: [number, number][];
}

interface BuiltSet {
  textA: string;
  textB: string;
  links: GoldLink[];
  counts: {
    lines: number;
    units: number;
    links: number;
    merged: number;
    split: number;
    omitted: number;
  };
}

function lowerCaseWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu)) words.add(m[0]);
  }
  return words;
}

/** Paragraphs of pieces to text, and each unit's span in it. */
function render(paragraphs: Piece[][]): { text: string; spans: Map<number, [number, number]> } {
  const spans = new Map<number, [number, number]>();
  let text = '';
  for (const paragraph of paragraphs.filter((p) => p.length > 0)) {
    if (text.length > 0) text += '\n\n';
    paragraph.forEach((piece, k) => {
      if (k > 0) text += ' ';
      spans.set(piece.unit, [text.length, text.length + piece.text.length]);
      text += piece.text;
    });
  }
  return { text: `${text}\n`, spans };
}

function buildSet(
  document: SourceDocument,
  pair: { a: Language; b: Language },
  seed: string,
  lowerWordsOf: Record<Language, ReadonlySet<string>>,
): BuiltSet {
  const random = mulberry32(seedOf(seed));
  const paragraphs = layOut(document);
  const languageOf: Record<Side, Language> = pair;
  const out: Record<Side, Piece[][]> = { a: [], b: [] };
  const placed: Record<Side, Piece[]> = { a: [], b: [] };
  const links: Record<Side, number[]>[] = [];
  const counts = { lines: 0, units: 0, links: 0, merged: 0, split: 0, omitted: 0 };
  const textOfUnit: string[] = [];
  const place = (side: Side, text: string): number => {
    const piece = { text, unit: textOfUnit.length };
    textOfUnit.push(text);
    placed[side].push(piece);
    return piece.unit;
  };
  const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

  for (const paragraph of paragraphs) {
    placed.a = [];
    placed.b = [];
    out.a.push(placed.a);
    out.b.push(placed.b);
    const units = paragraph.flatMap((line) => pairUnits(line, pair.a, pair.b));
    counts.lines += paragraph.length;
    counts.units += units.length;
    let mergedIntoPrevious = false;
    units.forEach((here, k) => {
      if (mergedIntoPrevious) {
        mergedIntoPrevious = false;
        return;
      }
      const next = units[k + 1];
      const roll = random();
      const side: Side = random() < 0.5 ? 'a' : 'b';
      const link: Record<Side, number[]> = { a: [], b: [] };
      // A heading or list lead-in (the last of its block) is never merged into the sentence before.
      const merged =
        roll < MERGE_CHANCE && next && ENDS_SENTENCE.test(next.a) && ENDS_SENTENCE.test(next.b)
          ? mergeSentences(
              here[side],
              next[side],
              languageOf[side],
              lowerWordsOf[languageOf[side]],
              random,
            )
          : null;
      const parts =
        roll >= MERGE_CHANCE && roll < MERGE_CHANCE + SPLIT_CHANCE
          ? splitSentence(here[side], languageOf[side])
          : null;
      if (merged && next) {
        link[side] = [place(side, merged)];
        link[other(side)] = [
          place(other(side), here[other(side)]),
          place(other(side), next[other(side)]),
        ];
        counts.merged++;
        mergedIntoPrevious = true;
      } else if (parts) {
        link[side] = parts.map((part) => place(side, part));
        link[other(side)] = [place(other(side), here[other(side)])];
        counts.split++;
      } else if (
        roll >= MERGE_CHANCE + SPLIT_CHANCE &&
        roll < MERGE_CHANCE + SPLIT_CHANCE + OMIT_CHANCE
      ) {
        link[other(side)] = [place(other(side), here[other(side)])];
        counts.omitted++;
      } else {
        link.a = [place('a', here.a)];
        link.b = [place('b', here.b)];
      }
      links.push(link);
    });
  }
  counts.links = links.length;

  const rendered = { a: render(out.a), b: render(out.b) };
  const spanOf = (side: Side, unit: number): [number, number] => {
    const span = rendered[side].spans.get(unit);
    if (!span || rendered[side].text.slice(span[0], span[1]) !== textOfUnit[unit]) {
      throw new Error(`${seed}: unit ${unit} is not where its span says`);
    }
    return span;
  };
  return {
    textA: rendered.a.text,
    textB: rendered.b.text,
    links: links.map((link) => ({
      a: link.a.map((unit) => spanOf('a', unit)),
      b: link.b.map((unit) => spanOf('b', unit)),
    })),
    counts,
  };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const dataDir = values.data ?? '/work/shared/data';
  const documents = [...ticoDocuments(dataDir), ...floresDocuments(dataDir)];
  const allLines = documents.flatMap((document) => document.blocks.flat());
  const lowerWordsOf: Record<Language, ReadonlySet<string>> = {
    en: lowerCaseWords(allLines.map((line) => line.en)),
    ar: new Set(),
    fr: lowerCaseWords(allLines.map((line) => line.fr)),
  };

  for (const pair of PAIRS) {
    const pairDir = join(OUT, pair.name);
    rmSync(pairDir, { recursive: true, force: true });
    const sets = { dev: 0, test: 0 };
    const totals = { lines: 0, units: 0, links: 0, merged: 0, split: 0, omitted: 0 };
    for (const document of documents) {
      if (!document.languages.includes(pair.a) || !document.languages.includes(pair.b)) continue;
      const built = buildSet(document, pair, `${pair.name}/${document.name}`, lowerWordsOf);
      const setDir = join(pairDir, document.name);
      mkdirSync(setDir, { recursive: true });
      writeFileSync(join(setDir, 'a.txt'), built.textA);
      writeFileSync(join(setDir, 'b.txt'), built.textB);
      const gold = {
        pair: pair.name,
        languages: { a: pair.a, b: pair.b },
        split: document.split,
        source: document.source,
        links: built.links,
      };
      writeFileSync(join(setDir, 'gold.json'), `${JSON.stringify(gold)}\n`);
      sets[document.split]++;
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
        totals[key] += built.counts[key];
      }
    }
    const percent = (n: number): string => `${((100 * n) / totals.links).toFixed(1)}%`;
    console.log(
      `${pair.name}: ${sets.dev} dev + ${sets.test} test sets; ${totals.lines} source lines, ` +
        `${totals.units} sentence pairs, ${totals.links} links: ${percent(totals.merged)} merges, ` +
        `${percent(totals.split)} splits, ${percent(totals.omitted)} omissions; ` +
        `${(directorySize(pairDir) / 1e6).toFixed(2)} MB`,
    );
  }
  console.log(`total ${(directorySize(OUT) / 1e6).toFixed(2)} MB in ${OUT}`);
}

main();
