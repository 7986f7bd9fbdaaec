// Matching a proper name across Arabic and Latin script without a dictionary (باماكو ↔ Bamako,
// أخنوش ↔ Akhannouch). Both spellings become a skeleton over one small alphabet: consonants in
// coarse phonetic classes (uppercase, ق and ك and Latin k/q/hard c are all K), and the vowels
// Arabic writes as letters (و ي, a word-initial alef) as weak symbols (lowercase w, y, a). Latin
// a and e, which Arabic leaves unwritten, are dropped. Skeletons are compared by an edit distance
// in which weak symbols cost a quarter of a consonant and related classes (K/G, S/Z, D/T…) a
// little less than one, normalised by the longer skeleton. nameKey gives a short blocking key so
// the engine compares only names that could match.
import { stripArabicArticle } from '../search/arabic-stem';
import { foldForSearch } from '../text/normalise';

/** Below this similarity two names are not taken for spellings of each other. */
export const TRANSLITERATION_THRESHOLD = 0.8;
/**
 * Names with fewer consonants than this (مالي, Faso) leave the distance little to work with: they
 * must match up to a single weak symbol.
 */
const SHORT_NAME_CONSONANTS = 3;
const WEAK_COST = 0.25;
const RELATED_COST = 0.4;
/** Latin writes h where Arabic has none and the reverse (Mohamed / Mouhamad, Ahmed / Ahmad). */
const H_GAP_COST = 0.6;

const ARABIC_CLASSES: Readonly<Record<string, string>> = {
  ب: 'B',
  پ: 'B',
  ت: 'T',
  ط: 'T',
  ث: 'T',
  ج: 'J',
  ژ: 'J',
  ح: 'H',
  ه: 'H',
  خ: 'X',
  د: 'D',
  ض: 'D',
  ذ: 'D',
  ر: 'R',
  ز: 'Z',
  ظ: 'Z',
  س: 'S',
  ص: 'S',
  ش: 'C',
  چ: 'C',
  ف: 'F',
  ڤ: 'F',
  ق: 'K',
  ك: 'K',
  گ: 'G',
  غ: 'G',
  ل: 'L',
  م: 'M',
  ن: 'N',
  و: 'w',
  ي: 'y',
};
/** Letters a word may start with that stand for its first vowel: ا (all alef forms fold to it), ع, ء. */
const ARABIC_INITIAL_VOWELS = new Set(['ا', 'ع', 'ء']);
const TA_MARBUTA_FOLDED = 'ه';

/** Pairs of classes one spelling often renders by the other (ق as g, ج as g, ذ as z…). */
const RELATED_CLASSES = ['KG', 'KX', 'GX', 'GJ', 'SZ', 'SC', 'DT', 'DZ', 'HX', 'BF', 'JZ', 'JC'];
const isWeak = (symbol: string): boolean => symbol === 'w' || symbol === 'y' || symbol === 'a';
/** Substitution and gap costs by symbol code (skeletons are ASCII): the distance's hot loop. */
const SYMBOLS = 128;
const SUBSTITUTION = new Float64Array(SYMBOLS * SYMBOLS);
const GAP = new Float64Array(SYMBOLS).fill(1);
{
  const related = new Set(RELATED_CLASSES.flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]));
  for (let x = 0; x < SYMBOLS; x++) {
    const a = String.fromCharCode(x);
    GAP[x] = isWeak(a) ? WEAK_COST : a === 'H' ? H_GAP_COST : 1;
    for (let y = 0; y < SYMBOLS; y++) {
      const b = String.fromCharCode(y);
      let cost = 1;
      if (a === b) cost = 0;
      else if (isWeak(a) && isWeak(b)) cost = WEAK_COST;
      else if (!isWeak(a) && !isWeak(b) && related.has(a + b)) cost = RELATED_COST;
      SUBSTITUTION[x * SYMBOLS + y] = cost;
    }
  }
}

/** Appends a symbol unless it repeats the last one (nn, ss, a doubled letter). */
const append = (skeleton: string, symbol: string): string =>
  skeleton.endsWith(symbol) ? skeleton : skeleton + symbol;

/** The skeleton of an Arabic word, its article stripped: 'الرباط' → 'RBT', 'باماكو' → 'BMKw'. */
export function arabicSkeleton(word: string): string {
  const letters = stripArabicArticle(foldForSearch(word));
  let skeleton = '';
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i] ?? '';
    if (i === 0 && ARABIC_INITIAL_VOWELS.has(letter)) {
      skeleton = 'a';
      continue;
    }
    // Ta marbuta (folded to ه) and a final ه are vowels: خديجة → Khadija.
    if (letter === TA_MARBUTA_FOLDED && i === letters.length - 1 && i > 0) continue;
    const symbol = ARABIC_CLASSES[letter];
    if (symbol) skeleton = append(skeleton, symbol);
  }
  return skeleton;
}

const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const FRONT_VOWELS = new Set(['e', 'i', 'y']);
const LATIN_CLASSES: Readonly<Record<string, string>> = {
  b: 'B',
  p: 'B',
  f: 'F',
  v: 'F',
  j: 'J',
  k: 'K',
  q: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  r: 'R',
  s: 'S',
  t: 'T',
  d: 'D',
  z: 'Z',
  h: 'H',
  w: 'w',
  y: 'y',
  i: 'y',
  o: 'w',
  u: 'w',
};
/** Two- and three-letter spellings of one sound, longest first. */
const LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['sch', 'C'],
  ['tch', 'C'],
  ['kh', 'X'],
  ['gh', 'G'],
  ['ch', 'C'],
  ['sh', 'C'],
  ['th', 'T'],
  ['dh', 'D'],
  ['dj', 'J'],
  ['ph', 'F'],
  ['ck', 'K'],
  ['qu', 'K'],
  ['ou', 'w'],
  ['oo', 'w'],
  ['au', 'w'],
  ['ai', 'y'],
  ['ei', 'y'],
];
const FIRST_VOWEL_DIGRAPHS = new Set(['oo', 'au', 'ai', 'ei']);
/** Arabic article written into a Latin name: al-Bashir, el-Fasher, Al Jazeera. */
const LATIN_ARTICLE = /^(?:al|el)[-'’ ]/;

/** The skeleton of a Latin word, a written article stripped: 'Rabat' → 'RBT', 'Bamako' → 'BMKw'. */
export function latinSkeleton(word: string): string {
  const letters = foldForSearch(word).replace(LATIN_ARTICLE, '');
  let skeleton = '';
  for (let i = 0; i < letters.length;) {
    const letter = letters[i] ?? '';
    const next = letters[i + 1] ?? '';
    const digraph = LATIN_DIGRAPHS.find(([spelling]) => letters.startsWith(spelling, i));
    // A word's first vowel is its alef (below), however spelled; ou is also w (Ouagadougou).
    if (digraph && (i > 0 || !FIRST_VOWEL_DIGRAPHS.has(digraph[0]))) {
      skeleton = append(skeleton, digraph[1]);
      i += digraph[0].length;
      continue;
    }
    i++;
    if (i === 1 && LATIN_VOWELS.has(letter) && letter !== 'y') {
      // A first vowel is what Arabic writes with a first alef or ع: Ahmed, Idriss, Omar.
      skeleton = 'a';
      while (LATIN_VOWELS.has(letters[i] ?? '') && letters[i] !== 'y') i++;
    } else if (letter === 'a' || letter === 'e') {
      continue;
    } else if (letter === 'c') {
      skeleton = append(skeleton, FRONT_VOWELS.has(next) ? 'S' : 'K');
    } else if (letter === 'g') {
      // g before e/i is j (Niger, Gérard); g after n and before a consonant is silent (Washington).
      if (FRONT_VOWELS.has(next)) skeleton = append(skeleton, 'J');
      else if (!(skeleton.endsWith('N') && (next === '' || !LATIN_VOWELS.has(next)))) {
        skeleton = append(skeleton, 'G');
      }
    } else if (letter === 'x') {
      skeleton = append(append(skeleton, 'K'), 'S');
    } else {
      const symbol = LATIN_CLASSES[letter];
      if (symbol) skeleton = append(skeleton, symbol);
    }
  }
  return skeleton;
}

const countStrong = (skeleton: string): number => {
  let strong = 0;
  for (const symbol of skeleton) if (!isWeak(symbol)) strong++;
  return strong;
};

const weightOf = (skeleton: string): number => {
  const strong = countStrong(skeleton);
  return strong + (skeleton.length - strong) * WEAK_COST;
};

let previousRow = new Float64Array(32);
let currentRow = new Float64Array(32);

/** Weighted edit distance between two skeletons (see the costs above). */
function skeletonDistance(a: string, b: string): number {
  if (previousRow.length <= b.length) {
    previousRow = new Float64Array(b.length + 1);
    currentRow = new Float64Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) {
    previous[j] = (previous[j - 1] as number) + (GAP[b.charCodeAt(j - 1) & 127] as number);
  }
  for (let i = 1; i <= a.length; i++) {
    const codeA = a.charCodeAt(i - 1) & 127;
    const gapA = GAP[codeA] as number;
    const row = codeA * SYMBOLS;
    current[0] = (previous[0] as number) + gapA;
    for (let j = 1; j <= b.length; j++) {
      const codeB = b.charCodeAt(j - 1) & 127;
      current[j] = Math.min(
        (previous[j - 1] as number) + (SUBSTITUTION[row + codeB] as number),
        (previous[j] as number) + gapA,
        (current[j - 1] as number) + (GAP[codeB] as number),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** Similarity of two skeletons in [0, 1]: 1 − distance / weight of the heavier one. */
export function skeletonSimilarity(a: string, b: string): number {
  const weight = Math.max(weightOf(a), weightOf(b));
  if (weight === 0) return 0;
  return Math.max(0, 1 - skeletonDistance(a, b) / weight);
}

/**
 * Do two skeletons spell one name? Similar enough (TRANSLITERATION_THRESHOLD), and for short
 * names (two consonants or fewer) the same up to one weak symbol.
 */
export function skeletonsMatch(a: string, b: string): boolean {
  const strong = Math.min(countStrong(a), countStrong(b));
  if (strong === 0) return false;
  if (strong < SHORT_NAME_CONSONANTS) return skeletonDistance(a, b) <= WEAK_COST;
  return skeletonSimilarity(a, b) >= TRANSLITERATION_THRESHOLD;
}

/** How alike an Arabic word and a Latin word sound, in [0, 1] (1: the same skeleton). */
export function transliterationSimilarity(arabicWord: string, latinWord: string): number {
  return skeletonSimilarity(arabicSkeleton(arabicWord), latinSkeleton(latinWord));
}

/** Is the Latin word a spelling of the Arabic one (باماكو / Bamako)? */
export function isTransliteration(arabicWord: string, latinWord: string): boolean {
  return skeletonsMatch(arabicSkeleton(arabicWord), latinSkeleton(latinWord));
}

/** Coarse groups for blocking: a related-class substitution must not move a name to another bucket. */
const BLOCKING_GROUP: Readonly<Record<string, string>> = {
  G: 'K',
  X: 'K',
  J: 'K',
  Z: 'S',
  C: 'S',
  D: 'T',
  F: 'B',
};

/**
 * A blocking key: the first two consonants of a skeleton in coarse groups ('BMKw' → 'BM'). Names
 * that match have the same key unless a consonant was dropped or inserted in their first two, so
 * the engine can compare only names within a bucket.
 */
export function nameKey(skeleton: string): string {
  let key = '';
  for (const symbol of skeleton) {
    if (isWeak(symbol)) continue;
    key += BLOCKING_GROUP[symbol] ?? symbol;
    if (key.length === 2) break;
  }
  return key;
}
