// From words to index terms, and from a search-box query to the terms (and alternatives) to
// look for. Shared by indexing, FTS5 MATCH building and highlighting, so all three agree.
import { foldForSearch } from '../text/normalise';
import { isArabicLetter } from '../text/scripts';
import { forEachWord } from '../text/words';
import {
  JOINED_PREFIXES,
  MIN_STEM_FOR_PREFIXES,
  stemArabicWord,
  stripArabicArticle,
} from './arabic-stem';

export interface QueryWord {
  kind: 'word';
  /** Index terms any of which matches (the stem, and the stem with a joined prefix or plural). */
  alternatives: string[];
  /** The user typed `word*`: match terms starting with an alternative. */
  prefix: boolean;
}

export interface QueryPhrase {
  kind: 'phrase';
  /** Index terms that must appear in this order, next to each other. */
  terms: string[];
}

export type QueryPart = QueryWord | QueryPhrase;

const hasArabic = (term: string): boolean => {
  for (let i = 0; i < term.length; i++) if (isArabicLetter(term.charCodeAt(i))) return true;
  return false;
};

/** Folded pieces of a word (folding may leave separators: '½' → '1⁄2'). */
function foldedPieces(word: string): string[] {
  const folded = foldForSearch(word);
  const pieces: string[] = [];
  forEachWord(folded, (start, end) => pieces.push(folded.slice(start, end)));
  return pieces;
}

/** The index term of a word already folded: Arabic words stemmed, others as they are. */
export function termOfFoldedWord(folded: string): string {
  return hasArabic(folded) ? stemArabicWord(folded) : folded;
}

/** Index terms of one word of text: folded, Arabic words stemmed. Usually one; may be none. */
export function termsOfWord(word: string): string[] {
  return foldedPieces(word).map(termOfFoldedWord);
}

/** Other index terms a query word should also find: joined Arabic prefixes, Latin plurals. */
function alternativesOf(term: string): string[] {
  if (hasArabic(term)) {
    if (term.length < MIN_STEM_FOR_PREFIXES) return [term];
    return [term, ...JOINED_PREFIXES.map((prefix) => prefix + term)];
  }
  if (term.length < 3 || /\d/.test(term)) return [term];
  // Singular and plural find each other: défense / défenses, challenge / challenges.
  if (term.endsWith('s')) return term.length > 3 ? [term, term.slice(0, -1)] : [term];
  return [term, `${term}s`];
}

function prefixAlternativesOf(word: string): string[] {
  return foldedPieces(word).flatMap((piece) => {
    if (!hasArabic(piece)) return [piece];
    const base = stripArabicArticle(piece);
    return [base, ...JOINED_PREFIXES.map((prefix) => prefix + base)];
  });
}

/** One term is a word (with its alternatives); several must stay together as a phrase. */
function pushTerms(terms: string[], parts: QueryPart[]): void {
  const [first] = terms;
  if (terms.length > 1) parts.push({ kind: 'phrase', terms });
  else if (first) parts.push({ kind: 'word', alternatives: alternativesOf(first), prefix: false });
}

function wordsToParts(text: string, parts: QueryPart[]): void {
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    if (text[end] !== '*') {
      pushTerms(termsOfWord(word), parts);
      return;
    }
    const alternatives = [...new Set(prefixAlternativesOf(word))];
    if (alternatives.length > 0) parts.push({ kind: 'word', alternatives, prefix: true });
  });
}

const QUOTED = /"([^"]*)"|«([^»]*)»|“([^”]*)”/g;

/**
 * Words and "quoted phrases" of a query, in order. Anything else the user typed (operators,
 * brackets, a lone quote) is a separator: queries have no syntax to get wrong.
 */
export function parseQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  let at = 0;
  for (const m of query.matchAll(QUOTED)) {
    wordsToParts(query.slice(at, m.index), parts);
    const terms: string[] = [];
    const phrase = m[1] ?? m[2] ?? m[3] ?? '';
    forEachWord(phrase, (start, end) => terms.push(...termsOfWord(phrase.slice(start, end))));
    pushTerms(terms, parts);
    at = m.index + m[0].length;
  }
  wordsToParts(query.slice(at), parts);
  return parts;
}
