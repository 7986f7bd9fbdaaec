// Turns files into documents. Files are prepared (read, decoded, analysed) one by one while the
// previous group of documents is being written, and committed in batches: one fsync per batch, not
// per file. Each document's rows are written together or not at all (see write.ts), and a file is
// reported only once its batch has committed. A bad file never stops the others.
import type { ImportItem, ImportProgress, ImportReport } from '../../../shared/domain';
import type { CaseDatabase, DbWriter } from '../db/connection';
import { prepareFile, rejected, type PreparedDocument } from './prepare';
import type { ImportSource } from './sources';
import { writeGroup } from './write';

export interface ImportJob {
  jobId: string;
  sources: readonly ImportSource[];
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Clock for import timestamps (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * A batch commits after this long or this many files: long enough to pay one fsync for many
 * documents, short enough that other writes (a metadata edit) wait little. Groups are what one
 * set of multi-row statements writes.
 */
const BATCH_MAX_MS = 250;
const BATCH_MAX_FILES = 2_000;
const GROUP_MAX_FILES = 64;
const PROGRESS_INTERVAL_MS = 50;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Keeps a write running in the background without an unhandled rejection while files are read. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

async function unwrap<T>(settled: Promise<Settled<T>>): Promise<T> {
  const result = await settled;
  if (!result.ok) throw result.error;
  return result.value;
}

export async function importSources(db: CaseDatabase, job: ImportJob): Promise<ImportReport> {
  const items: ImportItem[] = [];
  const total = job.sources.length;
  const clock = job.now ?? (() => new Date());
  const cancelled = (): boolean => job.signal?.aborted ?? false;
  let next = 0;
  let lastProgressAt = 0;
  const progress = (current: string | null, force = false): void => {
    const at = Date.now();
    if (!force && at - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = at;
    job.onProgress?.({ jobId: job.jobId, done: items.length, total, current });
  };

  async function runBatch(tx: DbWriter): Promise<ImportItem[]> {
    const done: ImportItem[] = [];
    const started = Date.now();
    const batchOpen = (): boolean =>
      next < total &&
      !cancelled() &&
      Date.now() - started < BATCH_MAX_MS &&
      next - batchStart < BATCH_MAX_FILES;
    const batchStart = next;
    let writing: Promise<Settled<ImportItem[]>> | null = null;
    while (batchOpen()) {
      const group: (PreparedDocument | ImportItem)[] = [];
      while (group.length < GROUP_MAX_FILES && batchOpen()) {
        const source = job.sources[next];
        if (!source) break;
        progress(source.name);
        group.push(
          await prepareFile(source).catch((error: unknown) =>
            rejected(source.name, 'internal-error', `Not imported: ${(error as Error).message}`),
          ),
        );
        next++;
        // Lets the previous group's statements, reads (searches) and the cancel request run.
        await yieldToEventLoop();
      }
      if (writing) done.push(...(await unwrap(writing)));
      writing = settle(writeGroup(tx, group, clock()));
    }
    if (writing) done.push(...(await unwrap(writing)));
    return done;
  }

  while (next < total && !cancelled()) {
    const batchStart = next;
    try {
      items.push(...(await db.transaction(runBatch)));
    } catch (error) {
      // The batch could not be committed (disk full, file locked): none of its files are in.
      for (const source of job.sources.slice(batchStart, next)) {
        items.push(
          rejected(source.name, 'internal-error', `Not saved: ${(error as Error).message}`),
        );
      }
    }
    progress(job.sources[next]?.name ?? null, true);
  }
  for (const source of job.sources.slice(next)) {
    items.push(rejected(source.name, 'cancelled', 'Not imported: the import was cancelled.'));
  }
  progress(null, true);
  return { jobId: job.jobId, items, cancelled: next < total };
}
