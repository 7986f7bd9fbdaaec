// Backups of a case: snapshots written by SQLite itself (VACUUM INTO, consistent even while the app
// writes), checked with integrity_check before they count, kept in a folder beside the case
// (<case>.backups/) so they travel with it. Retention: the newest snapshot of each of the last 7
// days that have one, and of each of the last 4 weeks.
import { randomUUID } from 'node:crypto';
import { access, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ParallaxError } from '../../../shared/errors';
import type { CaseDatabase } from '../db/connection';
import { openSqlite3, type SqlConnection } from '../db/driver';

export const BACKUP_REASONS = ['import', 'daily', 'migration', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  path: string;
  fileName: string;
  /** ISO timestamp (UTC, to the second) the snapshot was taken. */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export const DAILY_KEPT = 7;
export const WEEKLY_KEPT = 4;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupFolder(casePath: string): string {
  return `${casePath}.backups`;
}

/** `…-<reason>.parallax`, or `…-<reason>-2.parallax` for a second snapshot in the same second. */
const NAME_PATTERN = /^(.+)-(\d{8})-(\d{6})-([a-z]+)(?:-\d+)?\.parallax$/;

function isoSecond(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.\d+Z$/, '');
}

/** `<case name>-YYYYMMDD-HHMMSS-<reason>.parallax`: sorts by time, says why it was taken. */
export function backupFileName(casePath: string, reason: BackupReason, at: Date): string {
  const name = basename(casePath, extname(casePath));
  return `${name}-${stamp(at)}-${reason}.parallax`;
}

export function parseBackupName(
  fileName: string,
): { createdAt: string; reason: BackupReason } | null {
  const match = NAME_PATTERN.exec(fileName);
  if (!match) return null;
  const [, , day, time, reason] = match as unknown as [string, string, string, string, string];
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as BackupReason };
}

/** The result of PRAGMA integrity_check on a closed SQLite file: 'ok' or what is wrong. */
export async function checkIntegrity(path: string): Promise<string> {
  let connection;
  try {
    connection = await openSqlite3(path, { readonly: true });
  } catch (error) {
    return `cannot be opened: ${(error as Error).message}`;
  }
  try {
    const rows = await connection.all('PRAGMA integrity_check', []);
    const messages = rows.map((row) => String(Object.values(row)[0]));
    return messages.length === 1 && messages[0] === 'ok' ? 'ok' : messages.slice(0, 5).join('; ');
  } catch (error) {
    return (error as Error).message;
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/**
 * Writes a snapshot under a temporary name of its own, checks it, and only then gives it its
 * name: `fileName`, or `…-2.parallax` and so on when a snapshot of the same second exists (link
 * refuses an existing name, where rename would replace it). Nothing is left behind on failure.
 */
async function writeSnapshot(
  folder: string,
  fileName: string,
  write: (partial: string) => Promise<void>,
): Promise<string> {
  const partial = join(folder, `.${fileName}.${randomUUID()}.partial`);
  try {
    await write(partial);
    const integrity = await checkIntegrity(partial);
    if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${integrity}`);
    for (let copy = 1; ; copy++) {
      const name = copy === 1 ? fileName : fileName.replace(/\.parallax$/, `-${copy}.parallax`);
      const target = join(folder, name);
      try {
        await link(partial, target);
        return target;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (copy >= 100) throw error;
        if (code === 'EEXIST') continue;
        // File systems without hard links (FAT, exFAT, some shares): look first, then rename.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
        if (await exists(target)) continue;
        await rename(partial, target);
        return target;
      }
    }
  } finally {
    await rm(partial, { force: true }).catch(() => undefined);
  }
}

/**
 * Takes a snapshot of the open case into its backup folder. Written under a temporary name and
 * renamed only once integrity_check passes, so a crash never leaves a half backup that looks
 * whole. Older snapshots beyond the retention are removed afterwards.
 */
export async function snapshotCase(
  db: CaseDatabase,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupEntry> {
  const folder = backupFolder(db.path);
  await mkdir(folder, { recursive: true });
  const path = await writeSnapshot(folder, backupFileName(db.path, reason, now), (partial) =>
    db.snapshotTo(partial),
  );
  const entry: BackupEntry = {
    path,
    fileName: basename(path),
    createdAt: isoSecond(now),
    reason,
    bytes: (await stat(path)).size,
  };
  await pruneBackups(db.path);
  return entry;
}

/**
 * The snapshot taken before migrating an older case, from the connection about to migrate it.
 * Refuses to go on (the migration does not run) when the snapshot cannot be made or checked.
 */
export async function backupBeforeMigration(
  connection: SqlConnection,
  casePath: string,
  now: Date = new Date(),
): Promise<BackupEntry> {
  let path: string;
  try {
    const folder = backupFolder(casePath);
    await mkdir(folder, { recursive: true });
    path = await writeSnapshot(folder, backupFileName(casePath, 'migration', now), (partial) =>
      connection.run('VACUUM INTO ?', [partial]).then(() => undefined),
    );
  } catch (error) {
    throw new ParallaxError(
      'case-unavailable',
      `${casePath} is from an older Parallax and must be upgraded, but it could not be backed up first (${(error as Error).message}); it was not changed.`,
    );
  }
  const fileName = basename(path);
  return {
    path,
    fileName,
    createdAt: isoSecond(now),
    reason: 'migration',
    bytes: (await stat(path)).size,
  };
}

/** The case's backups, newest first; files that are not snapshots of ours are ignored. */
export async function listBackups(casePath: string): Promise<BackupEntry[]> {
  const folder = backupFolder(casePath);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries: { entry: BackupEntry; written: number }[] = [];
  for (const fileName of names) {
    const parsed = parseBackupName(fileName);
    if (!parsed) continue;
    const path = join(folder, fileName);
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) {
      entries.push({
        entry: { path, fileName, ...parsed, bytes: info.size },
        written: info.mtimeMs,
      });
    }
  }
  // Snapshots of the same second (…-2.parallax) are told apart by when they were written.
  return entries
    .sort((a, b) => b.entry.createdAt.localeCompare(a.entry.createdAt) || b.written - a.written)
    .map(({ entry }) => entry);
}

/** ISO 8601 week (YYYY-Www) of a UTC timestamp: weeks start on Monday, week 1 holds 4 January. */
export function isoWeek(iso: string): string {
  const at = new Date(iso);
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  // The Thursday of the same week decides the year and the week number.
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + 3);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.floor((day.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which backups to keep: the newest of each of the last DAILY_KEPT days that have one, and the
 * newest of each of the last WEEKLY_KEPT weeks that have one. `entries` newest first.
 */
export function backupsToKeep(entries: readonly BackupEntry[]): Set<string> {
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const entry of entries) {
    const day = entry.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < DAILY_KEPT) {
      days.add(day);
      keep.add(entry.path);
    }
    const week = isoWeek(entry.createdAt);
    if (!weeks.has(week) && weeks.size < WEEKLY_KEPT) {
      weeks.add(week);
      keep.add(entry.path);
    }
  }
  return keep;
}

export async function pruneBackups(casePath: string): Promise<string[]> {
  const entries = await listBackups(casePath);
  const keep = backupsToKeep(entries);
  const removed: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.path)) continue;
    await rm(entry.path, { force: true });
    removed.push(entry.fileName);
  }
  return removed;
}

/** True when no snapshot is younger than a day: time for the daily one. */
export function dailyBackupDue(entries: readonly BackupEntry[], now: Date = new Date()): boolean {
  const newest = entries[0];
  return newest === undefined || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** The newest backup that passes integrity_check, to offer when the case itself is damaged. */
export async function newestGoodBackup(casePath: string): Promise<BackupEntry | null> {
  for (const entry of await listBackups(casePath)) {
    if ((await checkIntegrity(entry.path)) === 'ok') return entry;
  }
  return null;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Puts a backup in the case's place; the case must be closed. The file it replaces (perhaps the
 * damaged one) is kept beside it as <case>.replaced-<time>, never deleted, with its WAL files.
 */
export async function restoreBackup(
  backupPath: string,
  casePath: string,
  now: Date = new Date(),
): Promise<{ replaced: string | null }> {
  const integrity = await checkIntegrity(backupPath);
  if (integrity !== 'ok') {
    throw new ParallaxError(
      'invalid-input',
      `The backup ${basename(backupPath)} is damaged (${integrity}); choose another one.`,
    );
  }
  let replaced: string | null = null;
  if (await exists(casePath)) {
    replaced = `${casePath}.replaced-${stamp(now)}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (await exists(casePath + suffix)) await rename(casePath + suffix, replaced + suffix);
    }
  }
  try {
    const source = await openSqlite3(backupPath, { readonly: true });
    try {
      await source.run('VACUUM INTO ?', [casePath]);
    } finally {
      await source.close();
    }
  } catch (error) {
    // Put the case back as it was rather than leave no case at all.
    await rm(casePath, { force: true }).catch(() => undefined);
    if (replaced) {
      for (const suffix of ['', '-wal', '-shm']) {
        await rename(replaced + suffix, casePath + suffix).catch(() => undefined);
      }
    }
    throw error;
  }
  return { replaced };
}

/**
 * What to tell the user when a case will not open: whether the file itself is damaged, and the
 * newest backup that is not, to offer in its place.
 */
export async function explainOpenFailure(
  casePath: string,
  error: unknown,
): Promise<{ message: string; damaged: boolean; backup: BackupEntry | null }> {
  const reason = error instanceof Error ? error.message : String(error);
  if (!(await exists(casePath))) return { message: reason, damaged: false, backup: null };
  const integrity = await checkIntegrity(casePath);
  if (integrity === 'ok') return { message: reason, damaged: false, backup: null };
  const backup = await newestGoodBackup(casePath);
  const offer = backup
    ? `The newest good backup was taken on ${backup.createdAt.replace('T', ' at ').replace('Z', ' UTC')} (${backup.reason}).`
    : 'No good backup of it was found.';
  return {
    message: `The case file ${casePath} is damaged (${integrity}). ${offer}`,
    damaged: true,
    backup,
  };
}
