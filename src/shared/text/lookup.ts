// Looking a name up as it is typed (a tag, a document's title, outlet or file name): case,
// accents, harakat, tatweel and alef/ya spellings do not matter, so "defense" finds "Défense" and
// تعاون finds تَعَاوُن. The app and the core fold with this one function, so a word the core finds
// in the case is one the picker's own filter keeps. Pure.

/** Folds what should not matter when looking something up by name. */
export function foldForLookup(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words typed, folded, without empties. */
export function lookupWords(typed: string): string[] {
  return foldForLookup(typed).split(' ').filter(Boolean);
}

/** Every word typed appears in the text, as foldForLookup sees both. */
export function matchesLookup(text: string, typed: string): boolean {
  const haystack = foldForLookup(text);
  return lookupWords(typed).every((word) => haystack.includes(word));
}
