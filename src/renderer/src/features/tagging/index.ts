export { QuotedText } from './QuotedText';
export { TaggingLayer } from './TaggingLayer';
export { useQuoteData, type DocumentHighlights, type QuoteData } from './useQuoteData';
