// Turns files into documents. Files are prepared (read, decoded, analysed: in a worker thread for
// large imports) a few ahead while the previous group of documents is being written, and
// committed in batches: one fsync per batch, not per file. Each document's rows are written together or not at all (see write.ts), and a file is
// reported only once its batch has committed. A bad file never stops the others.
import type { ImportItem, ImportProgress, ImportReport } from '../../../shared/domain';
import type { CaseDatabase, DbWriter } from '../db/connection';
import { rejected, type PreparedDocument } from './prepare';
import { inlinePreparer, startPreparer, type FilePreparer } from './preparers';
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

/** Files at most this far ahead of the writer are being read and analysed. */
const READ_AHEAD_FILES = 64;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;
/** Below this many files a worker thread costs more to start than it saves. */
const WORKER_MIN_FILES = 50;

/** Prepares files in order, a bounded number ahead of the consumer. */
class ReadAhead {
  private readonly queue: { size: number; result: Promise<PreparedDocument | ImportItem> }[] = [];
  private started = 0;
  private bytesInFlight = 0;

  constructor(
    private readonly sources: readonly ImportSource[],
    private readonly preparer: FilePreparer,
  ) {}

  private fill(): void {
    while (
      this.started < this.sources.length &&
      this.queue.length < READ_AHEAD_FILES &&
      (this.queue.length === 0 || this.bytesInFlight < READ_AHEAD_BYTES)
    ) {
      const source = this.sources[this.started++];
      if (!source) break;
      const size = Math.min(source.size, READ_AHEAD_BYTES);
      this.bytesInFlight += size;
      const result = this.preparer
        .prepare(source)
        .catch((error: unknown) =>
          rejected(source.name, 'internal-error', `Not imported: ${(error as Error).message}`),
        );
      this.queue.push({ size, result });
    }
  }

  /** The next file's outcome, in source order. */
  async next(): Promise<PreparedDocument | ImportItem> {
    this.fill();
    const head = this.queue.shift();
    if (!head) throw new Error('read past the last file');
    const result = await head.result;
    this.bytesInFlight -= head.size;
    this.fill();
    return result;
  }
}

export async function importSources(db: CaseDatabase, job: ImportJob): Promise<ImportReport> {
  const items: ImportItem[] = [];
  const total = job.sources.length;
  const clock = job.now ?? (() => new Date());
  const cancelled = (): boolean => job.signal?.aborted ?? false;
  const preparer = total >= WORKER_MIN_FILES ? startPreparer() : inlinePreparer;
  const readAhead = new ReadAhead(job.sources, preparer);
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
    const batchStart = next;
    const batchOpen = (): boolean =>
      next < total &&
      !cancelled() &&
      Date.now() - started < BATCH_MAX_MS &&
      next - batchStart < BATCH_MAX_FILES;
    let writing: Promise<Settled<ImportItem[]>> | null = null;
    while (batchOpen()) {
      const group: (PreparedDocument | ImportItem)[] = [];
      while (group.length < GROUP_MAX_FILES && batchOpen()) {
        progress(job.sources[next]?.name ?? null);
        group.push(await readAhead.next());
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

  try {
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
  } finally {
    await preparer.close();
  }
  for (const source of job.sources.slice(next)) {
    items.push(rejected(source.name, 'cancelled', 'Not imported: the import was cancelled.'));
  }
  progress(null, true);
  return { jobId: job.jobId, items, cancelled: next < total };
}
