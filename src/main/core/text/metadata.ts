// Title, outlet and publication date of an article, from its headline and bylines.
import type { AnalysedParagraph, AnalysedSentence } from './boilerplate';
import { findDates } from './dates';
import { canonicalOutlet, findOutlet } from './outlets';

export interface DocumentMetadata {
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD, or null when no byline or dateline gives one. */
  publishedAt: string | null;
}

const MAX_TITLE_CHARS = 200;

/** 'نشر في X يوم …', 'Publié par X le …', 'Published by X on …': X is the outlet. */
const PUBLISHED_IN = [
  /نشر(?:ت)?\s+(?:في|على|ب)\s*(\S.{0,40}?)\s+(?:يوم|بتاريخ|في)\s/u,
  /(?:publié|paru)\s+(?:par|dans|sur)\s+(\S.{0,40}?)\s+le\s/iu,
  /published\s+(?:by|in|on)\s+(\S.{0,40}?)\s+on\s/iu,
];
/** A dateline opening the first paragraph: 'Rabat, 17/02/2025 (MAP) - …'. */
const DATELINE_WINDOW = 40;
const AFTER_DATELINE = /^[\s,]*(?:\([^)]{1,20}\)|[-–—:])/u;

function cleanTitle(raw: string): string {
  let title = raw.replace(/\s+/g, ' ').trim();
  if (/[^.]\.$/u.test(title)) title = title.slice(0, -1);
  if (title.length <= MAX_TITLE_CHARS) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
  return `${title.slice(0, cut > MAX_TITLE_CHARS / 2 ? cut : MAX_TITLE_CHARS - 1)}…`;
}

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The headline: the first paragraph that is not page chrome, whole when it is short (one line
 * of up to 200 characters, as headlines are), else its first sentence that is not chrome (a
 * single-line page, or a wire story that opens straight with the lead). Trailing full stop
 * dropped. Falls back to the file name without extension.
 */
function detectTitle(text: string, paragraphs: AnalysedParagraph[], fileName: string): string {
  for (const paragraph of paragraphs) {
    if (paragraph.boilerplate) continue;
    const prose = paragraph.sentences.filter((s) => s.boilerplate === null);
    const first = prose[0];
    if (!first) continue;
    const whole = prose.length === paragraph.sentences.length;
    const span = whole && paragraph.end - paragraph.start <= MAX_TITLE_CHARS ? paragraph : first;
    const title = cleanTitle(text.slice(span.start, span.end));
    if (/\p{L}/u.test(title)) return title;
  }
  return titleFromFileName(fileName);
}

function outletFromByline(byline: string): string | null {
  const known = findOutlet(byline);
  if (known) return known;
  for (const pattern of PUBLISHED_IN) {
    const name = pattern.exec(byline)?.[1]?.trim();
    if (name) return canonicalOutlet(name) ?? name;
  }
  return null;
}

function outletFromWireCode(code: string): string | null {
  const agency = code.replace(/[().]/g, '').split('/').pop() ?? '';
  return canonicalOutlet(agency) ?? (/^[A-Z]{2,}$/.test(agency) ? agency : null);
}

function datelineDate(text: string, sentence: AnalysedSentence): string | null {
  const head = findDates(
    text,
    sentence.start,
    Math.min(sentence.end, sentence.start + DATELINE_WINDOW),
  );
  for (const date of head) {
    if (AFTER_DATELINE.test(text.slice(date.end, date.end + 25))) return date.iso;
  }
  return null;
}

/**
 * Title, outlet and date. Outlet and date come only from bylines, wire codes and a dateline,
 * never from the body: 'في تصريح لجريدة هسبريس' names a source, and a date in the body is
 * the date of an event, not of publication.
 */
export function detectMetadata(
  text: string,
  paragraphs: AnalysedParagraph[],
  fileName: string,
): DocumentMetadata {
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const bylines = sentences.filter((s) => s.boilerplate === 'byline');
  const wireCodes = sentences.filter((s) => s.boilerplate === 'wire-code');
  const slice = (s: AnalysedSentence): string => text.slice(s.start, s.end);

  let outlet: string | null = null;
  for (const byline of bylines) outlet ??= outletFromByline(slice(byline));
  for (const code of wireCodes) outlet ??= outletFromWireCode(slice(code));

  let publishedAt: string | null = null;
  for (const byline of bylines)
    publishedAt ??= findDates(text, byline.start, byline.end)[0]?.iso ?? null;
  for (const sentence of sentences.filter((s) => s.boilerplate === null).slice(0, 3)) {
    publishedAt ??= datelineDate(text, sentence);
  }

  return { title: detectTitle(text, paragraphs, fileName), outlet, publishedAt };
}
