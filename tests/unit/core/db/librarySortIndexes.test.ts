// Migration 0070 on a case written by the previous version: documents kept, the four sort
// indexes added, the library's orders served by them.
import { describe, expect, it } from 'vitest';
import { openCaseDatabase } from '../../../../src/main/core/db/connection';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { migrate } from '../../../../src/main/core/db/migrations';
import { documentOrder } from '../../../../src/main/core/db/queries/documents';
import { sql } from '../../../../src/main/core/db/sql';
import { tempCasePath } from '../../helpers/temp';

const SORT_INDEXES = [
  'documents_chars',
  'documents_outlet_nulls_last',
  'documents_published_at_nulls_last',
  'documents_title',
];

describe('migration 70: library sort indexes', () => {
  it('adds the sort indexes to a version-60 case and keeps its documents', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 60);
    await old.run(
      `INSERT INTO documents (file_name, sha256, body_fingerprint, encoding, bytes, chars,
        imported_at, title, outlet, language, language_confidence, detected_title, detected_language)
       VALUES ('old.txt', 'abc', 'fp', 'utf-8', 8, 8, '2025-01-01', 'Old', NULL, 'fr', 1, 'Old', 'fr')`,
      [],
    );
    const before = await old.all(
      `SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN (${SORT_INDEXES.map(() => '?').join(', ')})`,
      SORT_INDEXES,
    );
    expect(before).toEqual([]);
    await old.close();

    const db = await openCaseDatabase(path);
    const indexes = await db.reader.all<{ name: string }>(sql`
      SELECT name FROM sqlite_schema
      WHERE type = 'index' AND name IN (SELECT value FROM json_each(${sql.json(SORT_INDEXES)}))
      ORDER BY name`);
    expect(indexes.map((i) => i.name)).toEqual(SORT_INDEXES);
    expect(await db.reader.all(sql`SELECT title, outlet FROM documents`)).toEqual([
      { title: 'Old', outlet: null },
    ]);
    const plan = await db.reader.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT id FROM documents
        ORDER BY ${documentOrder({ key: 'outlet', descending: false })} LIMIT 10`,
    );
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/documents_outlet_nulls_last/);
    await db.close();
  });
});
