// The crash journal: every change to a briefing is written here synchronously, before any save
// is attempted, so closing the window or a crash between keystroke and save loses nothing. One
// entry per case file and briefing; cleared once the server holds the same state.
import { briefingStateSchema, type BriefingState } from '../../../../shared/briefings/state';

export interface JournalEntry {
  state: BriefingState;
  /** The server's updatedAt of the version this edit started from. */
  basedOn: string;
  /** When the change was made (ms since the epoch). */
  writtenAt: number;
}

/** The part of Storage used here, so tests can pass a Map-backed object. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'parallax.briefing-journal';

export function journalKey(casePath: string, briefingUid: string): string {
  return `${PREFIX}:${casePath}:${briefingUid}`;
}

export class BriefingJournal {
  constructor(
    private readonly storage: JournalStorage,
    private readonly key: string,
  ) {}

  /** Returns false when storage refused (quota, private mode): the caller says so. */
  write(entry: JournalEntry): boolean {
    try {
      this.storage.setItem(this.key, JSON.stringify(entry));
      return true;
    } catch {
      return false;
    }
  }

  /** The entry, or null when there is none or it is unreadable (a damaged entry is dropped). */
  read(): JournalEntry | null {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      return null;
    }
    if (raw === null) return null;
    try {
      const value = JSON.parse(raw) as Partial<JournalEntry>;
      const state = briefingStateSchema.safeParse(value.state);
      if (!state.success || typeof value.basedOn !== 'string') throw new Error('damaged');
      if (typeof value.writtenAt !== 'number') throw new Error('damaged');
      return { state: state.data, basedOn: value.basedOn, writtenAt: value.writtenAt };
    } catch {
      this.clear();
      return null;
    }
  }

  clear(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing to do: a journal that cannot be removed is overwritten by the next change.
    }
  }
}

/**
 * The journal's state if it holds work the server does not have. An entry is cleared only once a
 * save of that very state succeeded, so any entry that differs from the server is unsaved work,
 * whatever the clocks say (a save that lands after a later keystroke must not hide it).
 */
export function unsavedWork(
  entry: JournalEntry | null,
  server: { content: BriefingState },
): JournalEntry | null {
  if (!entry) return null;
  if (JSON.stringify(entry.state) === JSON.stringify(server.content)) return null;
  return entry;
}
