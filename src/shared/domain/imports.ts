// What an import reports, per file and as a whole. Runs anywhere: no I/O.
import type { DocumentId, LanguageCode } from './documents';

export type ImportStatus = 'imported' | 'duplicate' | 'rejected';

/** Why a file was rejected, as a stable code; `reason` carries the sentence a person reads. */
export type RejectionCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'unreadable'
  | 'unsupported-type'
  | 'no-text'
  | 'cancelled'
  | 'internal-error';

export interface ImportItem {
  /** The file's name (or path relative to the dropped folder). */
  file: string;
  status: ImportStatus;
  /** Why a file was rejected or is a duplicate; null when imported cleanly. */
  reason: string | null;
  rejection: RejectionCode | null;
  documentId: DocumentId | null;
  language: LanguageCode | null;
  title: string | null;
}

export interface ImportReport {
  jobId: string;
  items: ImportItem[];
  cancelled: boolean;
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  /** Name of the file being imported now; null when finished. */
  current: string | null;
}

/** Largest file the importer accepts (50 MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** File name extensions accepted as plain text ('' stands for no extension). */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', ''] as const;
