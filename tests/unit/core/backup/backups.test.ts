// Backups: real snapshots of a real case (VACUUM INTO), verified, listed, pruned and restored.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupFolder,
  backupsToKeep,
  checkIntegrity,
  dailyBackupDue,
  explainOpenFailure,
  isoWeek,
  listBackups,
  newestGoodBackup,
  parseBackupName,
  restoreBackup,
  snapshotCase,
  type BackupEntry,
} from '../../../../src/main/core/backup/backups';
import { BACKING_UP, ParallaxCase } from '../../../../src/main/core/case';
import { openCaseDatabase } from '../../../../src/main/core/db/connection';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import { sql } from '../../../../src/main/core/db/sql';
import { seedFiles, tempCasePath } from '../../helpers/temp';

async function caseWithTags(names: string[]) {
  const path = await tempCasePath();
  const db = await openCaseDatabase(path);
  await db.transaction(async (tx) => {
    for (const [index, name] of names.entries()) {
      await tx.run(sql`INSERT INTO tags (uid, name, name_key, color, created_at, updated_at)
        VALUES (${`tag-uid-${index}-xxxxxxxx`}, ${name}, ${name.toLowerCase()}, '#336699',
          '2026-01-01', '2026-01-01')`);
    }
  });
  return { path, db };
}

async function tagNames(path: string): Promise<string[]> {
  const db = await openCaseDatabase(path);
  try {
    return (await db.reader.all<{ name: string }>(sql`SELECT name FROM tags ORDER BY name`)).map(
      (row) => row.name,
    );
  } finally {
    await db.close();
  }
}

describe('snapshots', () => {
  it('writes a whole, checked copy beside the case, named by time and reason', async () => {
    const { path, db } = await caseWithTags(['أمن', 'Mali']);
    const at = new Date('2026-11-20T08:30:15Z');
    const entry = await snapshotCase(db, 'import', at);
    await db.close();
    expect(entry.fileName).toBe('test-20261120-083015-import.parallax');
    expect(entry.path).toBe(join(backupFolder(path), entry.fileName));
    expect(await checkIntegrity(entry.path)).toBe('ok');
    expect(await tagNames(entry.path)).toEqual(['Mali', 'أمن']);
    // No temporary file left behind.
    expect(await readdir(backupFolder(path))).toEqual([entry.fileName]);
    expect(await listBackups(path)).toEqual([
      expect.objectContaining({
        fileName: entry.fileName,
        reason: 'import',
        createdAt: '2026-11-20T08:30:15Z',
      }),
    ]);
  });

  it('gives two snapshots taken in the same second names of their own', async () => {
    const { path, db } = await caseWithTags(['Mali']);
    const at = new Date('2026-11-20T08:30:15Z');
    const [first, second] = await Promise.all([
      snapshotCase(db, 'import', at),
      snapshotCase(db, 'import', at),
    ]);
    await db.close();
    expect([first.fileName, second.fileName].sort()).toEqual([
      'test-20261120-083015-import-2.parallax',
      'test-20261120-083015-import.parallax',
    ]);
    // Neither overwrote the other; retention then keeps one of that day, and no temporary file.
    const kept = await readdir(backupFolder(path));
    expect(kept).toHaveLength(1);
    expect(await checkIntegrity(join(backupFolder(path), kept[0]!))).toBe('ok');
  });

  it('sees a damaged file for what it is, and offers the newest good backup instead', async () => {
    const { path, db } = await caseWithTags(['Sahel']);
    const good = await snapshotCase(db, 'daily', new Date('2026-11-20T08:00:00Z'));
    const bad = await snapshotCase(db, 'daily', new Date('2026-11-21T08:00:00Z'));
    await db.close();
    const bytes = await readFile(bad.path);
    // Scribble over the pages after the header: SQLite no longer recognises its b-trees.
    bytes.fill(0x5a, 4096, bytes.length);
    await writeFile(bad.path, bytes);
    expect(await checkIntegrity(bad.path)).not.toBe('ok');
    expect((await newestGoodBackup(path))?.fileName).toBe(good.fileName);
  });
});

describe('restore', () => {
  it('puts a backup in place of the case and keeps the replaced file', async () => {
    const { path, db } = await caseWithTags(['Before']);
    const backup = await snapshotCase(db, 'manual', new Date('2026-11-20T08:00:00Z'));
    await db.transaction((tx) => tx.run(sql`UPDATE tags SET name = 'After'`));
    await db.close();
    const { replaced } = await restoreBackup(backup.path, path, new Date('2026-11-22T10:00:00Z'));
    expect(replaced).toBe(`${path}.replaced-20261122-100000`);
    expect(await tagNames(path)).toEqual(['Before']);
    expect(await tagNames(replaced!)).toEqual(['After']);
  });

  it('refuses a damaged backup and leaves the case as it was', async () => {
    const { path, db } = await caseWithTags(['Kept']);
    await db.close();
    const damaged = join(backupFolder(path), 'test-20261120-080000-daily.parallax');
    await writeFile(`${path}.junk`, 'not sqlite');
    await expect(restoreBackup(`${path}.junk`, path)).rejects.toThrow(/is damaged/);
    await expect(restoreBackup(damaged, path)).rejects.toThrow(/is damaged/);
    expect(await tagNames(path)).toEqual(['Kept']);
  });
});

describe('retention', () => {
  const entry = (createdAt: string): BackupEntry => ({
    path: `/b/${createdAt}`,
    fileName: createdAt,
    createdAt,
    reason: 'daily',
    bytes: 1,
  });

  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // Two a day for 40 days, newest first.
    const entries: BackupEntry[] = [];
    for (let day = 0; day < 40; day++) {
      const date = new Date(Date.UTC(2026, 10, 25) - day * 86_400_000).toISOString().slice(0, 10);
      entries.push(entry(`${date}T18:00:00Z`), entry(`${date}T09:00:00Z`));
    }
    const kept = [...backupsToKeep(entries)].sort().reverse();
    const days = kept.map((path) => path.slice(3, 13));
    // 2026-11-25 is a Wednesday: the last 7 days, then the newest (Sunday) of the 3 weeks before.
    expect(days).toEqual([
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-15',
      '2026-11-08',
    ]);
    expect(kept.every((path) => path.endsWith('T18:00:00Z'))).toBe(true);
  });

  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek('2026-11-25T10:00:00Z')).toBe('2026-W48');
    expect(isoWeek('2027-01-01T10:00:00Z')).toBe('2026-W53');
    expect(isoWeek('2025-12-29T10:00:00Z')).toBe('2026-W01');
  });

  it('is due a daily snapshot when the newest is a day old or there is none', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(dailyBackupDue([], now)).toBe(true);
    expect(dailyBackupDue([entry('2026-11-25T00:00:00Z')], now)).toBe(false);
    expect(dailyBackupDue([entry('2026-11-24T11:59:59Z')], now)).toBe(true);
  });

  it('reads back the names it writes and ignores other files', () => {
    const name = backupFileName(
      '/cases/تقرير.parallax',
      'migration',
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(name).toBe('تقرير-20260102-030405-migration.parallax');
    expect(parseBackupName(name)).toEqual({
      createdAt: '2026-01-02T03:04:05Z',
      reason: 'migration',
    });
    expect(parseBackupName('notes.txt')).toBeNull();
    expect(parseBackupName('x-20260102-030405-unknown.parallax')).toBeNull();
  });
});

describe('when a case takes snapshots by itself', () => {
  it('backs up before each import batch into a case with content, not into an empty one', async () => {
    const path = await tempCasePath();
    const parallaxCase = await ParallaxCase.open(path);
    const [first, second] = await seedFiles();
    await parallaxCase.importSources(
      'one',
      sourcesFromUploads([{ ...first!, size: first!.bytes.length }]),
    );
    expect(await listBackups(path)).toEqual([]);
    await parallaxCase.importSources(
      'two',
      sourcesFromUploads([{ ...second!, size: second!.bytes.length }]),
    );
    const backups = await listBackups(path);
    expect(backups.map((b) => b.reason)).toEqual(['import']);
    await parallaxCase.close();
    // The snapshot holds the case as it was before the second batch: one document.
    const snapshot = await openSqlite3(backups[0]!.path, { readonly: true });
    expect(await snapshot.all('SELECT count(*) AS n FROM documents', [])).toEqual([{ n: 1 }]);
    await snapshot.close();
  });

  it('takes one snapshot for a batch sent in chunks, and none when nothing changed since the last', async () => {
    const path = await tempCasePath();
    // Each snapshot before an import is announced in the import's progress.
    const backedUp: string[] = [];
    const parallaxCase = await ParallaxCase.open(path, (event, payload) => {
      const progress = payload as { jobId: string; current: string | null };
      if (event === 'importProgress' && progress.current === BACKING_UP)
        backedUp.push(progress.jobId);
    });
    const [a, b, c, d] = await seedFiles();
    const upload = (seed: typeof a) => sourcesFromUploads([{ ...seed!, size: seed!.bytes.length }]);
    const empty = sourcesFromUploads([{ name: 'empty.txt', size: 0, bytes: new Uint8Array() }]);
    await parallaxCase.importSources('first', upload(a));
    await parallaxCase.importSources('drop/0', upload(b));
    await parallaxCase.importSources('drop/1', upload(c));
    await parallaxCase.importSources('refused', empty);
    // Only a refused file since the last snapshot: nothing changed, nothing new to keep.
    await parallaxCase.importSources('later', upload(d));
    await parallaxCase.close();
    expect(backedUp).toEqual(['drop/0', 'refused']);
    expect(await checkIntegrity((await listBackups(path))[0]!.path)).toBe('ok');
  });

  it('takes the daily snapshot when a case with content opens and none is a day old', async () => {
    const path = await tempCasePath();
    const first = await ParallaxCase.open(path);
    const [seed] = await seedFiles();
    await first.importSources('one', sourcesFromUploads([{ ...seed!, size: seed!.bytes.length }]));
    await first.close();
    const reopened = await ParallaxCase.open(path, undefined, { firstBackupCheckMs: 0 });
    await expect
      .poll(async () => (await listBackups(path)).map((b) => b.reason))
      .toEqual(['daily']);
    await reopened.close();
    // Opened again the same day: nothing new.
    const again = await ParallaxCase.open(path, undefined, { firstBackupCheckMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await again.close();
    expect((await listBackups(path)).map((b) => b.reason)).toEqual(['daily']);
  });
});

describe('a case that will not open', () => {
  it('is diagnosed as damaged, with the newest good backup offered', async () => {
    const { path, db } = await caseWithTags(['Sahel']);
    const backup = await snapshotCase(db, 'daily', new Date('2026-11-20T08:00:00Z'));
    await db.close();
    const bytes = await readFile(path);
    bytes.fill(0x5a, 4096, bytes.length);
    await writeFile(path, bytes);
    const error = await openCaseDatabase(path).catch((e: unknown) => e);
    const explained = await explainOpenFailure(path, error);
    expect(explained.damaged).toBe(true);
    expect(explained.backup?.fileName).toBe(backup.fileName);
    expect(explained.message).toMatch(
      /is damaged .* The newest good backup was taken on 2026-11-20 at 08:00:00 UTC \(daily\)\./,
    );
  });

  it('passes other reasons on as they are', async () => {
    const path = await tempCasePath();
    const explained = await explainOpenFailure(path, new Error('permission denied'));
    expect(explained).toEqual({ message: 'permission denied', damaged: false, backup: null });
  });
});
