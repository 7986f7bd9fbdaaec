// Documents and their segments as they cross the process boundary. Runs anywhere: no I/O.

export type Brand<T, Name extends string> = T & { readonly __brand: Name };

export type DocumentId = Brand<number, 'DocumentId'>;
export type SegmentId = Brand<number, 'SegmentId'>;

/** ISO 639-1 code ('ar', 'fr', 'en', …) or 'und' when the identifier could not decide. */
export type LanguageCode = string;

/** Where a metadata value came from: found by the importer, or typed by the user (never overwritten). */
export type MetadataOrigin = 'detected' | 'user';

export type MetadataField = 'title' | 'outlet' | 'publishedAt' | 'language';

export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'iso-8859-6',
  'windows-1252',
  'iso-8859-1',
] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DocumentSummary {
  id: DocumentId;
  fileName: string;
  title: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null when none was found. */
  publishedAt: string | null;
  language: LanguageCode;
  languageConfidence: number;
  encoding: TextEncodingName;
  /** Size of the imported file in bytes. */
  bytes: number;
  /** Length of the canonical text in UTF-16 code units. */
  chars: number;
  sha256: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Another document with the same body but different page chrome, when there is one. */
  nearDuplicateOf: DocumentId | null;
  metadataOrigin: Record<MetadataField, MetadataOrigin>;
}

export type SegmentKind = 'paragraph' | 'sentence';

export interface Segment {
  id: SegmentId;
  kind: SegmentKind;
  /** Offsets into the canonical text (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
  /** Index of the paragraph this segment is or belongs to. */
  paragraphIndex: number;
  language: LanguageCode;
  /** How sure the language identifier was, from 0 to 1. */
  languageConfidence: number;
  boilerplate: boolean;
}

export interface DocumentDetail extends DocumentSummary {
  /** The immutable canonical text: decoded, BOM removed, LF line ends, NFC. */
  text: string;
  segments: Segment[];
}

export const DOCUMENT_SORT_KEYS = [
  'importedAt',
  'publishedAt',
  'title',
  'outlet',
  'language',
  'chars',
] as const;
export type DocumentSortKey = (typeof DOCUMENT_SORT_KEYS)[number];
