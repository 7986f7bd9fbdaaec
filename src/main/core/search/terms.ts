// How text becomes FTS5 index terms and a query becomes a MATCH expression; highlighting and
// snippets by the same rules. See README.md beside this file for the approach and its numbers.
import type { HighlightRange } from '../../../shared/domain';
import { isWhitespaceCode } from '../text/scripts';
import { forEachWord } from '../text/words';
import { foldForSearch } from '../text/normalise';
import { parseQuery, termOfFoldedWord, termsOfWord, type QueryPart } from './terms-query';

/**
 * The FTS5 column value for a sentence: its words folded (case, accents, Arabic diacritics and
 * letter variants) and Arabic words lightly stemmed, separated by spaces.
 * Meant for `fts5(terms, tokenize = 'unicode61 remove_diacritics 0')`.
 */
export function indexTerms(text: string): string {
  // Folding is per character, so folding the sentence once and cutting it into words gives the
  // terms termsOfWord gives word by word (highlighting relies on that), only faster.
  const folded = foldForSearch(text);
  const terms: string[] = [];
  forEachWord(folded, (start, end) => terms.push(termOfFoldedWord(folded.slice(start, end))));
  return terms.join(' ');
}

const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`;

function partToFts(part: QueryPart): string {
  if (part.kind === 'phrase') return quote(part.terms.join(' '));
  const alternatives = part.alternatives.map((a) => quote(a) + (part.prefix ? '*' : ''));
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
}

/**
 * A safe FTS5 MATCH expression for what the user typed: every word must match (AND), each
 * word as its stem or a listed alternative, "quoted phrases" in order, `word*` as a prefix.
 * Every term is quoted, so no input can produce an FTS5 syntax error. Null when the query has
 * no searchable words.
 */
export function buildMatchExpression(query: string): string | null {
  const parts = parseQuery(query);
  return parts.length === 0 ? null : parts.map(partToFts).join(' AND ');
}

/** Does an index term match the query, by the rules buildMatchExpression gives FTS5? */
function termMatcher(query: string): (term: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const part of parseQuery(query)) {
    if (part.kind === 'phrase') part.terms.forEach((t) => exact.add(t));
    else if (part.prefix) prefixes.push(...part.alternatives);
    else part.alternatives.forEach((t) => exact.add(t));
  }
  return (term) => exact.has(term) || prefixes.some((p) => term.startsWith(p));
}

/**
 * Where the query's words occur in `text` (offsets into the original text), sorted, touching
 * ranges merged. Words of a phrase are highlighted wherever they occur.
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const matches = termMatcher(query);
  const ranges: HighlightRange[] = [];
  forEachWord(text, (start, end) => {
    if (!termsOfWord(text.slice(start, end)).some(matches)) return;
    const last = ranges[ranges.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  });
  return ranges;
}

const ELLIPSIS = '…';

function backToWordStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i > floor ? i : at;
}

function backToWordEnd(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isWhitespaceCode(text.charCodeAt(i))) i--;
  while (i > floor && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i > floor ? i : at;
}

const splitsSurrogate = (text: string, at: number): boolean =>
  at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1] ?? '');

/**
 * A window of at most `maxLength` characters around the first highlight, cut at word
 * boundaries, with '…' where text was left out; highlights shifted (and clipped) to match.
 */
export function makeSnippet(
  text: string,
  ranges: HighlightRange[],
  maxLength = 240,
): { snippet: string; highlights: HighlightRange[]; excerpt: HighlightRange } {
  if (text.length <= maxLength) {
    return {
      snippet: text,
      highlights: ranges.filter((r) => r.start < r.end && r.end <= text.length),
      excerpt: { start: 0, end: text.length },
    };
  }
  const anchor = ranges[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, anchor.start - Math.floor(maxLength / 3));
  if (start > 0) start = backToWordStart(text, start, Math.max(0, start - 20));
  if (splitsSurrogate(text, start)) start++;
  let end = Math.min(text.length, start + maxLength - (start > 0 ? 1 : 0));
  if (end < text.length) {
    end -= 1;
    end = backToWordEnd(text, end, Math.max(start, anchor.end));
    if (splitsSurrogate(text, end)) end--;
  }
  const lead = start > 0 ? ELLIPSIS : '';
  const snippet = lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : '');
  const shift = lead.length - start;
  const highlights = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) + shift, end: Math.min(r.end, end) + shift }));
  return { snippet, highlights, excerpt: { start, end } };
}
