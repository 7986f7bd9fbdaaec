// Cheap character classification by code point, for the hot loops that must not run a regex per char.

export type ScriptName = 'arabic' | 'latin' | 'cyrillic' | 'other';

const LETTER = /\p{L}/u;
/** 0 = not yet known, 1 = letter, 2 = not a letter; filled lazily per code unit. */
const LETTER_TABLE = new Uint8Array(0x10000);

/** Is this UTF-16 code unit a letter (any script)? Cached, for loops over long texts. */
function isLetterCode(code: number): boolean {
  let known = LETTER_TABLE[code] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_TABLE[code] = known;
  }
  return known === 1;
}

/** Letters of the Arabic script, including Persian/Urdu additions and presentation forms. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** The 28 letters (plus hamza forms, ta marbuta, alef maqsura) that Standard Arabic text uses. */
export function isCoreArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a && code !== 0x0640;
}

export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

export function isCyrillicLetter(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}

export interface ScriptCounts {
  arabic: number;
  latin: number;
  cyrillic: number;
  other: number;
  letters: number;
}

export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const counts: ScriptCounts = { arabic: 0, latin: 0, cyrillic: 0, other: 0, letters: 0 };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41) continue;
    if (isLatinLetter(code)) counts.latin++;
    else if (isArabicLetter(code)) counts.arabic++;
    else if (isCyrillicLetter(code)) counts.cyrillic++;
    else if (code >= 0x370 && isLetterCode(code)) counts.other++;
    else continue;
    counts.letters++;
  }
  return counts;
}

/** The script most letters are written in, or null when there are no letters. */
export function dominantScript(counts: ScriptCounts): ScriptName | null {
  if (counts.letters === 0) return null;
  const ranked: [ScriptName, number][] = [
    ['arabic', counts.arabic],
    ['latin', counts.latin],
    ['cyrillic', counts.cyrillic],
    ['other', counts.other],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

export function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whitespace that stays on one line (what separates words, not paragraphs). */
export function isInlineSpaceCode(code: number): boolean {
  return (
    isWhitespaceCode(code) && code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029
  );
}

/** Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digits become ASCII; same length. */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9]/.test(text)) return text;
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String.fromCharCode(0x30 + (code >= 0x06f0 ? code - 0x06f0 : code - 0x0660));
  });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** 0 = not yet known, 1 = letter or digit, 2 = neither; filled lazily per code unit. */
const WORD_CODE_TABLE = new Uint8Array(0x10000);

/** Is this UTF-16 code unit a letter or digit? (Surrogates count as letters.) */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = WORD_CODE_TABLE[code] ?? 0;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE_TABLE[code] = known;
  }
  return known === 1;
}
