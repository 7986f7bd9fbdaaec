// Words of a text with their offsets: runs of letters, digits, combining marks and in-word
// format controls (tatweel, ZWNJ, bidi marks), so 'المَغْرِب' and 'l’objectif' split as a reader would.

const IN_WORD = /[\p{L}\p{N}\p{M}\p{Cf}]/u;
/** 0 = not yet known, 1 = part of a word, 2 = separator; filled lazily per code unit. */
const IN_WORD_TABLE = new Uint8Array(0x10000);

export function isInWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = IN_WORD_TABLE[code] ?? 0;
  if (known === 0) {
    known = IN_WORD.test(String.fromCharCode(code)) ? 1 : 2;
    IN_WORD_TABLE[code] = known;
  }
  return known === 1;
}

/** Calls `visit(start, end)` for every word of text, in order. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isInWordCode(text.charCodeAt(i))) continue;
    const start = i;
    while (i < text.length && isInWordCode(text.charCodeAt(i))) i++;
    visit(start, i);
  }
}
