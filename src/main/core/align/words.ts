// Words of a sentence as the aligner compares them across languages: folded, function words
// dropped, lightly stemmed, numbers written one way, and month and weekday names replaced by keys
// that are the same in every language (#month:3 for March, مارس, آذار and mars).
import { stemArabicWord, stripArabicArticle } from '../search/arabic-stem';
import { foldForSearch } from '../text/normalise';
import { isArabicLetter } from '../text/scripts';
import { isInWordCode } from '../text/words';

export interface AlignToken {
  /** As written; for a two-word month name (كانون الثاني) both words and the space between. */
  surface: string;
  /** What tokens are compared by: equal keys are the same word, number, month or weekday. */
  key: string;
  kind: 'word' | 'number';
}

/** The languages with their own stop words and stemming; any other gets the English rules. */
export type AlignLanguage = 'ar' | 'fr' | 'en';

export const MONTH_KEY_PREFIX = '#month:';
export const DAY_KEY_PREFIX = '#day:';

/** 'fr-FR' → 'fr'; languages without rules of their own read as English. */
export function alignLanguageOf(language: string): AlignLanguage {
  if (language === 'ar' || language === 'fr' || language === 'en') return language;
  const base = language.slice(0, 2).toLowerCase();
  return base === 'ar' || base === 'fr' ? base : 'en';
}

const foldAll = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map((word) => foldForSearch(word)));

// Function words: too frequent to say anything about which sentence matches which, and costly to
// compare. Content-bearing verbs (said, قال, dit) are not here: the lexicon pairs them.
// prettier-ignore
const ENGLISH_STOP_WORDS = foldAll([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into',
  'onto', 'over', 'under', 'about', 'above', 'below', 'up', 'down', 'out', 'off', 'and', 'or', 'but',
  'nor', 'so', 'yet', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it',
  'its', 'he', 'she', 'they', 'we', 'you', 'i', 'me', 'him', 'her', 'us', 'them', 'his', 'hers',
  'their', 'theirs', 'our', 'ours', 'your', 'yours', 'my', 'mine', 'myself', 'yourself', 'himself',
  'herself', 'itself', 'ourselves', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'when',
  'where', 'why', 'how', 'all', 'any', 'both', 'each', 'every', 'few', 'more', 'most', 'other',
  'some', 'such', 'no', 'not', 'only', 'own', 'same', 'too', 'very', 'can', 'could', 'will',
  'would', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'doing', 'be', 'is',
  'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'just', 'also', 'as',
  'because', 'while', 'until', 'against', 'between', 'through', 'during', 'before', 'after',
  'again', 'further', 'once', 'don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'won',
  'wouldn', 'couldn', 'shouldn', 'hasn', 'haven', 'hadn', 'ain', 'll', 've', 're', 'st', 'nd',
  'rd', 'th', 'al', 'el', 'mr', 'mrs', 'ms', 'etc', 'per', 'via', 'though', 'although', 'however',
  'whether', 'either', 'neither', 'among', 'amongst', 'upon', 'within', 'around', 'across', 'along',
  'toward', 'towards', 'since', 'unless', 'whereas', 'thus', 'therefore', 'hence', 'indeed',
  'even', 'still', 'already', 'always', 'never', 'ever', 'often', 'perhaps', 'maybe', 'quite',
  'rather', 'much', 'many', 'something', 'anything', 'nothing', 'everything', 'someone', 'anyone',
  'everyone', 'somebody', 'anybody', 'nobody', 'everybody', 'another', 'else', 'whose', 'whom',
  'onto', 'beside', 'besides', 'despite', 'according', 'well', 'cannot', 'oh', 'let', 'us',
]);

// prettier-ignore
const FRENCH_STOP_WORDS = foldAll([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'et', 'ou', 'où',
  'ni', 'mais', 'donc', 'or', 'car', 'que', 'qu', 'qui', 'quoi', 'dont', 'ce', 'cet', 'cette',
  'ces', 'c', 'ça', 'se', 's', 'sa', 'son', 'ses', 'leur', 'leurs', 'lui', 'elle', 'elles', 'il',
  'ils', 'on', 'nous', 'vous', 'je', 'j', 'me', 'm', 'te', 't', 'tu', 'moi', 'toi', 'soi', 'y',
  'en', 'ne', 'n', 'pas', 'plus', 'moins', 'très', 'trop', 'aussi', 'ainsi', 'alors', 'comme',
  'si', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'vers', 'entre', 'contre',
  'depuis', 'pendant', 'avant', 'après', 'selon', 'lors', 'lorsque', 'lorsqu', 'puisque',
  'puisqu', 'quand', 'jusqu', 'jusque', 'quoiqu', 'hui', 'déjà', 'encore', 'toujours', 'jamais',
  'souvent', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres', 'même', 'mêmes', 'tel',
  'telle', 'tels', 'telles', 'quel', 'quelle', 'quels', 'quelles', 'chaque', 'plusieurs',
  'certains', 'certaines', 'aucun', 'aucune', 'est', 'sont', 'était', 'étaient', 'été', 'être',
  'sera', 'seront', 'serait', 'seraient', 'suis', 'es', 'sommes', 'êtes', 'soit', 'soient', 'fut',
  'ai', 'as', 'a', 'avons', 'avez', 'ont', 'avait', 'avaient', 'avoir', 'aura', 'auront', 'aurait',
  'auraient', 'eu', 'ait', 'aient', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'celles', 'ici',
  'là', 'beaucoup', 'peu', 'tant', 'puis', 'enfin', 'notamment', 'également', 'cependant',
  'toutefois', 'pourtant', 'afin', 'parce', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
  'duquel', 'auquel', 'auxquels', 'auxquelles', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma',
  'mes', 'ton', 'ta', 'tes', 'eux', 'dès', 'via', 'outre', 'sein', 'etc', 'er', 'ère', 'ème',
  'èmes', 'al', 'el', 'mme', 'mm', 'peut', 'peuvent', 'pourrait', 'pourraient', 'doit', 'doivent',
  'devrait', 'devraient', 'bien', 'non', 'oui', 'quelque', 'quelques', 'rien',
  'quelqu', 'chacun', 'chacune', 'voici', 'voilà', 'assez', 'vraiment', 'surtout',
  'presque', 'environ', 'parmi', 'envers', 'malgré', 'hormis', 'sauf', 'ailleurs', 'aussitôt',
  'tandis', 'dessus', 'dessous', 'ci', 'ô',
]);

// prettier-ignore
const ARABIC_STOP_WORDS = foldAll([
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حتى', 'منذ', 'خلال', 'بعد', 'قبل', 'عند', 'لدى',
  'نحو', 'ضد', 'حول', 'دون', 'عبر', 'وفق', 'وفقا', 'ضمن', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها',
  'أنهم', 'إنهم', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يكن', 'ليس', 'ليست', 'لم', 'لن', 'لا',
  'ما', 'ماذا', 'قد', 'لقد', 'هل', 'أو', 'أم', 'ثم', 'بل', 'لكن', 'لكنه', 'لكنها', 'إذا', 'إذ',
  'لو', 'كي', 'لكي', 'كما', 'مثل', 'هو', 'هي', 'هم', 'هن', 'هما', 'أنا', 'نحن', 'أنت', 'أنتم',
  'هذا', 'هذه', 'هذان', 'هاتان', 'هؤلاء', 'ذلك', 'تلك', 'أولئك', 'الذي', 'التي', 'الذين', 'اللذين',
  'اللتين', 'اللاتي', 'اللواتي', 'كل', 'بعض', 'أي', 'أية', 'غير', 'سوى', 'أيضا', 'فقط', 'جدا',
  'هناك', 'هنا', 'حيث', 'عندما', 'بينما', 'لأن', 'لذلك', 'لذا', 'كذلك', 'أما', 'إلا', 'حين', 'حينما',
  'فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عنه', 'عنها', 'عنهم', 'عليه', 'عليها', 'عليهم',
  'إليه', 'إليها', 'إليهم', 'له', 'لها', 'لهم', 'لهن', 'به', 'بها', 'بهم', 'معه', 'معها', 'معهم',
  'بعضهم', 'كلها', 'كله', 'كلهم', 'جميع', 'عدة', 'تم', 'يتم', 'تمت', 'ذات', 'بشكل', 'أمام', 'وراء',
  'تحت', 'فوق', 'لدي', 'عندي', 'كيف', 'متى', 'أين', 'لماذا', 'بما', 'مما', 'عما', 'فيما', 'إنما',
  'بأن', 'لأنه', 'لأنها', 'إلي', 'لنا', 'لك', 'لكم', 'بنا', 'بك', 'بكم', 'منا', 'منك', 'عنا', 'عنك',
  'علينا', 'عليك', 'إلينا', 'إليك', 'معنا', 'معك', 'أنني', 'إنني', 'أننا', 'إننا', 'أنك', 'إنك',
  'هنالك', 'أحيانا', 'دائما', 'ربما', 'بدون', 'أكثر', 'أقل', 'أحد', 'إحدى', 'نفس', 'كلا', 'سواء',
  'إياه', 'إياها', 'يا', 'اللي', 'مش', 'شو', 'هيك', 'هاد', 'ايش', 'إيه', 'علشان', 'عشان',
  'ال', 'لدينا', 'لديه', 'لديها', 'لديهم', 'ولا', 'لكل', 'بكل', 'بهذا', 'بهذه', 'لهذا', 'لهذه',
]);

export const STOP_WORDS: Readonly<Record<AlignLanguage, ReadonlySet<string>>> = {
  ar: ARABIC_STOP_WORDS,
  fr: FRENCH_STOP_WORDS,
  en: ENGLISH_STOP_WORDS,
};

/** Folded names → 1..12 (months) or 1..7 (weekdays, Monday first). */
function numberNames(names: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const byName = new Map<string, number>();
  names.forEach((spellings, index) => {
    for (const spelling of spellings) byName.set(foldForSearch(spelling), index + 1);
  });
  return byName;
}

// prettier-ignore
const MONTHS: Readonly<Record<AlignLanguage, ReadonlyMap<string, number>>> = {
  en: numberNames([['january', 'jan'], ['february', 'feb'], ['march'], ['april', 'apr'], ['may'],
    ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
    ['october', 'oct'], ['november', 'nov'], ['december', 'dec']]),
  fr: numberNames([['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'],
    ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']]),
  // The Egyptian/Gulf series, the Moroccan and the Algerian/Tunisian ones (from French), and the
  // Syriac series of the Levant and Iraq. آب, كانون and تشرين are handled apart (see below).
  ar: numberNames([
    ['يناير', 'جانفي'],
    ['فبراير', 'فيفري', 'شباط'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'أفريل', 'نيسان'],
    ['مايو', 'ماي', 'أيار'],
    ['يونيو', 'يونيه', 'جوان', 'حزيران'],
    ['يوليو', 'يوليه', 'يوليوز', 'جويلية', 'تموز'],
    ['أغسطس', 'غشت', 'أوت'],
    ['سبتمبر', 'شتنبر', 'أيلول'],
    ['أكتوبر'],
    ['نوفمبر', 'نونبر'],
    ['ديسمبر', 'دجنبر'],
  ]),
};

/** English month names (and abbreviations) that are also common words: months only when capitalised. */
const ENGLISH_MONTHS_WHEN_CAPITALISED = new Set([
  'march',
  'may',
  'august',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// prettier-ignore
const WEEKDAYS: Readonly<Record<AlignLanguage, ReadonlyMap<string, number>>> = {
  en: numberNames([['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'],
    ['sunday']]),
  fr: numberNames([['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'],
    ['dimanche']]),
  // Written with the article (الأحد): bare أحد is "one, anyone", bare جمعة a name.
  ar: numberNames([['اثنين', 'إثنين'], ['ثلاثاء'], ['أربعاء'], ['خميس'], ['جمعة'], ['سبت'], ['أحد']]),
};

/** كانون and تشرين name a month only with the ordinal that follows: كانون الثاني, تشرين الأول. */
const SYRIAC_MONTH_HEADS: ReadonlyMap<string, { first: number; second: number }> = new Map([
  [foldForSearch('كانون'), { first: 12, second: 1 }],
  [foldForSearch('تشرين'), { first: 10, second: 11 }],
]);
const FIRST = foldForSearch('الأول');
const SECOND = foldForSearch('الثاني');
/** آب (August) folds to اب, which is also أب (father): only the written madda tells them apart. */
const AB_WITH_MADDA = 'آب';
/** و ف ب ل: a conjunction or preposition written joined to a month name (ويناير، ولآذار). */
const JOINED_TO_MONTHS = new Set(['و', 'ف', 'ب', 'ل']);
/** و ف: conjunctions joined to a function word (وفي، فإن، والتي), which stays a function word. */
const JOINED_TO_STOP_WORDS = new Set(['و', 'ف']);

interface WordReading {
  key: string | null;
  /** This word is كانون or تشرين: a month if the next word is الأول or الثاني. */
  syriacMonth?: { first: number; second: number };
  /** This word is الأول (1) or الثاني (2). */
  ordinal?: 1 | 2;
}

/** Stems of folded Arabic words; a text repeats most of its words, and stemming is the slow part. */
const arabicStems = new Map<string, string>();
/** Readings of words as written, one cache per set of rules; cleared when it grows too big. */
const readings: Record<AlignLanguage, Map<string, WordReading>> = {
  ar: new Map(),
  fr: new Map(),
  en: new Map(),
};
const MAX_CACHED = 100_000;
const LETTER = /\p{L}/u;

/** مائة (hundred) folds and stems to ماء (water): keep the spelling مئة gives instead. */
const HUNDRED = foldForSearch('مائة');
const HUNDRED_KEY = stemArabicWord(foldForSearch('مئة'));

/** The key of a folded Arabic word that is not a function word: its light stem. */
export function arabicKeyOf(folded: string): string {
  let stem = arabicStems.get(folded);
  if (stem === undefined) {
    if (arabicStems.size >= MAX_CACHED) arabicStems.clear();
    stem = stripArabicArticle(folded) === HUNDRED ? HUNDRED_KEY : stemArabicWord(folded);
    arabicStems.set(folded, stem);
  }
  return stem;
}

/** Latin words that end in s in the singular, where stripping it would meet another word. */
// prettier-ignore
const INVARIANT_LATIN = new Set([
  'news', 'series', 'species', 'goods', 'means', 'physics', 'cours', 'fils', 'corps',
]);
/** malienne → malien, nouvelle → nouvel, cette → cet: the feminine doubles these consonants. */
const FRENCH_DOUBLED_ENDINGS = new Set(['nn', 'll', 'tt']);
/** Plurals in -es that drop the whole ending: churches, wishes, taxes, classes. */
const ENGLISH_ES_PLURALS = ['ches', 'shes', 'xes', 'sses'];
const isLatinVowel = (ch: string | undefined): boolean =>
  ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';

/** Drops a plural s, but not after s, u or i (press, virus, crisis, français): rarely a plural. */
function withoutPluralS(word: string): string {
  const beforeS = word[word.length - 2];
  return word.endsWith('s') && beforeS !== 's' && beforeS !== 'u' && beforeS !== 'i'
    ? word.slice(0, -1)
    : word;
}

/**
 * A light stemmer for folded French words, so singular and plural, masculine and feminine meet:
 * forces/force → forc, ministres → ministr, grandes → grand, malienne → malien, journaux →
 * journal. A final e after i stays (partie is not parti). Verb endings are left alone: the
 * lexicon lists verb forms.
 */
function stemFrench(word: string): string {
  let stem = word;
  if (stem.endsWith('eaux')) stem = stem.slice(0, -1);
  else if (stem.endsWith('aux') && stem.length >= 5) stem = `${stem.slice(0, -3)}al`;
  stem = withoutPluralS(stem);
  const beforeE = stem[stem.length - 2];
  if (stem.length >= 5 && stem.endsWith('e') && beforeE !== 'e' && beforeE !== 'i') {
    stem = stem.slice(0, -1);
    if (FRENCH_DOUBLED_ENDINGS.has(stem.slice(-2))) stem = stem.slice(0, -1);
  }
  return stem;
}

/** A light stemmer for folded English words: plurals only (countries/country → countri). */
function stemEnglish(word: string): string {
  let stem = word;
  if (stem.endsWith('ies') && stem.length >= 5) stem = `${stem.slice(0, -3)}i`;
  else if (ENGLISH_ES_PLURALS.some((ending) => stem.endsWith(ending))) stem = stem.slice(0, -2);
  else stem = withoutPluralS(stem);
  if (stem.length >= 4 && stem.endsWith('y') && !isLatinVowel(stem[stem.length - 2])) {
    stem = `${stem.slice(0, -1)}i`;
  }
  return stem;
}

function stemLatin(word: string, french: boolean): string {
  if (word.length <= 3 || INVARIANT_LATIN.has(word)) return word;
  return french ? stemFrench(word) : stemEnglish(word);
}

const isCapitalised = (surface: string): boolean => {
  const first = surface[0] ?? '';
  return first !== first.toLowerCase();
};

/** An acronym (WHO, AIDS, ONU): kept whole, even when it spells a function word. */
const ACRONYM = /^[A-Z]{2,6}$/;

function readLatinWord(surface: string, language: AlignLanguage): WordReading {
  const rules = language === 'fr' ? 'fr' : 'en';
  // "US" is the United States; "us" a pronoun.
  if (rules === 'en' && surface === 'US') return { key: 'usa' };
  const folded = foldForSearch(surface);
  if (folded.length < 2 || !LETTER.test(folded)) return { key: null };
  const month = MONTHS[rules].get(folded);
  if (
    month !== undefined &&
    (rules === 'fr' || !ENGLISH_MONTHS_WHEN_CAPITALISED.has(folded) || isCapitalised(surface))
  ) {
    return { key: MONTH_KEY_PREFIX + month };
  }
  const day = WEEKDAYS[rules].get(folded);
  if (day !== undefined) return { key: DAY_KEY_PREFIX + day };
  if (ACRONYM.test(surface)) return { key: folded };
  if (STOP_WORDS[rules].has(folded)) return { key: null };
  return { key: stemLatin(folded, rules === 'fr') };
}

function readArabicWord(surface: string): WordReading {
  const folded = foldForSearch(surface);
  if (folded.length < 2) return { key: null };
  if (folded === FIRST) return { key: arabicKeyOf(folded), ordinal: 1 };
  if (folded === SECOND) return { key: arabicKeyOf(folded), ordinal: 2 };
  const stopWords = STOP_WORDS.ar;
  const first = folded[0] ?? '';
  const rest = folded.slice(1);
  if (stopWords.has(folded) || (JOINED_TO_STOP_WORDS.has(first) && stopWords.has(rest))) {
    return { key: null };
  }
  const joined = JOINED_TO_MONTHS.has(first);
  const month = MONTHS.ar.get(folded) ?? (joined ? MONTHS.ar.get(rest) : undefined);
  if (month !== undefined) return { key: MONTH_KEY_PREFIX + month };
  if (surface.endsWith(AB_WITH_MADDA) && surface.length <= AB_WITH_MADDA.length + 1) {
    return { key: `${MONTH_KEY_PREFIX}8` };
  }
  const withoutArticle = stripArabicArticle(folded);
  const day = withoutArticle === folded ? undefined : WEEKDAYS.ar.get(withoutArticle);
  if (day !== undefined) return { key: DAY_KEY_PREFIX + day };
  const syriacMonth =
    SYRIAC_MONTH_HEADS.get(folded) ?? (joined ? SYRIAC_MONTH_HEADS.get(rest) : undefined);
  return syriacMonth ? { key: arabicKeyOf(folded), syriacMonth } : { key: arabicKeyOf(folded) };
}

function readWord(surface: string, language: AlignLanguage): WordReading {
  const script = isArabicLetter(surface.charCodeAt(0)) ? 'ar' : language;
  const cache = readings[script];
  let reading = cache.get(surface);
  if (reading === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    reading = script === 'ar' ? readArabicWord(surface) : readLatinWord(surface, script);
    cache.set(surface, reading);
  }
  return reading;
}

/** 0-9 for ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹) digits, -1 for anything else. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

const MODIFIER_APOSTROPHE = 0x2bc;
/** Letters, marks and in-word controls; digits and apostrophes (l’armée → l armée) split words. */
const isWordCode = (code: number): boolean =>
  isInWordCode(code) && digitValue(code) < 0 && code !== MODIFIER_APOSTROPHE;

const ARABIC_THOUSANDS = 0x66c; // ٬
const ARABIC_DECIMAL = 0x66b; // ٫
/** Between groups of three digits: 1,000 / 1.000 / 1 000 (also no-break and thin spaces) / ١٬٠٠٠. */
const THOUSANDS_SEPARATORS = new Set([0x2c, 0x2e, 0x20, 0xa0, 0x202f, 0x2009, ARABIC_THOUSANDS]);
const DECIMAL_SEPARATORS = new Set([0x2c, 0x2e, ARABIC_DECIMAL]);
const LEADING_ZEROS = /^0+(?=\d)/;
const TRAILING_ZEROS = /0+$/;

function readDigits(text: string, start: number): { digits: string; end: number } {
  let digits = '';
  let end = start;
  for (let value = digitValue(text.charCodeAt(end)); value >= 0;) {
    digits += String.fromCharCode(0x30 + value);
    value = digitValue(text.charCodeAt(++end));
  }
  return { digits, end };
}

const isDigitAt = (text: string, at: number): boolean => digitValue(text.charCodeAt(at)) >= 0;

/**
 * Reads the number starting at `start`. A separator followed by exactly three digits after a
 * first group of one to three digits groups thousands (1,000 · 1.000 · 1 000 · ١٬٠٠٠ → 1000);
 * another separator followed by digits is the decimal point (3.5 · 3,5 · ٣٫٥ → 3.5). So "1,000"
 * is a thousand in French text too: news rarely writes three decimals. Leading zeros and trailing
 * decimal zeros are dropped (007 → 7, 2.50 → 2.5). A date (12.03.2020) gives its first number and
 * the separator that splits the rest.
 */
function readNumber(
  text: string,
  start: number,
): { key: string; end: number; dateSeparator: number } {
  const head = readDigits(text, start);
  let integer = head.digits;
  let end = head.end;
  let thousands = -1;
  if (integer.length <= 3 && integer[0] !== '0') {
    for (;;) {
      const separator = text.charCodeAt(end);
      const groupsThousands =
        THOUSANDS_SEPARATORS.has(separator) &&
        (thousands === -1 || separator === thousands) &&
        isDigitAt(text, end + 1) &&
        isDigitAt(text, end + 2) &&
        isDigitAt(text, end + 3) &&
        !isDigitAt(text, end + 4);
      if (!groupsThousands) break;
      integer += readDigits(text, end + 1).digits;
      thousands = separator;
      end += 4;
    }
  }
  let fraction = '';
  let dateSeparator = -1;
  const separator = text.charCodeAt(end);
  if (DECIMAL_SEPARATORS.has(separator) && separator !== thousands && isDigitAt(text, end + 1)) {
    const tail = readDigits(text, end + 1);
    if (text.charCodeAt(tail.end) === separator && isDigitAt(text, tail.end + 1)) {
      dateSeparator = separator;
    } else {
      fraction = tail.digits.replace(TRAILING_ZEROS, '');
      end = tail.end;
    }
  }
  const whole = integer.replace(LEADING_ZEROS, '');
  return { key: fraction ? `${whole}.${fraction}` : whole, end, dateSeparator };
}

/** Reads a number and, after a date's first number, the date's other numbers; returns the end. */
function pushNumbers(text: string, start: number, tokens: AlignToken[]): number {
  const number = readNumber(text, start);
  tokens.push({ surface: text.slice(start, number.end), key: number.key, kind: 'number' });
  let end = number.end;
  while (text.charCodeAt(end) === number.dateSeparator && isDigitAt(text, end + 1)) {
    const part = readDigits(text, end + 1);
    const key = part.digits.replace(LEADING_ZEROS, '');
    tokens.push({ surface: text.slice(end + 1, part.end), key, kind: 'number' });
    end = part.end;
  }
  return end;
}

const isSpaceCode = (code: number): boolean =>
  code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009;

/**
 * The tokens the aligner compares: content words (function words dropped) with their keys,
 * numbers (kind 'number', key in ASCII digits with '.' for decimals), and month and weekday
 * names as #month:1..12 and #day:1..7 (Monday = 1) whatever the language. `language` picks the
 * rules for Latin-script words (French or English); Arabic-script words always get the Arabic ones.
 */
export function tokeniseForAlignment(text: string, language: string): AlignToken[] {
  const rules = alignLanguageOf(language);
  const tokens: AlignToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (digitValue(code) >= 0) {
      i = pushNumbers(text, i, tokens);
      continue;
    }
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isWordCode(text.charCodeAt(i))) i++;
    const surface = text.slice(start, i);
    const reading = readWord(surface, rules);
    if (reading.syriacMonth) {
      let next = i;
      while (next < length && isSpaceCode(text.charCodeAt(next))) next++;
      let nextEnd = next;
      while (nextEnd < length && isWordCode(text.charCodeAt(nextEnd))) nextEnd++;
      const ordinal =
        nextEnd > next ? readWord(text.slice(next, nextEnd), rules).ordinal : undefined;
      if (ordinal !== undefined) {
        const month = ordinal === 1 ? reading.syriacMonth.first : reading.syriacMonth.second;
        tokens.push({
          surface: text.slice(start, nextEnd),
          key: MONTH_KEY_PREFIX + month,
          kind: 'word',
        });
        i = nextEnd;
        continue;
      }
    }
    if (reading.key !== null) tokens.push({ surface, key: reading.key, kind: 'word' });
  }
  return tokens;
}
