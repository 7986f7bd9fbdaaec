// Sends sources to the core in chunks of bounded size, reading each file only when its chunk
// is built, so a folder of 10,000 files never sits in memory at once.
import type { ParallaxApi } from '../../../../shared/contract';
import { MAX_IMPORT_BYTES, type ImportItem, type ImportReport } from '../../../../shared/domain';
import type { ImportSource } from './importSources';

const CHUNK_BYTES = 32 * 1024 * 1024;
const CHUNK_FILES = 500;

type ImportFile = Parameters<ParallaxApi['importFiles']>[0]['files'][number];

async function toImportFile(source: ImportSource): Promise<{ file: ImportFile; bytes: number }> {
  const base = { name: source.name, size: source.size };
  if (source.readError !== undefined || !source.file) {
    return {
      file: { ...base, readError: source.readError ?? 'The file could not be opened.' },
      bytes: 0,
    };
  }
  if (source.size > MAX_IMPORT_BYTES) return { file: base, bytes: 0 };
  try {
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    if (bytes.byteLength > MAX_IMPORT_BYTES)
      return { file: { ...base, size: bytes.byteLength }, bytes: 0 };
    return { file: { ...base, bytes }, bytes: bytes.byteLength };
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    return { file: { ...base, readError: reason }, bytes: 0 };
  }
}

function cancelledItem(source: ImportSource): ImportItem {
  return {
    file: source.name,
    status: 'rejected',
    reason: 'The import was cancelled before this file was sent.',
    rejection: 'cancelled',
    documentId: null,
    language: null,
    title: null,
  };
}

export interface ImportRunHooks {
  /** A chunk is about to be sent under this job id; `offset` files came before it. */
  onChunk: (jobId: string, offset: number) => void;
  onChunkDone: () => void;
  stopRequested: () => boolean;
}

export async function runImport(
  api: ParallaxApi,
  sources: ImportSource[],
  baseJobId: string,
  hooks: ImportRunHooks,
): Promise<ImportReport> {
  const items: ImportItem[] = [];
  let cancelled = false;
  let index = 0;
  for (let chunk = 0; index < sources.length; chunk++) {
    if (hooks.stopRequested()) {
      cancelled = true;
      break;
    }
    const offset = index;
    const files: ImportFile[] = [];
    let chunkBytes = 0;
    while (index < sources.length && files.length < CHUNK_FILES) {
      const source = sources[index] as ImportSource;
      const wouldRead = source.file !== null && source.size <= MAX_IMPORT_BYTES;
      if (files.length > 0 && wouldRead && chunkBytes + source.size > CHUNK_BYTES) break;
      const { file, bytes } = await toImportFile(source);
      files.push(file);
      chunkBytes += bytes;
      index++;
    }
    const jobId = `${baseJobId}/${chunk}`;
    hooks.onChunk(jobId, offset);
    const report = await api.importFiles({ jobId, files });
    items.push(...report.items);
    hooks.onChunkDone();
    if (report.cancelled) {
      cancelled = true;
      break;
    }
  }
  items.push(...sources.slice(index).map(cancelledItem));
  return { jobId: baseJobId, items, cancelled };
}

export function isChunkOf(jobId: string, baseJobId: string): boolean {
  return jobId === baseJobId || jobId.startsWith(`${baseJobId}/`);
}
