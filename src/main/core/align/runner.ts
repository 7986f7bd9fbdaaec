// Where an alignment runs: inline for the usual article pair (a few milliseconds), in a worker
// thread for long pairs so the main thread never stalls on one. A worker that cannot start or
// dies leaves the work to be done inline: an alignment is never lost to it.
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../workers';
import type { AlignRequest, AlignResponse } from './alignWorker';
import { alignSentences, engineVersion } from './index';
import type { AlignSide, EngineAlignment, EngineOptions } from './types';

/** Pairs with this many sentences together (about 20 ms of work) or more go to the worker. */
export const WORKER_MIN_SENTENCES = 300;

class AlignmentWorker {
  private readonly pending = new Map<number, (response: AlignResponse) => void>();
  private nextId = 0;
  failed = false;

  constructor(private readonly worker: Worker) {
    // Idle, the worker must not keep a CLI process alive; busy, it must.
    worker.unref();
    worker.on('message', (response: AlignResponse) => {
      this.pending.get(response.id)?.(response);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
    });
    const fail = (error: Error): void => {
      this.failed = true;
      for (const [id, settle] of this.pending) settle({ id, ok: false, message: error.message });
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) =>
      fail(new Error(`the alignment worker stopped (exit code ${code})`)),
    );
  }

  align(request: Omit<AlignRequest, 'id'>): Promise<AlignResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.ref();
      this.worker.postMessage({ ...request, id } satisfies AlignRequest);
    });
  }
}

let shared: AlignmentWorker | null = null;

function alignmentWorker(): AlignmentWorker | null {
  if (shared && !shared.failed) return shared;
  try {
    const worker = spawnWorker(import.meta.url, 'alignWorker', {});
    shared = worker ? new AlignmentWorker(worker) : null;
  } catch {
    shared = null;
  }
  return shared;
}

export interface RunOptions {
  /** Where to run: by size (the default), or always inline. */
  where?: 'auto' | 'inline';
}

/** Aligns a pair where it is best done; the result is the same wherever it ran. */
export async function runAlignment(
  a: AlignSide,
  b: AlignSide,
  options: EngineOptions,
  run: RunOptions = {},
): Promise<EngineAlignment & { ranIn: 'worker' | 'inline' }> {
  const long = a.sentences.length + b.sentences.length >= WORKER_MIN_SENTENCES;
  const worker = long && run.where !== 'inline' ? alignmentWorker() : null;
  if (worker) {
    const response = await worker.align({ a, b, options });
    // A worker reading another lexicon (a file changed since this process started) is not used.
    if (response.ok && response.engineVersion === engineVersion()) {
      return { ...response.result, ranIn: 'worker' };
    }
  }
  return { ...alignSentences(a, b, options), ranIn: 'inline' };
}
