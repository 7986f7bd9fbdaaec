import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openCaseDatabase, type DbWriter } from '../../../../src/main/core/db/connection';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../../src/main/core/db/migrations';
import { sql } from '../../../../src/main/core/db/sql';
import { ParallaxError } from '../../../../src/shared/errors';
import { checkIntegrity, listBackups } from '../../../../src/main/core/backup/backups';
import { tempCasePath } from '../../helpers/temp';

const fileHash = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function insertBareDocument(tx: DbWriter, text: string): Promise<void> {
  await tx.run(sql`
    INSERT INTO documents (file_name, sha256, body_fingerprint, encoding, bytes, chars,
      imported_at, title, language, language_confidence, detected_title, detected_language)
    VALUES ('a.txt', ${text}, 'fp', 'utf-8', 1, 1, '2025-01-01', 't', 'en', 1, 't', 'en')`);
}

describe('openCaseDatabase', () => {
  it('creates a case in WAL mode with foreign keys and synchronous=FULL on the writer', async () => {
    const db = await openCaseDatabase(await tempCasePath());
    const journal = await db.reader.get<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
    const pragmas = await db.transaction(async (tx) => ({
      foreignKeys: await tx.get<{ foreign_keys: number }>(sql`PRAGMA foreign_keys`),
      synchronous: await tx.get<{ synchronous: number }>(sql`PRAGMA synchronous`),
      version: await tx.get<{ user_version: number }>(sql`PRAGMA user_version`),
    }));
    expect(journal?.journal_mode).toBe('wal');
    expect(pragmas.foreignKeys?.foreign_keys).toBe(1);
    expect(pragmas.synchronous?.synchronous).toBe(2); // FULL
    expect(pragmas.version?.user_version).toBe(LATEST_SCHEMA_VERSION);
    await db.close();
  });

  it('rolls a failed transaction back entirely', async () => {
    const db = await openCaseDatabase(await tempCasePath());
    await expect(
      db.transaction(async (tx) => {
        await insertBareDocument(tx, 'one');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const count = await db.reader.get<{ n: number }>(sql`SELECT count(*) AS n FROM documents`);
    expect(count?.n).toBe(0);
    await db.close();
  });

  it('runs concurrent transactions one after another', async () => {
    const db = await openCaseDatabase(await tempCasePath());
    const order: string[] = [];
    const slow = db.transaction(async (tx) => {
      order.push('slow:start');
      await new Promise((r) => setTimeout(r, 30));
      await insertBareDocument(tx, 'slow');
      order.push('slow:end');
    });
    const fast = db.transaction(async (tx) => {
      order.push('fast:start');
      await insertBareDocument(tx, 'fast');
      order.push('fast:end');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow:start', 'slow:end', 'fast:start', 'fast:end']);
    await db.close();
  });

  it('refuses to use a transaction handle after it ended', async () => {
    const db = await openCaseDatabase(await tempCasePath());
    let leaked: DbWriter | undefined;
    await db.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.run(sql`SELECT 1`)).rejects.toThrow(/already ended/);
    await db.close();
  });

  it('drains queued writes before closing', async () => {
    const path = await tempCasePath();
    const db = await openCaseDatabase(path);
    const pending = db.transaction((tx) => insertBareDocument(tx, 'late'));
    await db.close();
    await pending;
    const again = await openCaseDatabase(path);
    const count = await again.reader.get<{ n: number }>(sql`SELECT count(*) AS n FROM documents`);
    expect(count?.n).toBe(1);
    await again.close();
  });
});

describe('case file checks', () => {
  it('refuses a file from a newer schema without changing it', async () => {
    const path = await tempCasePath();
    const raw = await openSqlite3(path);
    await raw.exec(
      `PRAGMA application_id = ${0x50524c58}; PRAGMA user_version = 9990; CREATE TABLE x (a);`,
    );
    await raw.close();
    const before = await fileHash(path);
    const error = await openCaseDatabase(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParallaxError);
    expect((error as ParallaxError).code).toBe('schema-too-new');
    expect((error as ParallaxError).message).toMatch(/newer version of Parallax \(schema 9990/);
    expect(await fileHash(path)).toBe(before);
  });

  it('refuses a file that is not a database, without changing it', async () => {
    const path = await tempCasePath();
    await writeFile(path, 'just some notes, not SQLite at all\n'.repeat(200));
    const before = await fileHash(path);
    await expect(openCaseDatabase(path)).rejects.toMatchObject({ code: 'case-unavailable' });
    expect(await fileHash(path)).toBe(before);
  });

  it("refuses another program's SQLite file", async () => {
    const path = await tempCasePath();
    const raw = await openSqlite3(path);
    await raw.exec('CREATE TABLE contacts (name TEXT)');
    await raw.close();
    await expect(openCaseDatabase(path)).rejects.toThrow(/another program, not a Parallax case/);
  });
});

describe('migrations', () => {
  it('brings a version-10 case up to date and keeps its documents', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 10);
    await old.run(
      `INSERT INTO documents (file_name, sha256, body_fingerprint, encoding, bytes, chars,
        imported_at, title, language, language_confidence, detected_title, detected_language)
       VALUES ('old.txt', 'abc', 'fp', 'utf-8', 8, 8, '2025-01-01', 'Old', 'en', 1, 'Old', 'en')`,
      [],
    );
    const [version] = await old.all('PRAGMA user_version', []);
    expect(version?.user_version).toBe(10);
    await old.close();

    const db = await openCaseDatabase(path);
    const row = await db.reader.get<{ title: string; user_fields: string }>(
      sql`SELECT title, user_fields FROM documents WHERE sha256 = 'abc'`,
    );
    expect(row).toEqual({ title: 'Old', user_fields: '' });
    const overrides = await db.reader.all(sql`SELECT * FROM metadata_overrides`);
    expect(overrides).toEqual([]);
    await db.close();

    // The case as it was before the upgrade, kept as a checked backup.
    const [backup, ...others] = await listBackups(path);
    expect(others).toEqual([]);
    expect(backup?.reason).toBe('migration');
    expect(await checkIntegrity(backup!.path)).toBe('ok');
    const snapshot = await openSqlite3(backup!.path, { readonly: true });
    expect(await snapshot.all('PRAGMA user_version', [])).toEqual([{ user_version: 10 }]);
    expect(await snapshot.all('SELECT title FROM documents', [])).toEqual([{ title: 'Old' }]);
    await snapshot.close();
  });

  it('does not migrate an older case it cannot back up first, and leaves it as it was', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 10);
    await old.close();
    const before = await fileHash(path);
    // A file where the backup folder should be: the snapshot cannot be written.
    await writeFile(`${path}.backups`, 'in the way');
    const error = await openCaseDatabase(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParallaxError);
    expect((error as ParallaxError).message).toMatch(/could not be backed up first.*not changed/);
    expect(await fileHash(path)).toBe(before);
  });

  it('adds alignment tables whose rows go with their documents (migration 30)', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 20);
    await old.close();
    const db = await openCaseDatabase(path);
    await db.transaction(async (tx) => {
      await insertBareDocument(tx, 'one');
      await insertBareDocument(tx, 'two');
      await tx.run(sql`
        INSERT INTO alignments (document_a, document_b, mode, mode_chosen, mode_reason,
          engine_version, computed_at, links)
        VALUES (1, 2, 'translation', 0, 'r', 'v', 'now', '[]')`);
      await tx.run(sql`
        INSERT INTO alignment_corrections (document_a, document_b, corrections, updated_at)
        VALUES (1, 2, '{"links":[],"rejected":[{"a":1,"b":2}]}', 'now')`);
    });
    await expect(
      db.transaction((tx) =>
        tx.run(sql`
          INSERT INTO alignments (document_a, document_b, mode, mode_chosen, mode_reason,
            engine_version, computed_at, links)
          VALUES (2, 1, 'translation', 0, 'r', 'v', 'now', '[]')`),
      ),
    ).rejects.toThrow(/CHECK constraint/);
    await db.transaction((tx) => tx.run(sql`DELETE FROM documents WHERE id = 2`));
    expect(await db.reader.all(sql`SELECT * FROM alignments`)).toEqual([]);
    expect(await db.reader.all(sql`SELECT * FROM alignment_corrections`)).toEqual([]);
    await db.close();
  });
});

describe('migration 40 (quotes)', () => {
  it('adds tags and quotes: sibling names unique, quotes go with their document', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 30);
    await old.close();
    const db = await openCaseDatabase(path);
    await db.transaction(async (tx) => {
      await insertBareDocument(tx, 'one');
      await tx.run(sql`
        INSERT INTO tags (uid, parent_id, name, name_key, color, created_at, updated_at)
        VALUES ('tag-0001', NULL, 'Mali', 'mali', '#f6c343', 'now', 'now')`);
      await tx.run(sql`
        INSERT INTO quotes (uid, document_id, start, "end", text, prefix, suffix, created_at, updated_at)
        VALUES ('quote-001', 1, 0, 1, 't', '', '', 'now', 'now')`);
      await tx.run(sql`INSERT INTO quote_tags (quote_id, tag_id, position) VALUES (1, 1, 0)`);
    });
    await expect(
      db.transaction((tx) =>
        tx.run(sql`
          INSERT INTO tags (uid, parent_id, name, name_key, color, created_at, updated_at)
          VALUES ('tag-0002', NULL, 'MALI', 'mali', '#f6c343', 'now', 'now')`),
      ),
    ).rejects.toThrow(/UNIQUE constraint/);
    await db.transaction((tx) => tx.run(sql`DELETE FROM documents WHERE id = 1`));
    expect(await db.reader.all(sql`SELECT * FROM quotes`)).toEqual([]);
    expect(await db.reader.all(sql`SELECT * FROM quote_tags`)).toEqual([]);
    expect(await db.reader.all(sql`SELECT uid FROM tags`)).toEqual([{ uid: 'tag-0001' }]);
    await db.close();
  });
});

describe('errors', () => {
  it('rejects a statement that cannot be prepared instead of hanging', async () => {
    const db = await openCaseDatabase(await tempCasePath());
    await expect(db.reader.all(sql`SELECT no_such_column FROM documents`)).rejects.toThrow(
      /no such column/,
    );
    await expect(db.reader.all(sql`SELECT no_such_column FROM documents`)).rejects.toThrow(
      /no such column/,
    );
    await db.close();
  });
});
