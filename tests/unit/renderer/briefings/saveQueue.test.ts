// The briefing autosave: journal first, one save in flight, latest state wins, journal cleared
// only once the server holds what it holds, failures reported and retried.
import { describe, expect, it } from 'vitest';
import { emptyBriefingState, type BriefingState } from '../../../../src/shared/briefings/state';
import {
  BriefingJournal,
  journalKey,
  unsavedWork,
  type JournalStorage,
} from '../../../../src/renderer/src/features/briefings/journal';
import {
  BriefingSaveQueue,
  type SaveStatus,
  type Timers,
} from '../../../../src/renderer/src/features/briefings/saveQueue';

function stateWith(text: string): BriefingState {
  const state = emptyBriefingState();
  state.root.children![0]!.children = [
    { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text },
  ];
  return state;
}

class MemoryStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

class ManualTimers implements Timers {
  private next = 1;
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  clock = 1_000;
  set(run: () => void, ms: number): number {
    const id = this.next++;
    this.pending.set(id, { run, ms });
    return id;
  }
  clear(id: number): void {
    this.pending.delete(id);
  }
  now(): number {
    return this.clock;
  }
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const timer of due) timer.run();
  }
}

interface Deferred {
  state: BriefingState;
  checkpoint: boolean;
  resolve: (value: { updatedAt: string }) => void;
  reject: (error: Error) => void;
}

function setup() {
  const storage = new MemoryStorage();
  const timers = new ManualTimers();
  const journal = new BriefingJournal(storage, journalKey('/cases/a.parallax', 'briefing-uid-1'));
  const saves: Deferred[] = [];
  const statuses: SaveStatus[] = [];
  const queue = new BriefingSaveQueue({
    initial: emptyBriefingState(),
    basedOn: '2026-01-01T00:00:00.000Z',
    journal,
    timers,
    delayMs: 700,
    onStatus: (status) => statuses.push(status),
    save: (state, checkpoint) =>
      new Promise((resolve, reject) => saves.push({ state, checkpoint, resolve, reject })),
  });
  return { storage, timers, journal, saves, statuses, queue };
}

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('BriefingSaveQueue', () => {
  it('writes every change to the journal at once and saves only the latest after the pause', async () => {
    const { journal, timers, saves, queue } = setup();
    queue.change(stateWith('a'));
    expect(journal.read()?.state).toEqual(stateWith('a'));
    queue.change(stateWith('ab'));
    expect(journal.read()?.state).toEqual(stateWith('ab'));
    expect(saves).toHaveLength(0);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([700]);

    timers.fireAll();
    expect(saves).toHaveLength(1);
    expect(saves[0]!.state).toEqual(stateWith('ab'));
    expect(saves[0]!.checkpoint).toBe(false);
    saves[0]!.resolve({ updatedAt: '2026-01-01T00:00:01.000Z' });
    await flushPromises();
    expect(journal.read()).toBeNull();
    expect(queue.dirty).toBe(false);
  });

  it('keeps one save in flight; changes made meanwhile are saved next and the journal stays until then', async () => {
    const { journal, saves, statuses, queue } = setup();
    queue.change(stateWith('one'));
    const first = queue.flush();
    expect(saves).toHaveLength(1);
    queue.change(stateWith('one two'));
    queue.change(stateWith('one two three'));
    void queue.flush();
    expect(saves).toHaveLength(1);

    saves[0]!.resolve({ updatedAt: '2026-01-01T00:00:01.000Z' });
    await flushPromises();
    expect(saves).toHaveLength(2);
    expect(saves[1]!.state).toEqual(stateWith('one two three'));
    expect(journal.read()?.state).toEqual(stateWith('one two three'));
    expect(statuses.at(-1)).toEqual({ kind: 'saving' });

    saves[1]!.resolve({ updatedAt: '2026-01-01T00:00:02.000Z' });
    expect(await first).toBe(true);
    expect(journal.read()).toBeNull();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('reports a failed save with its reason, keeps the journal, and saves on retry', async () => {
    const { journal, saves, statuses, queue } = setup();
    queue.change(stateWith('kept'));
    const attempt = queue.flush();
    saves[0]!.reject(new Error('Cannot reach the Parallax core'));
    expect(await attempt).toBe(false);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'Cannot reach the Parallax core' });
    expect(journal.read()?.state).toEqual(stateWith('kept'));
    expect(queue.dirty).toBe(true);

    const retry = queue.flush();
    expect(saves[1]!.state).toEqual(stateWith('kept'));
    saves[1]!.resolve({ updatedAt: '2026-01-01T00:00:03.000Z' });
    expect(await retry).toBe(true);
    expect(journal.read()).toBeNull();
  });

  it('saves a checkpoint even without changes, and retries a failed checkpoint as one', async () => {
    const { saves, queue } = setup();
    const attempt = queue.flush(true);
    expect(saves[0]!.checkpoint).toBe(true);
    saves[0]!.reject(new Error('busy'));
    await attempt;
    const retry = queue.flush();
    expect(saves[1]!.checkpoint).toBe(true);
    saves[1]!.resolve({ updatedAt: '2026-01-01T00:00:04.000Z' });
    expect(await retry).toBe(true);
    // Nothing left: a plain flush sends nothing.
    expect(await queue.flush()).toBe(true);
    expect(saves).toHaveLength(2);
  });

  it('saves during a long run of typing without a pause, at most five seconds after it began', () => {
    const { timers, saves, queue } = setup();
    for (let ms = 0; ms <= 6_000; ms += 200) {
      timers.clock = 1_000 + ms;
      queue.change(stateWith(`x${ms}`));
      const [pending] = [...timers.pending.values()];
      if (pending && pending.ms === 0) break;
    }
    expect(timers.clock - 1_000).toBe(5_000);
    timers.fireAll();
    expect(saves).toHaveLength(1);
    expect(saves[0]!.state).toEqual(stateWith('x5000'));
  });

  it('ignores a change that leaves the state as it was', () => {
    const { saves, timers, queue } = setup();
    queue.change(emptyBriefingState());
    expect(timers.pending.size).toBe(0);
    expect(queue.dirty).toBe(false);
    expect(saves).toHaveLength(0);
  });

  it('shows an edit as unsaved before its state arrives, and as saved again if it changed nothing', async () => {
    const { saves, statuses, queue } = setup();
    queue.edited();
    expect(statuses).toEqual([{ kind: 'pending' }]);
    queue.change(emptyBriefingState());
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    expect(saves).toHaveLength(0);

    queue.edited();
    queue.change(stateWith('typed'));
    expect(statuses.at(-1)).toEqual({ kind: 'pending' });
    const saving = queue.flush();
    const count = statuses.length;
    // A save under way keeps its own status: "saving" is not turned back into "pending".
    queue.edited();
    expect(statuses).toHaveLength(count);
    saves[0]!.resolve({ updatedAt: '2026-01-01T00:00:01.000Z' });
    expect(await saving).toBe(true);
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });

    // A checkpoint that failed keeps saying so: a no-op edit does not paper over it.
    const checkpoint = queue.flush(true);
    saves[1]!.reject(new Error('disk full'));
    expect(await checkpoint).toBe(false);
    queue.edited();
    queue.change(stateWith('typed'));
    expect(statuses.at(-1)).toEqual({ kind: 'failed', reason: 'disk full' });
  });

  it('says so when the recovery copy cannot be written', () => {
    const { storage, statuses, queue } = setup();
    storage.failWrites = true;
    queue.change(stateWith('x'));
    expect(statuses.at(-1)).toEqual({
      kind: 'failed',
      reason: 'the recovery copy could not be written',
    });
  });
});

describe('BriefingJournal', () => {
  it('keys entries by case file and briefing', () => {
    expect(journalKey('/a.parallax', 'u1')).not.toBe(journalKey('/b.parallax', 'u1'));
    expect(journalKey('/a.parallax', 'u1')).not.toBe(journalKey('/a.parallax', 'u2'));
  });

  it('drops a damaged entry instead of restoring it', () => {
    const storage = new MemoryStorage();
    const key = journalKey('/a.parallax', 'u1');
    const journal = new BriefingJournal(storage, key);
    for (const raw of [
      'not json',
      JSON.stringify({ state: { root: { type: 'paragraph' } }, basedOn: 'x', writtenAt: 1 }),
      JSON.stringify({ state: emptyBriefingState(), writtenAt: 1 }),
    ]) {
      storage.items.set(key, raw);
      expect(journal.read()).toBeNull();
      expect(storage.items.has(key)).toBe(false);
    }
  });

  it('counts as unsaved work only what differs from the server', () => {
    const entry = { state: stateWith('typed'), basedOn: 't0', writtenAt: 5 };
    expect(unsavedWork(null, { content: stateWith('typed') })).toBeNull();
    expect(unsavedWork(entry, { content: stateWith('typed') })).toBeNull();
    expect(unsavedWork(entry, { content: stateWith('older') })).toBe(entry);
  });
});
