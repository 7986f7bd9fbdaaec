// Autosave for one open briefing: every change goes to the crash journal at once, and to the
// server after a pause. One save is in flight at a time; changes made meanwhile are saved next,
// and only the latest state is ever sent. The journal is cleared only once the server holds the
// very state it holds.
import type { BriefingState } from '../../../../shared/briefings/state';
import type { BriefingJournal } from './journal';

export type SaveStatus =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number): void;
  now(): number;
}

const browserTimers: Timers = {
  set: (run, ms) => window.setTimeout(run, ms),
  clear: (id) => window.clearTimeout(id),
  now: () => Date.now(),
};

export interface SaveQueueOptions {
  initial: BriefingState;
  /** The server's updatedAt of `initial`. */
  basedOn: string;
  journal: BriefingJournal;
  save: (state: BriefingState, checkpoint: boolean) => Promise<{ updatedAt: string }>;
  onStatus: (status: SaveStatus) => void;
  /** After each successful save, e.g. to run the checks again. */
  onSaved?: (updatedAt: string, checkpoint: boolean) => void;
  /** Pause after the last change before saving; under a second, as the issue asks. */
  delayMs?: number;
  timers?: Timers;
}

export const AUTOSAVE_DELAY_MS = 700;
/** Typing without a pause still reaches the server this often (the journal has it meanwhile). */
export const AUTOSAVE_MAX_WAIT_MS = 5_000;

export class BriefingSaveQueue {
  private latest: { state: BriefingState; json: string };
  private version = 0;
  private savedVersion = 0;
  private basedOn: string;
  private checkpointWanted = false;
  private rerun = false;
  private running: Promise<boolean> | null = null;
  private timer: number | null = null;
  /** edited() said "pending" and the state it announced has not come yet. */
  private awaitingChange = false;
  /** When the oldest change not yet sent was made. */
  private unsentSince: number | null = null;
  private readonly timers: Timers;
  private readonly delayMs: number;

  constructor(private readonly options: SaveQueueOptions) {
    this.latest = { state: options.initial, json: JSON.stringify(options.initial) };
    this.basedOn = options.basedOn;
    this.timers = options.timers ?? browserTimers;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  }

  /** True while some change is not yet on the server. */
  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  /**
   * An edit was made and its state comes with the next change() (the editor reports when idle):
   * shown as unsaved now, unless a save is already under way or due (a failed checkpoint's
   * status, too, stays until its retry).
   */
  edited(): void {
    if (this.dirty || this.running !== null || this.checkpointWanted) return;
    this.awaitingChange = true;
    this.options.onStatus({ kind: 'pending' });
  }

  /** Records a change: journal now, server after the pause. Identical states are ignored. */
  change(state: BriefingState): void {
    const awaited = this.awaitingChange;
    this.awaitingChange = false;
    const json = JSON.stringify(state);
    if (json === this.latest.json) {
      // The edit announced by edited() changed nothing after all (a no-op command).
      if (awaited && !this.dirty && this.running === null) this.options.onStatus({ kind: 'saved' });
      return;
    }
    this.latest = { state, json };
    this.version += 1;
    const journaled = this.options.journal.write({
      state,
      basedOn: this.basedOn,
      writtenAt: this.timers.now(),
    });
    this.options.onStatus(
      journaled
        ? { kind: 'pending' }
        : { kind: 'failed', reason: 'the recovery copy could not be written' },
    );
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    const now = this.timers.now();
    this.unsentSince ??= now;
    const waited = now - this.unsentSince;
    const delay = Math.max(0, Math.min(this.delayMs, AUTOSAVE_MAX_WAIT_MS - waited));
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /** Saves now (Ctrl/Cmd+S, a restore, leaving): resolves true once everything is saved. */
  flush(checkpoint = false): Promise<boolean> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    if (checkpoint) this.checkpointWanted = true;
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    const running = this.drain().finally(() => {
      this.running = null;
    });
    this.running = running;
    return running;
  }

  /** Stops the timer; what is unsaved stays in the journal for the next open. */
  dispose(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<boolean> {
    do {
      this.rerun = false;
      if (!this.dirty && !this.checkpointWanted) break;
      const target = this.latest;
      const version = this.version;
      const checkpoint = this.checkpointWanted;
      this.checkpointWanted = false;
      this.unsentSince = null;
      this.options.onStatus({ kind: 'saving' });
      try {
        const { updatedAt } = await this.options.save(target.state, checkpoint);
        this.savedVersion = version;
        this.basedOn = updatedAt;
        this.options.onSaved?.(updatedAt, checkpoint);
      } catch (error) {
        // A failed checkpoint is still wanted: the retry makes it.
        if (checkpoint) this.checkpointWanted = true;
        const reason = error instanceof Error ? error.message : String(error);
        this.options.onStatus({ kind: 'failed', reason });
        return false;
      }
    } while (this.rerun || this.dirty);
    this.options.journal.clear();
    this.options.onStatus({ kind: 'saved' });
    return true;
  }
}
