// Quote spans over a canonical text: snapped to whole words (never half an Arabic word, never a
// lone surrogate), checked, and given the context that proves and re-anchors them. Pure: used by
// the renderer as the user selects and by main before anything is stored.
import { QUOTE_CONTEXT_CHARS } from '../domain/quotes';

/** Letters, marks (harakat, accents) and digits of any script, tatweel, apostrophes, hyphens. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640'’-]/u;
/** Zero-width non-joiner and joiner sit inside Persian and Arabic words. */
const isJoiner = (code: number): boolean => code === 0x200c || code === 0x200d;

const isWordAt = (text: string, index: number): boolean => {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (isJoiner(code)) return true;
  // A surrogate pair's halves are read together.
  if (code >= 0xdc00 && code <= 0xdfff && index > 0)
    return WORD_CHAR.test(text.slice(index - 1, index + 1));
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(index, index + 2));
  return WORD_CHAR.test(text[index] as string);
};

const isSpaceCode = (code: number): boolean =>
  code === 0x20 ||
  code === 0x0a ||
  code === 0x09 ||
  code === 0xa0 ||
  code === 0x202f ||
  code === 0x0d;

/**
 * Widens [start, end) to whole words: a boundary inside a word moves out to the word's edge; then
 * white space at either end is trimmed. Returns null when nothing but white space is selected.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from > 0 && isWordAt(text, from) && isWordAt(text, from - 1)) from--;
  while (to < text.length && isWordAt(text, to - 1) && isWordAt(text, to)) to++;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : null;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Why a span cannot be a quote of this text, in words for the user; null when it can. */
export function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'Offsets must be whole numbers.';
  if (start < 0 || end > text.length) {
    return `The span ${start}–${end} is outside the text (0–${text.length}).`;
  }
  if (end <= start) return 'A quote needs at least one character (end must be after start).';
  if (
    isLowSurrogate(text.charCodeAt(start)) ||
    (end < text.length && isLowSurrogate(text.charCodeAt(end)))
  ) {
    return 'The span cuts a character in two (inside a surrogate pair).';
  }
  if (text.slice(start, end).trim() === '') return 'A quote cannot be only white space.';
  return null;
}

/** The exact words and their context, as stored with a quote. */
export function quoteContext(
  text: string,
  start: number,
  end: number,
): { text: string; prefix: string; suffix: string } {
  let before = Math.max(0, start - QUOTE_CONTEXT_CHARS);
  if (isLowSurrogate(text.charCodeAt(before))) before++;
  let after = Math.min(text.length, end + QUOTE_CONTEXT_CHARS);
  if (after < text.length && isLowSurrogate(text.charCodeAt(after))) after--;
  return {
    text: text.slice(start, end),
    prefix: text.slice(before, start),
    suffix: text.slice(end, after),
  };
}
