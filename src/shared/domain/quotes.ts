// Quotes (exact source words filed under the analyst's tags) and the tag tree, as they cross the
// process boundary. No I/O.
import type { Brand, DocumentId, LanguageCode } from './documents';

export type QuoteId = Brand<number, 'QuoteId'>;
export type TagId = Brand<number, 'TagId'>;

export interface Tag {
  id: TagId;
  /** Stable across renames and merges of other tags; what exports and briefings refer to. */
  uid: string;
  name: string;
  parentId: TagId | null;
  /** #rrggbb */
  color: string;
  /** Quotes filed directly under this tag. */
  quoteCount: number;
}

export interface Quote {
  id: QuoteId;
  uid: string;
  documentId: DocumentId;
  /** Offsets into the document's canonical text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The exact source words, text.slice(start, end); kept to prove and re-anchor the quote. */
  text: string;
  /** Up to 32 characters before and after, for re-anchoring and for proof. */
  prefix: string;
  suffix: string;
  note: string;
  /** In the order the user gave them: the first tag's colour marks the quote. */
  tagIds: TagId[];
  /** The quote this one translates ("tag counterparts too" in the reader), if any. */
  translationOf: QuoteId | null;
  createdAt: string;
  updatedAt: string;
}

/** A quote with what the quote browser shows about its source. */
export interface QuoteRow extends Quote {
  documentTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  language: LanguageCode;
  fileName: string;
}

export const QUOTE_CONTEXT_CHARS = 32;

export const QUOTE_GROUPINGS = ['tag', 'document'] as const;
export type QuoteGrouping = (typeof QUOTE_GROUPINGS)[number];

export interface QuoteFilter {
  tagId?: TagId;
  /** With the tag's descendants (default true). */
  includeSubtags?: boolean;
  /** Quotes with no tag at all. */
  untagged?: boolean;
  documentId?: DocumentId;
  /** An outlet's name, or null for documents with no outlet. */
  outlet?: string | null;
  language?: LanguageCode;
  /** Publication date of the source, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Words inside the quote or its note, normalised as search is. */
  text?: string;
}

/** Counts of quotes per tag and source outlet (or language): which sources say what. */
export interface QuoteMatrix {
  by: 'outlet' | 'language';
  columns: string[];
  /**
   * Per tag: quotes filed directly under it (counts, total) and in its whole subtree, each quote
   * once however many of the subtree's tags it has (subtreeCounts, subtreeTotal).
   */
  rows: {
    tagId: TagId;
    counts: number[];
    total: number;
    subtreeCounts: number[];
    subtreeTotal: number;
  }[];
}

/** The counts the tag tree shows beside its fixed rows and its tags with sub-tags. */
export interface QuoteTotals {
  all: number;
  untagged: number;
  /** For each tag with sub-tags: quotes filed under it or any sub-tag, each quote once. */
  subtrees: { tagId: TagId; quotes: number }[];
}

/** A deleted quote as the renderer keeps it for undo: enough to put it back as it was. */
export type DeletedQuote = Omit<Quote, 'id' | 'translationOf'> & {
  translationOfUid: string | null;
};
