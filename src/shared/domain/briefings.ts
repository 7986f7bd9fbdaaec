// Briefings (the analyst's cited drafts) as they cross the process boundary. No I/O.
import type { BriefingState } from '../briefings/state';
import type { Brand, DocumentId, LanguageCode } from './documents';

export type BriefingId = Brand<number, 'BriefingId'>;
export type BriefingRevisionId = Brand<number, 'BriefingRevisionId'>;

export interface BriefingSummary {
  id: BriefingId;
  uid: string;
  title: string;
  author: string;
  /** Printed on every page, e.g. "UNCLASSIFIED // FOR INTERNAL USE". */
  handling: string;
  /** The briefing's own language: 'ar' makes it right-to-left throughout. */
  language: LanguageCode;
  createdAt: string;
  updatedAt: string;
  /** Citation marks and quote blocks in the saved content. */
  citationCount: number;
}

export interface Briefing extends BriefingSummary {
  content: BriefingState;
}

export interface BriefingRevisionSummary {
  id: BriefingRevisionId;
  title: string;
  savedAt: string;
  /** Characters of the saved JSON, to tell big and small versions apart in the list. */
  size: number;
}

export interface BriefingRevision extends BriefingRevisionSummary {
  content: BriefingState;
}

/** A cited document as the source list and the editor show it. */
export interface SourceInfo {
  documentId: DocumentId;
  /** False when the document was deleted after it was cited: the citation is broken. */
  exists: boolean;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  language: LanguageCode;
  fileName: string;
  /** First 8 hex digits of the sha256 of the source's canonical text. */
  fingerprint: string;
}

/** A source in a briefing's list: numbered by the first appearance of a citation to it. */
export interface BriefingSource extends SourceInfo {
  number: number;
}

/** A cited quote as the store resolves it (the editor state holds only its uid and a snapshot). */
export interface QuoteInfo {
  uid: string;
  /** False when the quote was deleted after it was cited. */
  exists: boolean;
  documentId: DocumentId | null;
  text: string;
  language: LanguageCode;
  /** False when the source's text at the quote's offsets is no longer the quote's text. */
  matchesSource: boolean;
}

export const BRIEFING_CHECK_KINDS = [
  'missing-document',
  'missing-quote',
  'quote-mismatch',
  'single-citation',
  'uncited-paragraph',
] as const;
export type BriefingCheckKind = (typeof BRIEFING_CHECK_KINDS)[number];

export interface BriefingCheck {
  kind: BriefingCheckKind;
  /** Errors block nothing but are shown first; hints are suggestions ("paragraph with no citation"). */
  severity: 'error' | 'warning' | 'hint';
  message: string;
  documentId?: DocumentId;
  quoteUid?: string;
  /** Index of the top-level block concerned, so the editor can scroll to it. */
  blockIndex?: number;
}

/** Everything an exporter needs: the briefing, its numbered sources and its resolved quotes. */
export interface BriefingView {
  briefing: Briefing;
  sources: BriefingSource[];
  quotes: Record<string, QuoteInfo>;
  /** When the export was made (ISO timestamp), printed as the briefing's date. */
  exportedAt: string;
}

export const BRIEFING_EXPORT_FORMATS = ['pdf', 'html', 'md'] as const;
export type BriefingExportFormat = (typeof BRIEFING_EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}
