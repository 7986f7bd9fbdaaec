// Where the importer's CPU work runs: in a worker thread when one can be started (the normal
// case), inline otherwise. Reading stays on the calling thread.
import type { Worker } from 'node:worker_threads';
import type { ImportItem } from '../../../shared/domain';
import { analyseBytes, readChecked, rejected, type PreparedDocument } from './prepare';
import type { PrepareRequest, PrepareResponse } from './prepareWorker';
import type { ImportSource } from './sources';
import { spawnWorker } from '../workers';

export interface FilePreparer {
  /** Where the analysis runs now: 'inline' also after a worker failed. */
  readonly mode: 'worker' | 'inline';
  prepare(source: ImportSource): Promise<PreparedDocument | ImportItem>;
  close(): Promise<void>;
}

export const inlinePreparer: FilePreparer = {
  mode: 'inline',
  async prepare(source) {
    const bytes = await readChecked(source);
    return bytes instanceof Uint8Array ? analyseBytes(source.name, bytes) : bytes;
  },
  async close() {},
};

/**
 * The worker's short-lived garbage (one file at a time) is collected early with a small young
 * generation, and its old generation is capped, which keeps a long import's memory flat. A file
 * too big for that (tens of MB) stops the worker; it and the files after it are analysed inline.
 */
const WORKER_OPTIONS = {
  resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
};

class WorkerPreparer implements FilePreparer {
  private readonly pending = new Map<number, (response: PrepareResponse) => void>();
  private nextId = 0;
  private failed: Error | null = null;

  get mode(): 'worker' | 'inline' {
    return this.failed ? 'inline' : 'worker';
  }

  constructor(private readonly worker: Worker) {
    worker.on('message', (response: PrepareResponse) => {
      this.pending.get(response.id)?.(response);
      this.pending.delete(response.id);
    });
    const fail = (error: Error): void => {
      this.failed = error;
      for (const [id, settle] of this.pending) settle({ id, ok: false, message: error.message });
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
  }

  async prepare(source: ImportSource): Promise<PreparedDocument | ImportItem> {
    const bytes = await readChecked(source);
    if (!(bytes instanceof Uint8Array)) return bytes;
    // A worker that could not start or died: the work is done here instead, nothing is lost.
    if (this.failed) return analyseBytes(source.name, bytes);
    const id = this.nextId++;
    const response = await new Promise<PrepareResponse>((resolve) => {
      this.pending.set(id, resolve);
      // Copied, not transferred: if the worker dies, the bytes are still here to analyse inline.
      const request: PrepareRequest = { id, file: source.name, bytes };
      this.worker.postMessage(request);
    });
    if (response.ok) return response.result;
    return this.failed
      ? analyseBytes(source.name, bytes)
      : rejected(source.name, 'internal-error', `Not imported: ${response.message}`);
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** A preparer backed by a worker thread, or the inline one where no worker can be started. */
export function startPreparer(): FilePreparer {
  try {
    const worker = spawnWorker(import.meta.url, 'prepareWorker', WORKER_OPTIONS);
    if (!worker) return inlinePreparer;
    return new WorkerPreparer(worker);
  } catch {
    return inlinePreparer;
  }
}
