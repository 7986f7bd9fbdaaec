// Search results as they cross the process boundary. Runs anywhere: no I/O.
import type { DocumentId, DocumentSummary, LanguageCode, SegmentId } from './documents';

/** A stretch of a snippet to highlight, as offsets into the snippet's text. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface SearchHit {
  documentId: DocumentId;
  segmentId: SegmentId;
  /** Offsets of the matching sentence in the document's canonical text. */
  start: number;
  end: number;
  /** The sentence (trimmed around the matches when long), as plain text. */
  snippet: string;
  highlights: HighlightRange[];
  /**
   * Where the snippet's words (without the '…' a trimmed snippet starts or ends with) sit in the
   * canonical text, so a selection in the snippet maps to a quote's offsets.
   */
  excerptStart: number;
  excerptEnd: number;
  language: LanguageCode;
  boilerplate: boolean;
  /** Higher is better; comparable within one result list only. */
  score: number;
}

export interface SearchResults {
  query: string;
  hits: SearchHit[];
  /** The documents the hits come from, for their group headings. */
  documents: DocumentSummary[];
  /** True when more sentences matched than were returned. */
  truncated: boolean;
}
