// Finding calendar dates written the ways Arabic, French and English news pages write them.
import { asciiDigits } from './scripts';

export interface DateMatch {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  iso: string;
}

// prettier-ignore
const MONTH_NAMES: [string, number][] = [
  // English
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
  // French
  ['janvier', 1], ['janv', 1], ['février', 2], ['fevrier', 2], ['févr', 2], ['fevr', 2],
  ['mars', 3], ['avril', 4], ['avr', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7],
  ['août', 8], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11],
  ['décembre', 12], ['decembre', 12], ['déc', 12],
  // Arabic, Maghreb
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['ماي', 5],
  ['يونيو', 6], ['يونيه', 6], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['أكتوبر', 10],
  ['اكتوبر', 10], ['نونبر', 11], ['دجنبر', 12],
  // Arabic, Egypt and the Gulf
  ['مايو', 5], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9],
  ['نوفمبر', 11], ['ديسمبر', 12],
  // Arabic, Algeria and Tunisia
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['افريل', 4], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  ['اوت', 8],
  // Arabic, Levant and Iraq
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5],
  ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['ايلول', 9],
  ['تشرين الأول', 10], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['كانون الاول', 12],
];

const MONTH_BY_NAME = new Map(MONTH_NAMES.map(([name, month]) => [name, month]));

const alternation = (names: string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /g, '\\s+');

const ANY_MONTH = alternation(MONTH_NAMES.map(([name]) => name));
const LATIN_MONTH = alternation(MONTH_NAMES.filter(([n]) => /^[a-zé]/.test(n)).map(([n]) => n));

export const WEEKDAY_PATTERN =
  '(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export const TIME_PATTERN =
  '(?:\\s*(?:[-–—|,]|à|at|على\\s+الساعة|الساعة)?\\s*\\d{1,2}\\s?[:h]\\s?\\d{2}(?:\\s?(?:am|pm|ص|م)(?![\\p{L}]))?)';

// Day, month name, year: '22 فبراير 2025', '1er mars 2025', '17 February 2025', '22 شباط/فبراير 2025'.
const DAY_MONTH_YEAR = `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?(${ANY_MONTH})\\.?(?:\\s*[/(]\\s*(?:${ANY_MONTH})\\s*\\)?)?\\s*,?\\s+(\\d{4})(?!\\p{N})`;
// Month name, day, year: 'February 17, 2025'.
const MONTH_DAY_YEAR = `(?<![\\p{L}])(${LATIN_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\p{N})`;
// Numeric, day first: '19 - 02 - 2025', '19/02/2025', '17.02.2025'; \8 is its separator.
const NUMERIC_DMY = `(?<![\\p{N}.])(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\8\\s*(\\d{4})(?![\\p{N}])`;
// ISO-like, year first: '2025-02-19', '2025/02/19'; \12 is its separator.
const NUMERIC_YMD = `(?<![\\p{N}])(\\d{4})([-/])(\\d{1,2})\\12(\\d{1,2})(?![\\p{N}])`;

// Groups: 1-3 day/month/year, 4-6 month/day/year, 7-10 numeric DMY, 11-14 numeric YMD.
const DATE_PATTERN = new RegExp(
  `${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${NUMERIC_DMY}|${NUMERIC_YMD}`,
  'giu',
);

const YEAR = /\d{4}/;

function monthFromName(name: string): number | undefined {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\s+/g, ' '));
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isoFromGroups(groups: (string | undefined)[]): string | null {
  const [, d1, m1, y1, m2, d2, y2, n1, , n2, n3, ny, , nm, nd] = groups;
  if (d1 && m1 && y1) {
    const month = monthFromName(m1);
    return month ? toIso(Number(y1), month, Number(d1)) : null;
  }
  if (m2 && d2 && y2) {
    const month = monthFromName(m2);
    return month ? toIso(Number(y2), month, Number(d2)) : null;
  }
  if (n1 && n2 && n3) {
    const [first, second] = [Number(n1), Number(n2)];
    // Day first everywhere these papers are written; month first only when nothing else fits.
    return toIso(Number(n3), second, first) ?? toIso(Number(n3), first, second);
  }
  if (ny && nm && nd) return toIso(Number(ny), Number(nm), Number(nd));
  return null;
}

/** Every valid date in text[start, end), in order. Offsets point into `text`. */
export function findDates(text: string, start = 0, end = text.length): DateMatch[] {
  const slice = asciiDigits(text.slice(start, end));
  const found: DateMatch[] = [];
  // Every form has a four-digit year; most sentences have none, and the full pattern is costly.
  if (!YEAR.test(slice)) return found;
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(slice); m; m = DATE_PATTERN.exec(slice)) {
    const iso = isoFromGroups([...m]);
    if (iso) found.push({ start: start + m.index, end: start + m.index + m[0].length, iso });
  }
  return found;
}
