// Migration 60 on a version-50 case holding a briefing: the briefing stays, live, with its citation
// count worked out from its content; its revisions become checkpoints; revision kinds are checked.
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openCaseDatabase } from '../../../../src/main/core/db/connection';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { migrate } from '../../../../src/main/core/db/migrations';
import { sql } from '../../../../src/main/core/db/sql';
import type { BriefingId } from '../../../../src/shared/domain';
import { tempCasePath } from '../../helpers/temp';
import { mark, paragraph, stateOf, text } from './seed';

describe('migration 60 (briefing lifecycle)', () => {
  it('keeps version-50 briefings live, counts their citations, makes revisions checkpoints', async () => {
    const path = await tempCasePath();
    const old = await openSqlite3(path);
    await old.exec(`PRAGMA application_id = ${0x50524c58}`);
    await migrate(old, 50);
    const content = JSON.stringify(
      stateOf(
        paragraph(text('parallax-citation is just words here '), mark(3), mark(4, 'quote-0001')),
        {
          type: 'parallax-quote',
          version: 1,
          quoteUid: 'quote-0002',
          documentId: 3,
          text: 'x',
          language: 'ar',
        },
      ),
    );
    await old.run(
      `INSERT INTO briefings (uid, title, content, created_at, updated_at)
       VALUES ('b-000001', 'Old', ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      [content],
    );
    await old.run(
      `INSERT INTO briefing_revisions (briefing_id, title, content, saved_at)
       VALUES (1, 'Old', ?, '2025-01-01T00:00:00.000Z')`,
      [content],
    );
    await old.close();

    const db = await openCaseDatabase(path);
    expect(
      await db.reader.get(sql`SELECT deleted_at, citation_count FROM briefings WHERE id = 1`),
    ).toEqual({ deleted_at: null, citation_count: 3 });
    expect(
      await db.reader.get(sql`SELECT kind, started_at, saved_at FROM briefing_revisions`),
    ).toEqual({
      kind: 'checkpoint',
      started_at: '2025-01-01T00:00:00.000Z',
      saved_at: '2025-01-01T00:00:00.000Z',
    });
    await expect(
      db.transaction((tx) => tx.run(sql`UPDATE briefing_revisions SET kind = 'draft'`)),
    ).rejects.toThrow(/CHECK constraint/);
    await db.close();

    const parallaxCase = await ParallaxCase.open(path);
    expect(await parallaxCase.briefings.list()).toMatchObject([{ title: 'Old', citationCount: 3 }]);
    expect(await parallaxCase.briefings.listRevisions(1 as BriefingId)).toHaveLength(1);
    await parallaxCase.close();
  });
});
