// Choosing between the single-byte encodings (Arabic Windows-1256 / ISO-8859-6, Western
// Windows-1252 / ISO-8859-1) by how plausible each decoding reads, not by guessing.
import { analyse } from 'chardet';
import { isCoreArabicLetter } from './scripts';

export type SingleByteEncoding = 'iso-8859-1' | 'windows-1252' | 'windows-1256' | 'iso-8859-6';

/** Preference when two encodings decode the bytes to the same text: the narrower one first. */
const CANDIDATES: SingleByteEncoding[] = [
  'iso-8859-1',
  'windows-1252',
  'windows-1256',
  'iso-8859-6',
];
const CHARDET_NAMES: Record<string, SingleByteEncoding> = {
  'ISO-8859-1': 'iso-8859-1',
  'windows-1252': 'windows-1252',
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'iso-8859-6',
};
/** Below this mean score per word, no candidate reads as text. */
const MIN_PLAUSIBILITY = 0.25;
/** Scores this close are a tie; chardet's ranking breaks it. */
const TIE = 0.05;

// prettier-ignore
const COMMON_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'أن', 'ان', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'بين', 'كان',
  'لا', 'ما', 'le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'pour', 'que',
  'qui', 'dans', 'sur', 'au', 'par', 'the', 'of', 'and', 'to', 'in', 'is', 'for', 'that', 'on',
  'with', 'as', 'by', 'at', 'from',
]);

/** Windows-1252 0x80-0x9F; the five unassigned bytes stay C1 controls, as WHATWG decodes them. */
// prettier-ignore
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const arabicDecoders = {
  'windows-1256': new TextDecoder('windows-1256'),
  'iso-8859-6': new TextDecoder('iso-8859-6'),
};

function decodeLatin(bytes: Uint8Array, high: readonly number[] | null): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += 8192) {
    const end = Math.min(bytes.length, start + 8192);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = high && byte >= 0x80 && byte <= 0x9f ? (high[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Decode with one single-byte encoding; bytes the encoding leaves unassigned become U+FFFD.
 * The Western encodings are done by hand: Node 20's TextDecoder decodes every Latin label
 * ('windows-1252' included) as ISO-8859-1, so ’ (0x92) would come out as a C1 control.
 */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  if (encoding === 'iso-8859-1') return decodeLatin(bytes, null);
  if (encoding === 'windows-1252') return decodeLatin(bytes, WINDOWS_1252_HIGH);
  return arabicDecoders[encoding].decode(bytes);
}

const TRIM_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
  (code >= 0x7f && code <= 0x9f);

/** How a word reads: +1 a clean word of one script, -1 mojibake (symbols inside, mixed scripts). */
function wordScore(word: string): number {
  let arabic = 0;
  let arabicOther = 0;
  let ascii = 0;
  let latinExtended = 0;
  let symbols = 0;
  let caseChaos = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) ascii++;
    else if (code >= 0x30 && code <= 0x39) continue;
    else if (isCoreArabicLetter(code) || (code >= 0x064b && code <= 0x0652) || code === 0x0640)
      arabic++;
    else if (code >= 0x0600 && code <= 0x06ff) arabicOther++;
    else if (
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
      code === 0x153 ||
      code === 0x152
    ) {
      latinExtended++;
      // An accented capital after the first letter ('ÇáãÛ') is what Arabic read as Latin looks like.
      if (i > 0 && word[i] !== word[i]?.toLowerCase() && word !== word.toUpperCase())
        caseChaos = true;
    } else if (code === 0x2019 || code === 0x27 || code === 0x2d) continue;
    else symbols++;
  }
  const letters = arabic + arabicOther + ascii + latinExtended;
  if (letters === 0) return 0;
  if (symbols > 0 || caseChaos) return -1;
  if (arabic + arabicOther > 0 && ascii + latinExtended > 0) return -1;
  if (arabic + arabicOther > 0)
    return arabicOther === 0 ? 1 : arabicOther / letters < 0.2 ? 0.5 : -0.5;
  // French puts accents on short words ('à', 'où', 'là'); mojibake has runs of them ('ÇáãÛ').
  if (letters <= 2) return latinExtended <= 1 ? 1 : -1;
  return latinExtended / letters <= 0.34 ? 1 : -1;
}

/** Mean word score, with a bonus for common ar/fr/en words and a penalty for control chars. */
export function plausibility(text: string): number {
  let score = 0;
  let words = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  for (const token of text.split(/\s+/)) {
    const word = token.replace(TRIM_PUNCTUATION, '');
    const value = wordScore(word);
    if (value === 0 && !/\p{L}/u.test(word)) continue;
    words++;
    score += value + (COMMON_WORDS.has(word.toLowerCase()) ? 1 : 0);
  }
  if (words === 0) return -Infinity;
  return (score - 2 * controls) / words;
}

function chardetRanking(sample: Uint8Array): SingleByteEncoding[] {
  return analyse(sample)
    .map((match) => CHARDET_NAMES[match.name])
    .filter((name): name is SingleByteEncoding => name !== undefined);
}

/**
 * The single-byte encodings whose decoding of `sample` reads as text, best first (empty when
 * none does). Candidates that leave bytes unassigned (ISO-8859-6 has many holes) are out; two that
 * decode to the same text count once (the narrower wins); chardet only breaks near-ties.
 */
export function rankSingleByteEncodings(sample: Uint8Array): SingleByteEncoding[] {
  const seen = new Set<string>();
  const scored: { encoding: SingleByteEncoding; score: number }[] = [];
  for (const encoding of CANDIDATES) {
    const text = decodeSingleByte(sample, encoding);
    if (text.includes('\ufffd') || seen.has(text)) continue;
    seen.add(text);
    scored.push({ encoding, score: plausibility(text) });
  }
  const plausible = scored.filter((c) => c.score >= MIN_PLAUSIBILITY);
  if (plausible.length === 0) return [];
  plausible.sort((a, b) => b.score - a.score);
  const best = plausible[0]?.score ?? 0;
  const tied = plausible.filter((c) => best - c.score < TIE);
  if (tied.length > 1) {
    const ranking = chardetRanking(sample);
    const rank = (e: SingleByteEncoding): number => {
      const at = ranking.indexOf(e);
      return at === -1 ? ranking.length : at;
    };
    tied.sort((a, b) => rank(a.encoding) - rank(b.encoding));
  }
  return [...tied, ...plausible.slice(tied.length)].map((c) => c.encoding);
}
