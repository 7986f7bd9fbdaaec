// Page chrome that is not the article: breadcrumbs, tickers, share/report widgets, "read the
// source" links, bylines, wire codes, copyright lines. Flagged per sentence, never deleted.
import { findDates, TIME_PATTERN, WEEKDAY_PATTERN } from './dates';
import { foldForSearch } from './normalise';
import type { ParagraphSegment } from './segment';
import { findSpaceRunBreaks, matchCrumbTrail, type Span } from './structure';

export type BoilerplateKind =
  'crumbs' | 'ticker' | 'widget' | 'source-link' | 'byline' | 'wire-code' | 'copyright';

/** Widget and link texts are short; a long sentence starting the same way is prose. */
const MAX_CHROME_CHARS = 200;
const MAX_TICKER_ITEM_CHARS = 200;
const MIN_TICKER_ITEMS = 3;
/** Share of ticker items that may end like sentences ('..', '؟' in a headline). */
const MAX_SENTENCE_LIKE_TICKER_ITEMS = 1 / 3;

const folded = (phrases: string[]): string[] => phrases.map((p) => foldForSearch(p));

// prettier-ignore
const SOURCE_LINK_STARTS = folded([
  'انقر هنا', 'اضغط هنا', 'اقرأ الخبر من مصدره', 'لقراءة الخبر من مصدره',
  'click here', 'read the full', 'read more', 'read the original', 'continue reading',
  'cliquez ici', 'lire la suite', "lire l'article", 'lire l’article', 'source :',
]);

// prettier-ignore
const WIDGET_STARTS = folded([
  'شكرا على الإبلاغ', 'سيتم حجب هذه الصورة', 'شارك على', 'شارك هذا', 'تابعونا على', 'اقرأ أيضا',
  'اشترك في النشرة', 'أضف تعليق', 'merci pour le signalement',
  'signaler un', 'signaler ce', 'partager sur', 'partager cet', 'suivez-nous', 'lire aussi',
  'abonnez-vous', 'thanks for reporting', 'report this', 'report an', 'share on', 'share this',
  'follow us', 'read also', 'sign up', 'subscribe to', 'leave a comment', 'related articles',
  'articles similaires', 'مقالات ذات صلة',
]);

/** Labels of buttons; a sentence made only of these is a widget. */
// prettier-ignore
const WIDGET_LABELS = new Set(
  folded([
    'share', 'partager', 'شارك', 'مشاركة', 'report', 'signaler', 'إبلاغ', 'تبليغ', 'print',
    'imprimer', 'طباعة', 'email', 'e-mail', 'mail', 'tweet', 'twitter', 'facebook', 'whatsapp',
    'linkedin', 'telegram', 'x', 'comment', 'comments', 'commenter', 'commentaires', 'تعليق',
    'تعليقات', 'like', 'j’aime', 'أعجبني', 'copy', 'copier', 'link', 'lien', 'نسخ', 'الرابط',
  ]),
);

const COPYRIGHT = folded(['all rights reserved', 'tous droits réservés', 'جميع الحقوق محفوظة']);

/** Wire-service sign-off: author initials and the agency, 'MK/te/Sf/fss/APA'. */
const WIRE_CODE = /^\(?[A-Z][A-Za-z]{0,5}(?:\/[A-Za-z]{1,8}){2,}\)?\.?$/;

const BYLINE_MARKER =
  /(?<![\p{L}])(?:نشر(?:ت)?\s+(?:في|على|ب)|بتاريخ|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|published(?:\s+on)?|updated(?:\s+on)?|posted(?:\s+on)?|بقلم)(?![\p{L}])/giu;
const BYLINE_FILLER = new RegExp(
  `${WEEKDAY_PATTERN}|${TIME_PATTERN}|(?<![\\p{L}])(?:le|on|at|à)(?![\\p{L}])|[-–—|/،,:.]`,
  'giu',
);
/** 'By John Smith', 'Par Jean Dupont', 'بقلم محمد': a name is capitalised (or caseless). */
const AUTHOR_LINE =
  /^(?:[Bb]y|[Pp]ar|بقلم)\s+[\p{Lu}\p{Lo}][\p{L}.'’-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}.'’-]*){0,3}$/u;

const AUTHOR_START = /^(?:by|par|بقلم)\s/iu;
/** A row of buttons has a few labels, not a sentence's worth of words. */
const MAX_WIDGET_LABELS = 8;

const countWords = (text: string): number =>
  text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A short line with a date and almost nothing else: outlet, author, 'published on'. */
function isByline(sentence: string): boolean {
  const dates = findDates(sentence);
  if (dates.length === 0) return AUTHOR_START.test(sentence) && AUTHOR_LINE.test(sentence);
  let rest = '';
  let at = 0;
  for (const date of dates) {
    rest += `${sentence.slice(at, date.start)} `;
    at = date.end;
  }
  rest += sentence.slice(at);
  const withoutMarkers = rest.replace(BYLINE_MARKER, ' ');
  const marked = withoutMarkers !== rest;
  const residue = countWords(withoutMarkers.replace(BYLINE_FILLER, ' '));
  if (marked) return residue <= 4;
  return residue <= 3 && !/[.!?؟]\s*$/.test(sentence);
}

function isRowOfWidgetLabels(foldedText: string): boolean {
  const labels = foldedText
    .split(/[\s|•·]+/, MAX_WIDGET_LABELS + 1)
    .filter((w) => /\p{L}/u.test(w));
  if (labels.length === 0 || labels.length > MAX_WIDGET_LABELS) return false;
  return labels.every((w) => WIDGET_LABELS.has(w.replace(/[^\p{L}’-]/gu, '')));
}

/** What kind of page chrome one sentence is, judged on its own text; null for prose. */
export function classifySentence(sentence: string): BoilerplateKind | null {
  if (WIRE_CODE.test(sentence)) return 'wire-code';
  const text = sentence.length <= MAX_CHROME_CHARS ? foldForSearch(sentence) : null;
  // Buttons first: 'Partager | Imprimer | Facebook' is a row of widgets, not a breadcrumb trail.
  if (text !== null && isRowOfWidgetLabels(text)) return 'widget';
  const crumbs = matchCrumbTrail(sentence, 0, sentence.length);
  if (crumbs && crumbs.end === sentence.length) return 'crumbs';
  if (text === null) return null;
  if (SOURCE_LINK_STARTS.some((p) => text.startsWith(p))) return 'source-link';
  if (WIDGET_STARTS.some((p) => text.startsWith(p))) return 'widget';
  if (sentence.startsWith('©') || COPYRIGHT.some((p) => text.includes(p))) return 'copyright';
  if (isByline(sentence)) return 'byline';
  return null;
}

const ENDS_LIKE_A_SENTENCE = /[.!?؟…]["»”’)]*$/u;

/** A run of short pieces is a ticker when few of them end like sentences (headlines do not). */
function isTicker(text: string, streak: Span[]): boolean {
  if (streak.length < MIN_TICKER_ITEMS) return false;
  let sentenceLike = 0;
  for (const piece of streak) {
    if (ENDS_LIKE_A_SENTENCE.test(text.slice(piece.start, piece.end).trimEnd())) sentenceLike++;
  }
  return sentenceLike <= streak.length * MAX_SENTENCE_LIKE_TICKER_ITEMS;
}

/**
 * Items of a ticker: pieces of a line between runs of spaces, short, at least three in a row,
 * mostly without sentence punctuation. A long piece (the article glued after the ticker)
 * breaks the run and stays prose.
 */
function tickerItems(text: string, paragraph: Span): Span[] {
  const breaks = findSpaceRunBreaks(text, paragraph.start, paragraph.end);
  if (breaks.length < MIN_TICKER_ITEMS - 1) return [];
  const items: Span[] = [];
  let streak: Span[] = [];
  const endStreak = (): void => {
    if (isTicker(text, streak)) for (const item of streak) items.push(item);
    streak = [];
  };
  let at = paragraph.start;
  for (let i = 0; i <= breaks.length; i++) {
    const run = breaks[i];
    const piece = { start: at, end: run ? run.start : paragraph.end };
    if (piece.end - piece.start <= MAX_TICKER_ITEM_CHARS) streak.push(piece);
    else endStreak();
    if (run) at = run.end;
  }
  endStreak();
  return items;
}

/** Boilerplate kind of every sentence, paragraph by paragraph (null for prose). */
export function detectBoilerplate(
  text: string,
  paragraphs: ParagraphSegment[],
): (BoilerplateKind | null)[][] {
  return paragraphs.map((paragraph) => {
    const ticker = tickerItems(text, paragraph);
    let item = 0;
    return paragraph.sentences.map((sentence) => {
      while (item < ticker.length && (ticker[item]?.end ?? 0) <= sentence.start) item++;
      const inTicker = ticker[item];
      if (inTicker && inTicker.start <= sentence.start && sentence.end <= inTicker.end) {
        return 'ticker';
      }
      return classifySentence(text.slice(sentence.start, sentence.end));
    });
  });
}

export interface AnalysedSentence {
  start: number;
  end: number;
  /** What kind of page chrome the sentence is; null for article text. */
  boilerplate: BoilerplateKind | null;
}

export interface AnalysedParagraph {
  start: number;
  end: number;
  /** True when every sentence of the paragraph is boilerplate. */
  boilerplate: boolean;
  sentences: AnalysedSentence[];
}

/** Paragraphs and sentences with their boilerplate flags. */
export function analyseBoilerplate(
  text: string,
  paragraphs: ParagraphSegment[],
): AnalysedParagraph[] {
  const kinds = detectBoilerplate(text, paragraphs);
  return paragraphs.map((paragraph, p) => {
    const sentences = paragraph.sentences.map((sentence, s) => ({
      start: sentence.start,
      end: sentence.end,
      boilerplate: kinds[p]?.[s] ?? null,
    }));
    return {
      start: paragraph.start,
      end: paragraph.end,
      boilerplate: sentences.length > 0 && sentences.every((s) => s.boilerplate !== null),
      sentences,
    };
  });
}
