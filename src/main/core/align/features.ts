// Anchors: what two sentences in different languages can visibly share without a translation
// model. Numbers, month and weekday names, lexicon concepts, names matched across scripts by
// transliteration, and (between Latin-script languages) identical words and cognates.
import { foldForSearch } from '../text/normalise';
import type { PairFeatures } from './similarity';
import {
  arabicSkeleton,
  latinSkeleton,
  nameKey,
  skeletonSimilarity,
  skeletonsMatch,
} from './transliterate';
import type { AlignSide } from './types';
import { tokeniseForAlignment, type AlignToken } from './words';

/** What the lexicon offers the aligner: the concepts a sentence's word keys mention. */
export interface ConceptLookup {
  conceptsOf(language: string, keys: readonly string[]): number[];
  /** Whether a word key is vocabulary (then it is not taken for a name). */
  has(language: string, key: string): boolean;
}

export interface FeatureParameters {
  /** Latin words of this many letters or more also match by their first `cognatePrefix` letters. */
  cognatePrefix: number;
  /** Weight multiplier per anchor kind. */
  kindWeight: Readonly<Record<AnchorKind, number>>;
}

const ARABIC_LETTER = /[\u0600-\u06ff]/;
const isArabicWord = (surface: string): boolean => ARABIC_LETTER.test(surface);
const isCapitalised = (surface: string): boolean => {
  const first = surface[0] ?? '';
  return first !== first.toLowerCase();
};

/** Consonant classes are upper case in a skeleton, weak vowels lower case. */
const consonantCount = (skeleton: string): number => {
  let count = 0;
  for (let k = 0; k < skeleton.length; k++) {
    const code = skeleton.charCodeAt(k);
    if (code >= 65 && code <= 90) count++;
  }
  return count;
};

interface SentenceTokens {
  tokens: AlignToken[];
  concepts: number[];
  /** Quoted speech and parentheses survive translation: a quote is quoted in every language. */
  quoted: boolean;
  bracketed: boolean;
}

/** Quotation marks of the three languages (not the apostrophe: French elides with it). */
const QUOTE_MARKS = /["«»“”„‹›]/;
const BRACKETS = /[()﴾﴿[\]]/;

function readSentences(side: AlignSide, lexicon: ConceptLookup): SentenceTokens[] {
  return side.sentences.map((sentence) => {
    const tokens = tokeniseForAlignment(sentence, side.language);
    const concepts = lexicon.conceptsOf(
      side.language,
      tokens.map((t) => t.key),
    );
    return {
      tokens,
      concepts,
      quoted: QUOTE_MARKS.test(sentence),
      bracketed: BRACKETS.test(sentence),
    };
  });
}

const ANCHOR_KINDS = ['number', 'calendar', 'concept', 'word', 'cognate', 'name', 'mark'] as const;
type AnchorKind = (typeof ANCHOR_KINDS)[number];
/** Indices into ANCHOR_KINDS. */
const [NUMBER, CALENDAR, CONCEPT, WORD, COGNATE, NAME, MARK] = [0, 1, 2, 3, 4, 5, 6];
const HASH = 0x23;
/** '#' starts the keys of month and weekday names. */

/** Interns anchors as small integers, one table per pair; no key strings are built per sentence. */
class AnchorTable {
  private readonly byKind = ANCHOR_KINDS.map(() => new Map<string | number, number>());
  readonly kinds: AnchorKind[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  idOf(kind: number, key: string | number): number {
    const table = this.byKind[kind] as Map<string | number, number>;
    let id = table.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      table.set(key, id);
      this.kinds.push(ANCHOR_KINDS[kind] as AnchorKind);
      this.seen.push(0);
    }
    return id;
  }

  /** The anchor ids of one sentence, each once (before the pair's shared vocabulary is known). */
  sentenceAnchors(
    sentence: SentenceTokens,
    latinScript: boolean,
    parameters: FeatureParameters,
    names: ReadonlyMap<string, string>,
  ): number[] {
    const stamp = ++this.stamp;
    const ids: number[] = [];
    const add = (kind: number, key: string | number): void => {
      const id = this.idOf(kind, key);
      if (this.seen[id] !== stamp) {
        this.seen[id] = stamp;
        ids.push(id);
      }
    };
    for (const concept of sentence.concepts) add(CONCEPT, concept);
    if (sentence.quoted) add(MARK, 'quote');
    if (sentence.bracketed) add(MARK, 'brackets');
    for (const token of sentence.tokens) {
      if (token.kind === 'number') {
        add(NUMBER, token.key);
        continue;
      }
      if (token.key.charCodeAt(0) === HASH) {
        add(CALENDAR, token.key);
        continue;
      }
      const name = names.get(token.surface);
      if (name !== undefined) add(NAME, name);
      add(WORD, token.key);
      if (
        latinScript &&
        token.key.length > parameters.cognatePrefix &&
        !isArabicWord(token.surface)
      ) {
        add(COGNATE, token.key.slice(0, parameters.cognatePrefix));
      }
    }
    return ids;
  }
}

/**
 * Names across scripts: Arabic words the lexicon does not know against capitalised Latin words
 * of the other document; pairs that transliterate alike share a name anchor. Candidates are
 * compared only within a blocking bucket (see transliterate.ts). Returns surface → anchor key.
 */
function matchNames(
  arabic: SentenceTokens[],
  latin: SentenceTokens[],
  language: string,
  lexicon: ConceptLookup,
): Map<string, string> {
  const latinByBucket = new Map<string, { word: string; skeleton: string; strong: number }[]>();
  // A capitalised word that the document also writes in lower case is a common word at the start
  // of a sentence, not a name; so is one the lexicon knows.
  const lowerCase = new Set<string>();
  for (const sentence of latin) {
    for (const token of sentence.tokens)
      if (!isCapitalised(token.surface)) lowerCase.add(token.key);
  }
  const seenLatin = new Set<string>();
  for (const sentence of latin) {
    for (const token of sentence.tokens) {
      const word = token.surface;
      if (token.kind !== 'word' || word.length < 3 || !isCapitalised(word) || seenLatin.has(word)) {
        continue;
      }
      seenLatin.add(word);
      if (lowerCase.has(token.key) || lexicon.has(language, token.key)) continue;
      const skeleton = latinSkeleton(word);
      const bucket = nameKey(skeleton);
      const entry = { word, skeleton, strong: consonantCount(skeleton) };
      const list = latinByBucket.get(bucket);
      if (list) list.push(entry);
      else latinByBucket.set(bucket, [entry]);
    }
  }
  const names = new Map<string, string>();
  const matchOfSkeleton = new Map<string, string | null>();
  const checked = new Set<string>();
  for (const sentence of arabic) {
    for (const token of sentence.tokens) {
      const surface = token.surface;
      if (token.kind !== 'word' || checked.has(surface)) continue;
      checked.add(surface);
      if (!isArabicWord(surface) || lexicon.has('ar', token.key)) continue;
      const skeleton = arabicSkeleton(surface);
      let match = matchOfSkeleton.get(skeleton);
      if (match === undefined) {
        match = null;
        const strong = consonantCount(skeleton);
        let best = 0;
        for (const candidate of latinByBucket.get(nameKey(skeleton)) ?? []) {
          // Spellings of one name differ by one consonant at most (Mohamed / محمد has none).
          if (Math.abs(candidate.strong - strong) > 1) continue;
          if (!skeletonsMatch(skeleton, candidate.skeleton)) continue;
          const score = skeletonSimilarity(skeleton, candidate.skeleton);
          if (score > best) {
            best = score;
            match = candidate.word;
          }
        }
        matchOfSkeleton.set(skeleton, match);
      }
      if (match !== null) {
        const key = `t${foldForSearch(match)}`;
        names.set(surface, key);
        names.set(match, key);
      }
    }
  }
  return names;
}

/** Characters without white space: the length that ratios between languages are learned on. */
const visibleLength = (sentence: string): number => sentence.replace(/\s+/g, '').length;

export function extractPairFeatures(
  a: AlignSide,
  b: AlignSide,
  lexicon: ConceptLookup,
  parameters: FeatureParameters,
): PairFeatures {
  const sentencesA = readSentences(a, lexicon);
  const sentencesB = readSentences(b, lexicon);
  const arabicA = a.language === 'ar';
  const arabicB = b.language === 'ar';
  const names =
    arabicA !== arabicB
      ? arabicA
        ? matchNames(sentencesA, sentencesB, b.language, lexicon)
        : matchNames(sentencesB, sentencesA, a.language, lexicon)
      : new Map<string, string>();
  const table = new AnchorTable();
  const anchorsA = sentencesA.map((x) =>
    table.sentenceAnchors(x, a.language !== 'ar', parameters, names),
  );
  const anchorsB = sentencesB.map((x) =>
    table.sentenceAnchors(x, b.language !== 'ar', parameters, names),
  );

  // Only anchors present on both sides can tell sentences apart; count where each occurs.
  const countIn = (sides: number[][]): Int32Array => {
    const counts = new Int32Array(table.kinds.length);
    for (const ids of sides) for (const id of ids) counts[id] = (counts[id] as number) + 1;
    return counts;
  };
  const inA = countIn(anchorsA);
  const inB = countIn(anchorsB);
  const compact = new Int32Array(table.kinds.length).fill(-1);
  const weights: number[] = [];
  const total = anchorsA.length + anchorsB.length;
  const toShared = (ids: number[], other: Int32Array): Int32Array => {
    const shared: number[] = [];
    for (const id of ids) {
      if (other[id] === 0) continue;
      if (compact[id] === -1) {
        compact[id] = weights.length;
        const frequency = (inA[id] as number) + (inB[id] as number);
        weights.push(
          Math.log(1 + total / frequency) * parameters.kindWeight[table.kinds[id] as AnchorKind],
        );
      }
      shared.push(compact[id] as number);
    }
    return Int32Array.from(shared).sort();
  };
  return {
    a: anchorsA.map((ids) => toShared(ids, inB)),
    b: anchorsB.map((ids) => toShared(ids, inA)),
    lengthsA: a.sentences.map(visibleLength),
    lengthsB: b.sentences.map(visibleLength),
    weight: Float64Array.from(weights),
  };
}
