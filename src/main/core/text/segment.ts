// Paragraphs and sentences of a canonical text, as offsets into it.
import { splitSentences } from './sentences';
import { findInlineByline, findSpaceRunBreaks, matchCrumbTrail, type Span } from './structure';
import { isWhitespaceCode } from './scripts';

export interface ParagraphSegment {
  /** Offsets into the text (JavaScript string indices, end exclusive), trimmed, never empty. */
  start: number;
  end: number;
  sentences: { start: number; end: number }[];
}

/** Longest "sentence" kept whole; longer runs (a 50 MB line without punctuation) are cut. */
export const MAX_SENTENCE_CHARS = 2000;

const isLineBreak = (code: number): boolean =>
  code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
  while (e > s && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Paragraphs are lines: news files put one paragraph per line; blank lines only separate. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text.charCodeAt(i))) continue;
    const span = trimSpan(text, lineStart, i);
    if (span) spans.push(span);
    lineStart = i + 1;
  }
  return spans;
}

/** Cut a paragraph at the structures a scraped page glues into it, before any punctuation rule. */
function structuralChunks(text: string, paragraph: Span): { span: Span; atomic: boolean }[] {
  const chunks: { span: Span; atomic: boolean }[] = [];
  let at = paragraph.start;
  const crumbs = matchCrumbTrail(text, at, paragraph.end);
  if (crumbs) {
    chunks.push({ span: crumbs, atomic: true });
    at = crumbs.end;
  }
  const byline = findInlineByline(text, at, paragraph.end);
  if (byline) {
    chunks.push({ span: { start: at, end: byline.start }, atomic: false });
    chunks.push({ span: byline, atomic: true });
    at = byline.end;
  }
  chunks.push({ span: { start: at, end: paragraph.end }, atomic: false });
  return chunks;
}

function cutAtBreaks(span: Span, breaks: Span[]): Span[] {
  const pieces: Span[] = [];
  let at = span.start;
  for (const run of breaks) {
    if (run.end <= span.start || run.start >= span.end) continue;
    pieces.push({ start: at, end: Math.max(at, run.start) });
    at = Math.min(span.end, run.end);
  }
  pieces.push({ start: at, end: span.end });
  return pieces;
}

/** Cut a too-long sentence at the last whitespace before the cap (or at the cap). */
function capLength(text: string, span: Span, out: Span[]): void {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    let space = cut;
    while (space > start + MAX_SENTENCE_CHARS / 2 && !isWhitespaceCode(text.charCodeAt(space)))
      space--;
    if (isWhitespaceCode(text.charCodeAt(space))) cut = space;
    else if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
    const piece = trimSpan(text, start, cut);
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = trimSpan(text, start, span.end);
  if (rest) out.push(rest);
}

/**
 * Paragraphs (one per line) and their sentences. Inside a paragraph, breadcrumb trails, an
 * inline byline and runs of spaces (tickers) cut first; punctuation rules cut the pieces; no
 * sentence is longer than MAX_SENTENCE_CHARS. Offsets are trimmed, ordered, never overlapping.
 */
export function segmentText(text: string): ParagraphSegment[] {
  return paragraphSpans(text).map((paragraph) => {
    const breaks = findSpaceRunBreaks(text, paragraph.start, paragraph.end);
    const sentences: Span[] = [];
    for (const chunk of structuralChunks(text, paragraph)) {
      for (const piece of cutAtBreaks(chunk.span, breaks)) {
        const trimmed = trimSpan(text, piece.start, piece.end);
        if (!trimmed) continue;
        const spans = chunk.atomic ? [trimmed] : splitSentences(text, trimmed.start, trimmed.end);
        for (const span of spans) capLength(text, span, sentences);
      }
    }
    return { start: paragraph.start, end: paragraph.end, sentences };
  });
}
