// The library's paged query: pages laid end to end are exactly listDocuments' list, for every
// sort and filter; the total counts the filter's matches; typed words are found as the picker
// finds them; the contract refuses bad windows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openCaseDatabase, type CaseDatabase } from '../../../../src/main/core/db/connection';
import {
  documentOrder,
  listDocumentPage,
  listDocumentSummaries,
  updateDocumentMetadata,
  type DocumentFilter,
  type DocumentSort,
} from '../../../../src/main/core/db/queries/documents';
import { documentLookupKey } from '../../../../src/main/core/db/queries/lookupKey';
import { sql } from '../../../../src/main/core/db/sql';
import { dispatchCall } from '../../../../src/main/core/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import type { PdfPrinter } from '../../../../src/main/core/export/printer';
import { DOCUMENT_SORT_KEYS, type DocumentId } from '../../../../src/shared/domain';
import { ParallaxError } from '../../../../src/shared/errors';
import { tempCasePath } from '../../helpers/temp';

const OUTLETS = ['Hespress', 'Le Monde', 'الصحيفة', null] as const;
const LANGUAGES = ['ar', 'fr', 'en'] as const;
const COUNT = 61;

/** Documents with repeated values (ties broken by id), missing outlets and dates. */
async function fillDocuments(db: CaseDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    for (let k = 1; k <= COUNT; k++) {
      const language = LANGUAGES[k % 3]!;
      const title = {
        ar: `تقرير ${k % 7}`,
        fr: `Défense ${k % 5} : report sur le Mali`,
        en: `Report ${k % 5} on Mali`,
      }[language];
      const outlet = OUTLETS[k % 4]!;
      const published = k % 6 === 0 ? null : `2025-0${1 + (k % 9)}-1${k % 10}`;
      await tx.run(sql`
        INSERT INTO documents (id, file_name, sha256, body_fingerprint, encoding, bytes, chars,
          imported_at, title, outlet, published_at, language, language_confidence,
          detected_title, detected_language, lookup_key)
        VALUES (${k}, ${`file-${k}.txt`}, ${`sha-${k}`}, ${`fp-${k}`}, 'utf-8', ${k}, ${(k * 37) % 11},
          ${`2025-06-0${1 + (k % 3)}T10:00:00Z`}, ${title}, ${outlet}, ${published}, ${language},
          1, ${title}, ${language}, ${documentLookupKey({ title, outlet, fileName: `file-${k}.txt` })})`);
    }
  });
}

const FILTERS: DocumentFilter[] = [
  {},
  { language: 'ar' },
  { outlet: 'Le Monde' },
  { from: '2025-03-01', to: '2025-07-31' },
  { language: 'fr', outlet: 'Hespress' },
  { text: 'report MALI' },
  { text: 'تقرير' },
  { text: 'file-1' },
  { text: 'defense' },
  { language: 'xx' },
];

describe('listDocumentPage', () => {
  let db: CaseDatabase;
  beforeEach(async () => {
    db = await openCaseDatabase(await tempCasePath());
    await fillDocuments(db);
  });
  afterEach(async () => {
    await db.close();
  });

  const sorts: DocumentSort[] = DOCUMENT_SORT_KEYS.flatMap((key) => [
    { key, descending: false },
    { key, descending: true },
  ]);

  it.each(sorts)('lays pages end to end into the full list, sorted by %o', async (sort) => {
    for (const filter of FILTERS) {
      const expected = await listDocumentSummaries(db.reader, filter, sort);
      const pages = [];
      let total = -1;
      for (let offset = 0; offset <= expected.length; offset += 7) {
        const page = await listDocumentPage(db.reader, filter, sort, { offset, limit: 7 });
        pages.push(...page.rows);
        total = page.total;
      }
      expect(
        pages.map((d) => d.id),
        JSON.stringify(filter),
      ).toEqual(expected.map((d) => d.id));
      expect(total).toBe(expected.length);
    }
  });

  it('gives whole summaries, an empty page past the end, and the total still', async () => {
    const [first] = (await listDocumentPage(db.reader, {}, undefined, { offset: 0, limit: 1 }))
      .rows;
    const [full] = await listDocumentSummaries(db.reader);
    expect(first).toEqual(full);
    expect(await listDocumentPage(db.reader, {}, undefined, { offset: 500, limit: 10 })).toEqual({
      rows: [],
      total: COUNT,
    });
  });

  it('needs every typed word in the title, outlet or file name', async () => {
    const titled = await listDocumentPage(db.reader, { text: 'mali REPORT' }, undefined, {
      offset: 0,
      limit: 100,
    });
    expect(titled.total).toBeGreaterThan(0);
    expect(titled.rows.every((d) => d.language !== 'ar')).toBe(true);
    const byOutlet = await listDocumentPage(db.reader, { text: 'الصحيفة' }, undefined, {
      offset: 0,
      limit: 100,
    });
    expect(byOutlet.rows.map((d) => d.outlet)).toEqual(byOutlet.rows.map(() => 'الصحيفة'));
    const none = await listDocumentPage(db.reader, { text: 'Mali تقرير' }, undefined, {
      offset: 0,
      limit: 100,
    });
    expect(none).toEqual({ rows: [], total: 0 });
    // LIKE's wildcards typed by the user are letters like any other.
    for (const text of ['%', '_', 'Report_1', '\\']) {
      const page = await listDocumentPage(db.reader, { text }, undefined, { offset: 0, limit: 1 });
      expect(page.total, text).toBe(0);
    }
  });

  it('ignores case, accents, harakat and alef spellings, as the source picker does', async () => {
    const found = async (text: string) =>
      (await listDocumentPage(db.reader, { text }, undefined, { offset: 0, limit: 100 })).rows;
    const french = await found('DEFENSE mali');
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((d) => d.language === 'fr')).toBe(true);
    const arabic = await found('تقرير');
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((d) => d.language === 'ar')).toBe(true);
    expect(await found('تَقْرِير')).toEqual(arabic);
    expect(await found('الصَّحيفة')).toEqual(await found('الصحيفة'));
  });

  it('finds a document by the title a user gave it, no longer by the one detected', async () => {
    await db.transaction((tx) =>
      updateDocumentMetadata(tx, 3 as DocumentId, { title: 'Coopération militaire' }, 'now'),
    );
    const found = async (text: string) =>
      (await listDocumentPage(db.reader, { text }, undefined, { offset: 0, limit: 100 })).rows.map(
        (d) => d.id,
      );
    expect(await found('cooperation')).toEqual([3]);
    expect(await found('defense 3 report')).not.toContain(3);
    expect(await found('file-3.txt')).toEqual([3]);
  });

  it.each(sorts)('walks an index for %o instead of sorting the table', async (sort) => {
    const plan = await db.reader.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT id FROM documents WHERE 1
        ORDER BY ${documentOrder(sort)} LIMIT 200 OFFSET 400`,
    );
    expect(plan.map((p) => p.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);
  });
});

describe('listDocumentPage through the contract', () => {
  const printer: PdfPrinter = {
    printPdf: async () => new Uint8Array(),
    close: async () => undefined,
  };

  it('answers a valid window and refuses bad ones with the field at fault', async () => {
    const parallaxCase = await ParallaxCase.open(await tempCasePath());
    try {
      const handlers = createHandlers({ current: () => parallaxCase, nativeMenu: false, printer });
      expect(await dispatchCall(handlers, 'listDocumentPage', { offset: 0, limit: 200 })).toEqual({
        rows: [],
        total: 0,
      });
      const refusals: [unknown, RegExp][] = [
        [{ offset: 0, limit: 501 }, /limit/],
        [{ offset: -1, limit: 10 }, /offset/],
        [{ offset: 0.5, limit: 10 }, /offset/],
        [{ offset: 0, limit: 0 }, /limit/],
        [{ limit: 10 }, /offset/],
        [{ offset: 0, limit: 10, sort: { key: 'sha256', descending: false } }, /sort\.key/],
        [{ offset: 0, limit: 10, filter: { language: 'arabic' } }, /filter\.language/],
        [{ offset: 0, limit: 10, text: 'x'.repeat(1_001) }, /text/],
        [{ offset: 0, limit: 10, extra: true }, /extra|Unrecognized/i],
      ];
      for (const [input, field] of refusals) {
        const error = await dispatchCall(handlers, 'listDocumentPage', input).catch(
          (e: unknown) => e,
        );
        expect(error, JSON.stringify(input)).toBeInstanceOf(ParallaxError);
        expect((error as ParallaxError).code).toBe('invalid-input');
        expect((error as ParallaxError).message).toMatch(field);
      }
    } finally {
      await parallaxCase.close();
    }
  });
});
