// Everything the importer does to one file before the database: checks and reading (here), then
// decoding, hashing and the text analysis (analyseBytes, pure CPU: it may run in a worker thread).
// A bad file becomes its report line here.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { ImportItem, RejectionCode, TextEncodingName } from '../../../shared/domain';
import { MAX_IMPORT_BYTES, TEXT_EXTENSIONS } from '../../../shared/domain';
import { serialiseSegments } from '../db/queries/segments';
import { analyseText, type TextAnalysis } from '../text/analyse';
import { decodeText } from '../text/decode';
import type { ImportSource } from './sources';

/**
 * A file ready to store. Text and segments travel as JSON strings, ready to splice into the
 * insert's parameter: a large import hands millions of segments from the worker to the writer,
 * and strings cross that boundary (and sit in the writer's heap) far more cheaply than objects.
 */
export interface PreparedDocument {
  file: string;
  fileName: string;
  sha256: string;
  encoding: TextEncodingName;
  bytes: number;
  /** Length of the canonical text in UTF-16 code units. */
  chars: number;
  /** The canonical text as a JSON string literal. */
  textJson: string;
  metadata: Pick<
    TextAnalysis,
    'title' | 'outlet' | 'publishedAt' | 'language' | 'languageConfidence' | 'bodyFingerprint'
  >;
  segmentCount: number;
  /** The segments as serialiseSegments writes them. */
  segmentsJson: string;
}

export function rejected(file: string, rejection: RejectionCode, reason: string): ImportItem {
  return {
    file,
    status: 'rejected',
    reason,
    rejection,
    documentId: null,
    language: null,
    title: null,
  };
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const tooLarge = (file: string, bytes: number): ImportItem =>
  rejected(
    file,
    'too-large',
    `The file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.`,
  );

function checkBeforeReading(source: ImportSource): ImportItem | null {
  if (source.readError !== undefined) return rejected(source.name, 'unreadable', source.readError);
  const extension = extname(source.name).toLowerCase();
  if (!(TEXT_EXTENSIONS as readonly string[]).includes(extension)) {
    return rejected(
      source.name,
      'unsupported-type',
      `Only plain text files are imported (.txt, .text, .md or no extension); this is a ${extension} file.`,
    );
  }
  if (source.size > MAX_IMPORT_BYTES) return tooLarge(source.name, source.size);
  return null;
}

/** Reads a file after the cheap checks; the bytes, or the file's rejection. */
export async function readChecked(source: ImportSource): Promise<Uint8Array | ImportItem> {
  const early = checkBeforeReading(source);
  if (early) return early;
  try {
    const bytes = await source.read();
    return bytes.byteLength > MAX_IMPORT_BYTES ? tooLarge(source.name, bytes.byteLength) : bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return rejected(source.name, 'unreadable', `The file cannot be read (${code}).`);
  }
}

const fileNameOf = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** The CPU part: decode, hash and analyse bytes already read. Pure, so it can run in a worker. */
export function analyseBytes(file: string, bytes: Uint8Array): PreparedDocument | ImportItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return rejected(file, decoded.rejection, decoded.reason);

  const fileName = fileNameOf(file);
  const { segments, title, outlet, publishedAt, language, languageConfidence, bodyFingerprint } =
    analyseText(decoded.text, fileName);
  return {
    file,
    fileName,
    sha256: createHash('sha256').update(decoded.text, 'utf8').digest('hex'),
    encoding: decoded.encoding,
    bytes: bytes.byteLength,
    chars: decoded.text.length,
    textJson: JSON.stringify(decoded.text),
    metadata: { title, outlet, publishedAt, language, languageConfidence, bodyFingerprint },
    segmentCount: segments.length,
    segmentsJson: serialiseSegments(segments),
  };
}

export function isPrepared(value: PreparedDocument | ImportItem): value is PreparedDocument {
  return 'segmentsJson' in value;
}
