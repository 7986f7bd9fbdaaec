// A dragged quote carries its ids and words; the drop side accepts only a well-formed quote.
import { describe, expect, it } from 'vitest';
import {
  mayCarryQuote,
  QUOTE_DRAG_MIME,
  readQuoteDragData,
  setQuoteDragData,
  type QuoteDragData,
} from '../../../../src/renderer/src/editor/quoteDrag';

/** Just enough of DataTransfer: a map of MIME type to string, as Chromium keeps it. */
function fakeTransfer(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getData: (type: string) => items.get(type) ?? '',
    setData: (type: string, value: string) => {
      items.set(type, value);
    },
    get types() {
      return [...items.keys()];
    },
  };
}

const QUOTE: QuoteDragData = {
  quoteUid: 'quote_ABC123',
  documentId: 42,
  text: 'قال العميد «التعاون مستمر»',
  language: 'ar',
};

describe('quote drag data', () => {
  it('round-trips a quote and offers its words as plain text to other targets', () => {
    const transfer = fakeTransfer();
    setQuoteDragData(transfer, QUOTE);
    expect(readQuoteDragData(transfer)).toEqual(QUOTE);
    expect(transfer.getData('text/plain')).toBe(QUOTE.text);
    expect(mayCarryQuote(transfer)).toBe(true);
  });

  it('writes only the quote fields, whatever else the caller passes', () => {
    const transfer = fakeTransfer();
    setQuoteDragData(transfer, { ...QUOTE, note: 'private' } as QuoteDragData);
    expect(JSON.parse(transfer.getData(QUOTE_DRAG_MIME))).toEqual(QUOTE);
  });

  it('reads nothing from a drag that carries no quote', () => {
    const transfer = fakeTransfer({ 'text/plain': 'just words' });
    expect(readQuoteDragData(transfer)).toBeNull();
    expect(mayCarryQuote(transfer)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['not JSON', '{quoteUid:'],
    ['an array', [QUOTE]],
    ['null', null],
    ['a short uid', { ...QUOTE, quoteUid: 'abc' }],
    ['a uid with a slash', { ...QUOTE, quoteUid: 'quote/ABC123' }],
    ['a string document id', { ...QUOTE, documentId: '42' }],
    ['a fractional document id', { ...QUOTE, documentId: 4.2 }],
    ['a negative document id', { ...QUOTE, documentId: -1 }],
    ['empty words', { ...QUOTE, text: '' }],
    ['words that are not a string', { ...QUOTE, text: 7 }],
    ['a language name instead of a code', { ...QUOTE, language: 'Arabic' }],
    ['a missing language', { quoteUid: QUOTE.quoteUid, documentId: 42, text: 'x' }],
  ])('refuses %s', (_name, value) => {
    const raw = typeof value === 'string' ? value : JSON.stringify(value);
    expect(readQuoteDragData(fakeTransfer({ [QUOTE_DRAG_MIME]: raw }))).toBeNull();
  });
});
