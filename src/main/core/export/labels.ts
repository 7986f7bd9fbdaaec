// The words an export prints around the analyst's text, in the briefing's own language (Arabic,
// French, English; anything else falls back to English), and the date and language names in it.
export interface ExportLabels {
  sources: string;
  author: string;
  date: string;
  language: string;
  file: string;
  fingerprint: string;
  /** Chromium fills the two spans with the page number and the page count. */
  pageOf(page: string, total: string): string;
  brokenCitation: string;
  deletedSource: string;
  deletedQuote: string;
  quoteGone: string;
  changedQuote: string;
  noDate: string;
  /** Between a label and its value: French sets a narrow no-break space before the colon. */
  colon: string;
}

const ENGLISH: ExportLabels = {
  sources: 'Sources',
  author: 'Author',
  date: 'Date',
  language: 'Language',
  file: 'File',
  fingerprint: 'Fingerprint',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  brokenCitation: 'broken citation: the source is no longer in the case',
  deletedSource: 'This source is no longer in the case.',
  deletedQuote: 'Quote no longer in the case; its words as they were when inserted:',
  quoteGone: 'the cited quote is no longer in the case',
  changedQuote: 'The source text at this quote has changed since it was taken.',
  noDate: 'undated',
  colon: ': ',
};

const FRENCH: ExportLabels = {
  sources: 'Sources',
  author: 'Auteur',
  date: 'Date',
  language: 'Langue',
  file: 'Fichier',
  fingerprint: 'Empreinte',
  pageOf: (page, total) => `Page ${page} sur ${total}`,
  brokenCitation: 'citation rompue : la source ne figure plus dans le dossier',
  deletedSource: 'Cette source ne figure plus dans le dossier.',
  deletedQuote: 'Citation retirée du dossier ; ses mots tels qu’ils étaient lors de l’insertion :',
  quoteGone: 'la citation n’est plus dans le dossier',
  changedQuote: 'Le texte de la source a changé à cet endroit depuis la citation.',
  noDate: 'sans date',
  colon: '\u202F: ',
};

const ARABIC: ExportLabels = {
  sources: 'المصادر',
  author: 'الكاتب',
  date: 'التاريخ',
  language: 'اللغة',
  file: 'الملف',
  fingerprint: 'البصمة',
  pageOf: (page, total) => `صفحة ${page} من ${total}`,
  brokenCitation: 'استشهاد معطّل: المصدر لم يعد في الملف',
  deletedSource: 'هذا المصدر لم يعد في الملف.',
  deletedQuote: 'الاقتباس لم يعد في الملف؛ نصّه كما كان عند إدراجه:',
  quoteGone: 'الاقتباس المستشهد به لم يعد في الملف',
  changedQuote: 'تغيّر نص المصدر في موضع هذا الاقتباس منذ أخذه.',
  noDate: 'بلا تاريخ',
  colon: ': ',
};

export function labelsFor(language: string): ExportLabels {
  if (language === 'ar') return ARABIC;
  if (language === 'fr') return FRENCH;
  return ENGLISH;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ckb', 'dv']);

export function isRtlLanguage(language: string): boolean {
  return RTL_LANGUAGES.has(language);
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return isRtlLanguage(language) ? 'rtl' : 'ltr';
}

/** A language code safe to put in a lang attribute, or null ('und', junk). */
export function langAttribute(language: string): string | null {
  return /^[a-z]{2,3}$/.test(language) ? language : null;
}

/** Intl wants a known locale; the language codes we store are plain ISO 639 codes. */
function locale(language: string): string {
  return langAttribute(language) ?? 'en';
}

/** The export's date in the briefing language's long form ("26 novembre 2026", "٢٦ نوفمبر ٢٠٢٦"). */
export function formatExportDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** A source's language named in the briefing's language ("arabe", "Arabic", "العربية"). */
export function languageName(code: string, inLanguage: string): string {
  if (!langAttribute(code)) return code;
  try {
    return new Intl.DisplayNames([locale(inLanguage)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
