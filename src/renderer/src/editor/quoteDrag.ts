// A quote dragged from the quote browser (or the reader) onto a briefing carries its ids and words
// in a private MIME type, plus the words as text/plain so other targets get plain text. The drop
// side trusts nothing: a drag can come from another window or another program.
export const QUOTE_DRAG_MIME = 'application/x-parallax-quote';

export interface QuoteDragData {
  quoteUid: string;
  documentId: number;
  text: string;
  language: string;
}

/** The part of DataTransfer used here, so tests (and non-DOM callers) can pass a plain object. */
export type DragDataCarrier = Pick<DataTransfer, 'getData' | 'setData'>;

// Same limits as the briefing state schema (src/shared/briefings/state.ts): a quote node that
// would be refused on save is refused at the drop instead.
const UID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const LANGUAGE_PATTERN = /^([a-z]{2,3}|und)$/;
const MAX_TEXT_LENGTH = 1_000_000;

export function setQuoteDragData(dataTransfer: DragDataCarrier, data: QuoteDragData): void {
  const payload: QuoteDragData = {
    quoteUid: data.quoteUid,
    documentId: data.documentId,
    text: data.text,
    language: data.language,
  };
  dataTransfer.setData(QUOTE_DRAG_MIME, JSON.stringify(payload));
  dataTransfer.setData('text/plain', data.text);
}

/** The quote a drag carries, or null when it carries none or something malformed. */
export function readQuoteDragData(
  dataTransfer: Pick<DataTransfer, 'getData'>,
): QuoteDragData | null {
  const raw = dataTransfer.getData(QUOTE_DRAG_MIME);
  if (raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return parseQuoteDragData(value);
}

export function parseQuoteDragData(value: unknown): QuoteDragData | null {
  if (typeof value !== 'object' || value === null) return null;
  const { quoteUid, documentId, text, language } = value as Record<string, unknown>;
  if (typeof quoteUid !== 'string' || !UID_PATTERN.test(quoteUid)) return null;
  if (typeof documentId !== 'number' || !Number.isSafeInteger(documentId) || documentId <= 0) {
    return null;
  }
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_TEXT_LENGTH) return null;
  if (typeof language !== 'string' || !LANGUAGE_PATTERN.test(language)) return null;
  return { quoteUid, documentId, text, language };
}

/** Whether a drag (during dragover, when only the types are readable) may carry a quote. */
export function mayCarryQuote(dataTransfer: Pick<DataTransfer, 'types'>): boolean {
  return Array.from(dataTransfer.types).includes(QUOTE_DRAG_MIME);
}
