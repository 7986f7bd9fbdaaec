// Lays a document's canonical text out as paragraphs of sentences, from its segments.
// Text between sentences (spaces, line breaks) is kept as gaps so nothing is lost.
import type { DocumentDetail, Segment } from '../../../../shared/domain';

export interface SentencePiece {
  kind: 'sentence';
  segmentId: number;
  /** Offset of `text` in the canonical text. */
  start: number;
  text: string;
  language: string;
  boilerplate: boolean;
}

export interface GapPiece {
  kind: 'gap';
  start: number;
  text: string;
}

export interface ParagraphView {
  key: string;
  /** Segment id of the paragraph, when it has sentences of its own. */
  segmentId: number | null;
  language: string;
  boilerplate: boolean;
  pieces: (SentencePiece | GapPiece)[];
}

function byStart(a: Segment, b: Segment): number {
  return a.start - b.start || a.end - b.end;
}

function piecesOf(
  text: string,
  from: number,
  to: number,
  sentences: Segment[],
): (SentencePiece | GapPiece)[] {
  const pieces: (SentencePiece | GapPiece)[] = [];
  let cursor = from;
  for (const sentence of sentences) {
    const start = Math.max(sentence.start, cursor);
    if (start > cursor)
      pieces.push({ kind: 'gap', start: cursor, text: text.slice(cursor, start) });
    if (sentence.end > start) {
      pieces.push({
        kind: 'sentence',
        segmentId: sentence.id,
        start,
        text: text.slice(start, sentence.end),
        language: sentence.language,
        boilerplate: sentence.boilerplate,
      });
    }
    cursor = Math.max(cursor, sentence.end);
  }
  if (to > cursor) pieces.push({ kind: 'gap', start: cursor, text: text.slice(cursor, to) });
  return pieces;
}

export function layoutParagraphs(
  doc: Pick<DocumentDetail, 'text' | 'segments' | 'language'>,
): ParagraphView[] {
  const paragraphs = doc.segments.filter((s) => s.kind === 'paragraph').sort(byStart);
  const sentencesByParagraph = new Map<number, Segment[]>();
  for (const sentence of doc.segments.filter((s) => s.kind === 'sentence').sort(byStart)) {
    const list = sentencesByParagraph.get(sentence.paragraphIndex) ?? [];
    list.push(sentence);
    sentencesByParagraph.set(sentence.paragraphIndex, list);
  }

  if (paragraphs.length === 0) {
    const sentences = [...sentencesByParagraph.values()].flat();
    return [
      {
        key: 'whole',
        segmentId: null,
        language: doc.language,
        boilerplate: false,
        pieces: piecesOf(doc.text, 0, doc.text.length, sentences),
      },
    ];
  }

  return paragraphs.map((paragraph) => {
    const sentences = sentencesByParagraph.get(paragraph.paragraphIndex) ?? [];
    // A paragraph without sentence segments is shown as one sentence carrying its own id.
    const pieces: (SentencePiece | GapPiece)[] =
      sentences.length > 0
        ? piecesOf(doc.text, paragraph.start, paragraph.end, sentences)
        : piecesOf(doc.text, paragraph.start, paragraph.end, [paragraph]);
    const sentencePieces = pieces.filter((p): p is SentencePiece => p.kind === 'sentence');
    return {
      key: String(paragraph.id),
      segmentId: sentences.length > 0 ? paragraph.id : null,
      language: paragraph.language,
      boilerplate:
        paragraph.boilerplate ||
        (sentencePieces.length > 0 && sentencePieces.every((p) => p.boilerplate)),
      pieces,
    };
  });
}
