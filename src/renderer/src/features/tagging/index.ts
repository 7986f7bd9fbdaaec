export { QuotedText } from './QuotedText';
export { TaggingLayer, requestTagSelection } from './TaggingLayer';
export { useQuoteData, type DocumentHighlights, type QuoteData } from './useQuoteData';
export { QuoteUndoProvider } from './QuoteUndo';
export { UndoToast } from './UndoToast';
