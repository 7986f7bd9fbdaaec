// Migration 0080 on a case written by the previous version: every stored document gets its folded
// lookup key (over several fill batches), so typed words find documents imported before.
import { describe, expect, it } from 'vitest';
import { openCaseDatabase } from '../../../../src/main/core/db/connection';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { migrate } from '../../../../src/main/core/db/migrations';
import { listDocumentPage } from '../../../../src/main/core/db/queries/documents';
import { sql } from '../../../../src/main/core/db/sql';
import { tempCasePath } from '../../helpers/temp';

/** More than one fill batch (5,000 rows). */
const OLD_DOCUMENTS = 5_003;

describe('migration 80: document lookup keys', () => {
  it('folds the title, outlet and file name of every document stored before', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 70);
    await old.run(
      `WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
       INSERT INTO documents (file_name, sha256, body_fingerprint, encoding, bytes, chars,
         imported_at, title, outlet, language, language_confidence, detected_title, detected_language)
       SELECT 'old-' || k || '.txt', 'sha-' || k, 'fp-' || k, 'utf-8', 8, 8, '2025-01-01',
         CASE WHEN k % 2 THEN 'Défense n° ' || k ELSE 'تَعَاوُن ' || k END,
         CASE WHEN k % 3 THEN 'Hespress' ELSE NULL END, 'fr', 1, 'x', 'fr'
       FROM n`,
      [OLD_DOCUMENTS],
    );
    await old.close();

    const db = await openCaseDatabase(path);
    try {
      const unfilled = await db.reader.get<{ n: number }>(
        sql`SELECT count(*) AS n FROM documents WHERE lookup_key = ''`,
      );
      expect(unfilled?.n).toBe(0);
      const last = await db.reader.get<{ lookup_key: string }>(
        sql`SELECT lookup_key FROM documents WHERE file_name = ${`old-${OLD_DOCUMENTS}.txt`}`,
      );
      expect(last?.lookup_key).toBe(
        `defense n° ${OLD_DOCUMENTS} hespress old-${OLD_DOCUMENTS}.txt`,
      );
      const page = (text: string) =>
        listDocumentPage(db.reader, { text }, undefined, { offset: 0, limit: 1 });
      expect((await page('defense 4999')).total).toBe(1);
      expect((await page('تعاون 5002')).total).toBe(1);
      expect((await page('hespress')).total).toBe(OLD_DOCUMENTS - Math.floor(OLD_DOCUMENTS / 3));
    } finally {
      await db.close();
    }
  });
});
