// Language codes to direction and display names.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ckb', 'sd', 'ug', 'yi', 'dv']);

export type TextDirection = 'rtl' | 'ltr' | 'auto';

export function directionOf(language: string | null | undefined): TextDirection {
  if (!language || language === 'und') return 'auto';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  if (code === 'und') return 'Undetermined';
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered in pickers even before a document in them exists. */
export const COMMON_LANGUAGES = [
  'ar',
  'fr',
  'en',
  'es',
  'de',
  'it',
  'pt',
  'ru',
  'zh',
  'tr',
  'fa',
  'und',
];
