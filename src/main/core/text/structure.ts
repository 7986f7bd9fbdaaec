// Page structures that scraped news files glue into one line with the article: numbered
// breadcrumb trails, a byline (outlet, date, time) between headline and body, and tickers of
// headlines joined by runs of spaces. Segmentation cuts at them; boilerplate flags them.
import { findDates, TIME_PATTERN, WEEKDAY_PATTERN } from './dates';
import { foldForSearch } from './normalise';
import { outletStartBefore } from './outlets';
import { isInlineSpaceCode } from './scripts';

export interface Span {
  start: number;
  end: number;
}

/** Common section names, so the last crumb of a trail is not taken for the start of the headline. */
const SECTION_LABELS = new Set(
  (
    'الرئيسية|الصفحة الرئيسية|غير مصنف|أخبار|الأخبار|أخبار وطنية|' +
    'أخبار دولية|سياسة|السياسة|اقتصاد|الاقتصاد|رياضة|الرياضة|مجتمع|المجتمع|' +
    'ثقافة|الثقافة|فن|فنون|دولي|دولية|الدولية|عربي|العالم|وطني|وطنية|' +
    'الوطنية|جهات|جهوية|منوعات|رأي|آراء|مقالات|صحة|تكنولوجيا|حوادث|المغرب|' +
    'مغاربة العالم|الحدث|تقارير|Accueil|Non classé|Actualités|Actualité|' +
    'Politique|Économie|Société|Sport|Sports|Culture|Monde|International|' +
    'National|Maroc|Afrique|Régions|Opinion|Opinions|Faits divers|Home|' +
    'Uncategorized|News|Politics|Business|Economy|World|Africa|Society|' +
    'Region|Regions'
  )
    .split('|')
    .map((label) => foldForSearch(label)),
);

const MAX_LABEL_WORDS = 4;
/** Longest section label, in words ('الصفحة الرئيسية', 'Faits divers'). */
const MAX_SECTION_LABEL_WORDS = 3;

/** End of the section label starting at `at`: a known label (longest first), else one word. */
function lastLabelEnd(text: string, at: number, to: number, knownOnly: boolean): number | null {
  const ends: number[] = [];
  let i = at;
  while (ends.length < MAX_SECTION_LABEL_WORDS && i < to) {
    while (i < to && !isInlineSpaceCode(text.charCodeAt(i))) i++;
    ends.push(i);
    while (i < to && isInlineSpaceCode(text.charCodeAt(i))) i++;
  }
  for (let i = ends.length - 1; i >= 0; i--) {
    const end = ends[i] ?? at;
    if (SECTION_LABELS.has(foldForSearch(text.slice(at, end)))) return end;
  }
  return knownOnly ? null : (ends[0] ?? null);
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** '1. الرئيسية 2. غير مصنف' at text[from]: numbered items 1, 2, … with short labels. */
function numberedTrail(text: string, from: number, to: number): Span | null {
  const head = /^1\.\s+/.exec(text.slice(from, Math.min(to, from + 8)));
  if (!head) return null;
  let labelStart = from + head[0].length;
  for (let n = 2; ; n++) {
    const window = text.slice(labelStart, Math.min(to, labelStart + 60));
    const next = new RegExp(`\\s${n}\\.\\s+`).exec(window);
    if (next && wordCount(window.slice(0, next.index)) <= MAX_LABEL_WORDS) {
      labelStart += next.index + next[0].length;
      continue;
    }
    if (n === 2) return null;
    if (wordCount(text.slice(labelStart, to)) <= MAX_LABEL_WORDS) return { start: from, end: to };
    const end = lastLabelEnd(text, labelStart, to, false);
    return end === null ? null : { start: from, end };
  }
}

const SEPARATED_LABEL = /^([^\s>»›|/<]+(?:\s+[^\s>»›|/<]+){0,3})\s+[>»›|/<]\s+/u;

/** 'Accueil > Maroc > Politique' at text[from]: two or more separators between short labels. */
function separatedTrail(text: string, from: number, to: number): Span | null {
  let at = from;
  let separators = 0;
  for (;;) {
    const m = SEPARATED_LABEL.exec(text.slice(at, Math.min(to, at + 80)));
    if (!m) break;
    at += m[0].length;
    separators++;
  }
  if (separators < 2) return null;
  // A short last item that ends the line is a crumb too ('Accueil > Afrique > Défense').
  if (wordCount(text.slice(at, to)) <= MAX_LABEL_WORDS) return { start: from, end: to };
  // Otherwise the last item is often the headline itself; keep it only when it is a section name.
  const end = lastLabelEnd(text, at, to, true);
  if (end !== null) return { start: from, end };
  let back = at - 1;
  while (back > from && /[\s>»›|/<]/u.test(text[back] ?? '')) back--;
  return { start: from, end: back + 1 };
}

/** A breadcrumb trail starting at text[from], or null. */
export function matchCrumbTrail(text: string, from: number, to: number): Span | null {
  const head = text.slice(from, Math.min(to, from + 80));
  if (head.startsWith('1.')) return numberedTrail(text, from, to);
  return /\s[>»›|/<]\s/u.test(head) ? separatedTrail(text, from, to) : null;
}

const TIME_AT = new RegExp(TIME_PATTERN, 'iuy');
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY_PATTERN}\\s*[,،]?\\s*$`, 'iu');
const BYLINE_MARKER_BEFORE = new RegExp(
  `(?:نشر(?:ت)?\\s+(?:في|على|ب)\\s+\\S+(?:\\s+\\S+)?\\s+(?:يوم|بتاريخ)?|publié\\s+le|mis\\s+à\\s+jour\\s+le|published(?:\\s+on)?|updated(?:\\s+on)?)\\s*(?:${WEEKDAY_PATTERN}\\s*[,،]?\\s*)?$`,
  'iu',
);
/** 'Outlet - ' or 'Outlet - متابعة ' right before the date. */
const DASH_BEFORE = /\s[-–—|]\s+(?:\S+(?:\s+\S+){0,2}\s*)?$/u;
const SENTENCE_END = /[.!?؟]/;
const BYLINE_SEARCH_WINDOW = 600;

/**
 * A byline inside a line, as single-line pages have it between headline and body:
 * 'الصحيفة - متابعة السبت 22 فبراير 2025 - 9:00', 'Publié le 17 février 2025 à 10h30'. Only a
 * date with a time of day or after a 'published' marker counts, so dates in body text do not.
 */
export function findInlineByline(text: string, from: number, to: number): Span | null {
  const limit = Math.min(to, from + BYLINE_SEARCH_WINDOW);
  for (const date of findDates(text, from, limit)) {
    TIME_AT.lastIndex = date.end;
    const time = TIME_AT.exec(text);
    const end = time && time.index === date.end ? date.end + time[0].length : date.end;
    if (end < to && !isInlineSpaceCode(text.charCodeAt(end))) continue;
    const before = text.slice(Math.max(from, date.start - 80), date.start);
    const marker = BYLINE_MARKER_BEFORE.exec(before);
    if (!time && !marker) continue;
    let start = date.start - before.length + (marker ? marker.index : before.length);
    if (!marker) {
      const weekday = WEEKDAY_BEFORE.exec(before);
      if (weekday) start = date.start - before.length + weekday.index;
      const dash = DASH_BEFORE.exec(text.slice(Math.max(from, start - 60), start));
      if (dash) {
        const dashAt = start - (dash[0].length - dash[0].search(/[-–—|]/u));
        start = outletStartBefore(text, dashAt, from) ?? wordStartBefore(text, dashAt, from);
      }
    }
    if (SENTENCE_END.test(text.slice(start, date.start))) continue;
    return { start, end };
  }
  return null;
}

function wordStartBefore(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && isInlineSpaceCode(text.charCodeAt(i - 1))) i--;
  while (i > floor && !isInlineSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

const SPACE_RUN = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}/g;
/** Above this share of all gaps between words, double spaces are how the writer types. */
const MAX_DOUBLE_SPACE_SHARE = 0.3;

function countGaps(text: string, from: number, to: number): number {
  let gaps = 0;
  for (let i = from + 1; i < to; i++) {
    if (isInlineSpaceCode(text.charCodeAt(i)) && !isInlineSpaceCode(text.charCodeAt(i - 1))) gaps++;
  }
  return gaps;
}

/**
 * Runs of spaces that join separate items (a ticker of headlines, a menu): runs of three or
 * more always; runs of two when the line has at least three of them and they are not simply
 * how the writer separates words.
 */
export function findSpaceRunBreaks(text: string, from: number, to: number): Span[] {
  const runs: Span[] = [];
  // Slicing keeps the scan inside the paragraph: a regex left to run on would scan the whole rest.
  for (const m of text.slice(from, to).matchAll(SPACE_RUN)) {
    runs.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  const wide = runs.filter((run) => run.end - run.start >= 3);
  if (runs.length < 3) return wide;
  const doubles = runs.length - wide.length;
  return doubles > countGaps(text, from, to) * MAX_DOUBLE_SPACE_SHARE ? wide : runs;
}
