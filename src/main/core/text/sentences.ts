// Sentence boundaries by punctuation, for Arabic, French and English news prose.
import { isInlineSpaceCode, isWhitespaceCode } from './scripts';
import type { Span } from './structure';

/** A run of sentence-final marks: . ! ? … and Arabic ؟, Urdu ۔ (، and ؛ are comma/semicolon). */
const TERMINATORS = /[.!?؟…۔‼⁇⁈⁉]+/g;
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '›', '」']);
/** Closers French typography separates by a space: 'stabilité ! »'. */
const SPACED_CLOSERS = new Set(['»', '”', '›']);

/** Tokens that end with a full stop without ending a sentence (compared case-sensitively). */
const ABBREVIATIONS = new Set(
  (
    'M MM Mme Mmes Mlle Mlles Me Dr Drs Pr Prof Mr Mrs Ms ' +
    'Gen Gén Gal Col Lt Cdt Capt Cpt Sgt Maj Adm Brig Gov Sen ' +
    'Rep Rev Hon St Ste Jr Sr Inc Ltd Co Corp vs cf env ' +
    'ex p pp vol art al approx av apr Jan Feb Aug Sept Oct ' +
    'Nov Dec janv févr déc Fig fig ch chap éd ed eds'
  ).split(' '),
);
/** Abbreviations that are only abbreviations before a number: 'No. 5', 'n° 3'. */
const ABBREVIATIONS_BEFORE_NUMBER = new Set(['No', 'no', 'Nos', 'nos', 'Art', 'Vol', 'p']);

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const HAS_LETTER = /\p{L}/u;

function tokenBefore(text: string, at: number, floor: number): string {
  let i = at;
  while (i > floor) {
    const ch = text[i - 1] ?? '';
    // Marks too: Arabic harakat and tanween sit on the word's letters ('يومًا.' is a word).
    if (ch === '.' || ch === '-' || /[\p{L}\p{M}\p{N}]/u.test(ch)) i--;
    else break;
  }
  return text.slice(i, at);
}

function isLowerCaseLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Does the full stop at text[dot] end a sentence, given the word before and after it? */
function fullStopEndsSentence(text: string, dot: number, from: number, next: string): boolean {
  const token = tokenBefore(text, dot, from);
  if (token.length === 0) return true;
  if (ABBREVIATIONS.has(token)) return false;
  if (ABBREVIATIONS_BEFORE_NUMBER.has(token) && /\d/.test(next)) return false;
  // Initials and initialisms: 'J. Smith', 'U.S.', 'e.g.', 'p. ex.', Arabic 'د.'.
  if ([...token].length === 1 && HAS_LETTER.test(token)) return false;
  if (INITIALISM.test(token)) return false;
  // A list marker at the start of a chunk: '1. ...'.
  if (/^\d{1,2}$/.test(token) && dot - token.length === from) return false;
  return true;
}

/**
 * Sentences of text[from, to), trimmed, in order, covering every non-space character.
 * A boundary needs a terminator, then (optionally) closing quotes, then whitespace, then
 * something that can start a sentence (not a lower-case Latin letter, not , ; :).
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = from;
  const chunk = text.slice(from, to);
  for (const m of chunk.matchAll(TERMINATORS)) {
    const termStart = from + m.index;
    let end = termStart + m[0].length;
    for (;;) {
      let look = end;
      while (look < to && isInlineSpaceCode(text.charCodeAt(look)) && look - end < 2) look++;
      const ch = text[look] ?? '';
      if (!CLOSERS.has(ch) || (look > end && !SPACED_CLOSERS.has(ch))) break;
      end = look + 1;
    }
    if (end < to && !isWhitespaceCode(text.charCodeAt(end))) continue;
    let nextAt = end;
    while (nextAt < to && isWhitespaceCode(text.charCodeAt(nextAt))) nextAt++;
    if (nextAt >= to) continue;
    const next = text[nextAt] ?? '';
    if (isLowerCaseLetter(next) || next === ',' || next === ';' || next === ':' || next === '،') {
      continue;
    }
    if (m[0] === '.' && !fullStopEndsSentence(text, termStart, sentenceStart, next)) {
      continue;
    }
    spans.push({ start: sentenceStart, end });
    sentenceStart = nextAt;
  }
  if (sentenceStart < to) spans.push({ start: sentenceStart, end: to });
  return mergeLetterless(text, spans);
}

/** A piece with no letters ('1.', '…', '2025.') is glued to the sentence after it (or before). */
function mergeLetterless(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  let pendingStart: number | null = null;
  for (const span of spans) {
    if (!HAS_LETTER.test(text.slice(span.start, span.end))) {
      pendingStart ??= span.start;
      continue;
    }
    merged.push({ start: pendingStart ?? span.start, end: span.end });
    pendingStart = null;
  }
  if (pendingStart !== null) {
    const last = merged.pop();
    const lastSpan = spans[spans.length - 1];
    if (lastSpan) merged.push({ start: last ? last.start : pendingStart, end: lastSpan.end });
  }
  return merged;
}
