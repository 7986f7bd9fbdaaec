export { QuotesContainer, type QuoteLocation } from './QuotesContainer';
export { QUOTE_MARKS, useQuotesState, type QuotesState } from './useQuotesState';
export { TAG_TREE_KEY_HELP } from './TagTree';
