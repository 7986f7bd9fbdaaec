// The briefing editor: one component and its handle; data comes in through props.
export { BriefingEditor } from './BriefingEditor';
export type { BriefingEditorHandle, BriefingEditorProps } from './types';
export type { CitationLookup } from './citations/CitationDisplayContext';
export type { CitationIds } from './citations/citationIds';
export { isInternalLink } from './links';
export {
  QUOTE_DRAG_MIME,
  mayCarryQuote,
  parseQuoteDragData,
  readQuoteDragData,
  setQuoteDragData,
  type DragDataCarrier,
  type QuoteDragData,
} from './quoteDrag';
