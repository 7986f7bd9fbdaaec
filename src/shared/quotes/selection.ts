// From what the user selected to the span a quote stores: offsets found in the rendered text are
// put back in order, kept off the middle of a surrogate pair and snapped to whole words; and a
// quote's span grows or shrinks a word at a time. Pure.
import { snapToWords } from './spans';

export interface TextSpan {
  start: number;
  end: number;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The quote span for a selection between two canonical offsets (in either order): never cuts a
 * character in two, then widens to whole words and trims white space. Null when nothing but white
 * space is selected.
 */
export function spanForSelection(text: string, anchor: number, focus: number): TextSpan | null {
  let start = Math.max(0, Math.min(anchor, focus, text.length));
  let end = Math.min(text.length, Math.max(anchor, focus, 0));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  return snapToWords(text, start, end);
}

/**
 * The first index in [0, count) for which `after` is true, given that it is false and then true
 * (count when never): a binary search over rendered runs in document order.
 */
export function partitionPoint(count: number, after: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Word characters as snapToWords reads them (letters, marks, digits of any script and the joiners
// inside words); a code unit at a time is enough here, since steps land on word edges.
const WORD_UNIT = /[\p{L}\p{M}\p{N}\u0640'’-]/u;

function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x200c || code === 0x200d) return true;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_UNIT.test(text.slice(index, index + 2));
  if (isLowSurrogate(code) && index > 0) return WORD_UNIT.test(text.slice(index - 1, index + 1));
  return WORD_UNIT.test(text[index] ?? '');
}

/** The end of the next word at or after `from`. */
function nextWordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isWordUnit(text, at)) at++;
  while (at < text.length && isWordUnit(text, at)) at++;
  return at;
}

/** The start of the previous word at or before `from`. */
function previousWordStart(text: string, from: number): number {
  let at = from;
  while (at > 0 && !isWordUnit(text, at - 1)) at--;
  while (at > 0 && isWordUnit(text, at - 1)) at--;
  return at;
}

export type SpanEdge = 'start' | 'end';
export type SpanStep = 'extend' | 'shrink';

/**
 * Moves one edge of a quote by a word: extending takes in the next word outside it, shrinking
 * lets go of the word at that edge (with the white space and punctuation before the next one).
 * Returns the span unchanged when the step would leave it empty or run off the text.
 */
export function stepSpan(text: string, span: TextSpan, edge: SpanEdge, step: SpanStep): TextSpan {
  let { start, end } = span;
  if (edge === 'start' && step === 'extend') start = previousWordStart(text, start);
  if (edge === 'end' && step === 'extend') end = nextWordEnd(text, end);
  if (edge === 'start' && step === 'shrink') {
    start = nextWordEnd(text, start);
    while (start < end && !isWordUnit(text, start)) start++;
  }
  if (edge === 'end' && step === 'shrink') {
    end = previousWordStart(text, end);
    while (end > start && !isWordUnit(text, end - 1)) end--;
  }
  const snapped = start < end ? snapToWords(text, start, end) : null;
  return snapped ?? span;
}
