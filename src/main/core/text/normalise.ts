// Folding for search and comparison: one spelling per word across case, Latin accents,
// Arabic diacritics and letter variants. Never applied to the canonical text itself.

/** Hamza carried by waw or ya: spelled ؤ in Morocco and the Levant, ئ in Egypt (مسؤول/مسئول). */
const HAMZA_ON_SEAT = /[\u0624\u0626]|[\u0648\u064a]\u0654/g;

/** Marks and invisible controls that carry no letter: harakat, Quranic marks, Latin combining
 * accents (after NFKD), tatweel, bidi controls, zero-width characters, soft hyphen. */
const REMOVED =
  '\\u0300-\\u036f\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06ed' +
  '\\u08d3-\\u08e1\\u08e3-\\u08ff\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f' +
  '\\u0640\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

const ARABIC_LETTER_VARIANTS: Record<string, string> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06cc': '\u064a', // Persian ی → ي
  '\u06a9': '\u0643', // Persian ک → ك
  '\u06c1': '\u0647', // ہ → ه
  '\u06be': '\u0647', // ھ → ه
  '\u06c0': '\u0647', // ۀ → ه
  '\u06d5': '\u0647', // ە (what ۀ decomposes to) → ه
};

const LATIN_LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
};

function digitFolds(): Record<string, string> {
  const folds: Record<string, string> = {};
  for (let d = 0; d <= 9; d++) {
    folds[String.fromCharCode(0x0660 + d)] = String(d);
    folds[String.fromCharCode(0x06f0 + d)] = String(d);
  }
  return folds;
}

const ARABIC_FOLDS: Record<string, string> = { ...ARABIC_LETTER_VARIANTS, ...digitFolds() };
const ALL_FOLDS: Record<string, string> = { ...ARABIC_FOLDS, ...LATIN_LETTER_FOLDS };

const ARABIC_PATTERN = new RegExp(`[${REMOVED}${Object.keys(ARABIC_FOLDS).join('')}]`, 'g');
const FOLD_PATTERN = new RegExp(`[${REMOVED}${Object.keys(ALL_FOLDS).join('')}]`, 'g');
const NEEDS_ARABIC_WORK =
  /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/;
const NON_ASCII = /[\u0080-\uffff]/;

const replaceWith =
  (table: Record<string, string>) =>
  (ch: string): string =>
    table[ch] ?? '';

const foldArabic = replaceWith(ARABIC_FOLDS);
const foldAny = replaceWith(ALL_FOLDS);

/**
 * Arabic orthographic normalisation: harakat, tatweel, bidi and zero-width controls removed;
 * alef forms → ا, ؤ/ئ → ء (so مسؤول and مسئول meet), ى → ي, ة → ه, Persian ی ک → ي ك,
 * Arabic-Indic digits → ASCII. Latin text passes through untouched.
 */
export function normaliseArabic(text: string): string {
  if (!NEEDS_ARABIC_WORK.test(text)) return text;
  return text.replace(HAMZA_ON_SEAT, '\u0621').replace(ARABIC_PATTERN, foldArabic);
}

function foldSlowly(text: string): string {
  const decomposed = text.replace(HAMZA_ON_SEAT, '\u0621').normalize('NFKD').toLowerCase();
  return decomposed.replace(FOLD_PATTERN, foldAny).normalize('NFC');
}

/** Fold of each UTF-16 code unit seen so far; folding is per character, so this is exact. */
const FOLDED_CHAR = new Map<number, string>();
const HAMZA_ABOVE = 0x0654;
const SEATS = new Set([0x0648, 0x064a]); // و ي
/** Scripts past Arabic may leave combining marks (Indic vowel signs, Hangul jamo) to recompose. */
const FIRST_CODE_NEEDING_NFC = 0x0900;

/**
 * The search form of a text: lower case, compatibility forms unfolded (ligatures, Arabic
 * presentation forms), Latin accents removed (é → e, œ → oe, ß → ss), Arabic normalised as in
 * normaliseArabic. Characters fold independently, so folding a text equals folding its words;
 * that lets a per-character cache do the work of NFKD + NFC on long texts.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // Most characters fold to themselves: copy unchanged runs in one slice.
  let out = '';
  let runStart = 0;
  let needsNfc = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    let folded: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length) {
      folded = foldSlowly(lower.slice(i, i + 2));
      needsNfc = true;
      width = 2;
    } else if (code === HAMZA_ABOVE && i - 1 >= runStart && SEATS.has(lower.charCodeAt(i - 1))) {
      // A decomposed ؤ or ئ: the seat letter just copied becomes the hamza.
      out += `${lower.slice(runStart, i - 1)}\u0621`;
      runStart = i + 1;
      continue;
    } else {
      const cached = FOLDED_CHAR.get(code);
      folded = cached ?? foldSlowly(lower[i] ?? '');
      if (cached === undefined) FOLDED_CHAR.set(code, folded);
      if (folded.length === 1 && folded.charCodeAt(0) === code) {
        needsNfc ||= code >= FIRST_CODE_NEEDING_NFC && code < 0xfb00;
        continue;
      }
      needsNfc ||= folded.length > 0 && folded.charCodeAt(0) >= FIRST_CODE_NEEDING_NFC;
    }
    out += lower.slice(runStart, i) + folded;
    i += width - 1;
    runStart = i + 1;
  }
  out += lower.slice(runStart);
  return needsNfc ? out.normalize('NFC') : out;
}
