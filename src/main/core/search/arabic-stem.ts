// A light Arabic stemmer after Larkey et al.'s "light10" (2007): strip the article (with the و
// ف ب ك ل it may carry) and common suffixes. No roots, no dictionary: it brings المغرب، المغربي،
// المغربية، للمغرب together and leaves broken plurals (المغاربة) alone. Unlike light10 it does
// not strip a bare initial و from indexed words (وزارة is not و + زارة); queries ask for the
// joined و ب ل instead (see JOINED_PREFIXES).

/** The article, alone or carried by و ف ب ك or ل (للمغرب = ل + ال). Longest first. */
const ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** In light10's order, on folded text (ة is already ه, so ية is يه). Each is tried once. */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/**
 * Shortest stem a suffix may leave. light10 allows 2 (قوات → قو); we keep 3 after a one-letter
 * suffix and 4 after a two-letter one, so التعاون, لبنان, البيان keep their last letters.
 */
const minStemAfter = (suffix: string): number => (suffix.length === 1 ? 3 : 4);
/** Shortest stem a query expands with joined prefixes: shorter ones collide with other words. */
export const MIN_STEM_FOR_PREFIXES = 3;

/** Conjunction and prepositions written joined to a noun without the article: ومالي، بمالي، لمالي. */
export const JOINED_PREFIXES = ['و', 'ب', 'ل', 'وب', 'ول'];

/** Strip the article and the prefixes it carries, if a stem of two letters or more remains. */
export function stripArabicArticle(word: string): string {
  const article = ARTICLES.find((a) => word.startsWith(a) && word.length - a.length >= 2);
  return article ? word.slice(article.length) : word;
}

/** Stem of one folded Arabic word (see foldForSearch): 'والمغربية' → 'مغرب', 'مالي' → 'مال'. */
export function stemArabicWord(word: string): string {
  let stem = stripArabicArticle(word);
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= minStemAfter(suffix) && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}
