// Quotes and tags on a real case file: the words stay exact, refused calls store nothing, tag
// merge/delete keep every quote, and the exports read back with Arabic intact.
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import type { DocumentId, TagId } from '../../../../src/shared/domain';
import { databaseDigest } from '../../helpers/dbDigest';
import { seedFiles, tempCasePath } from '../../helpers/temp';

const AR = 1 as DocumentId; // 000, Assahifa
const FR = 4 as DocumentId;
const EN = 5 as DocumentId;

async function seededCase(): Promise<{ path: string; parallaxCase: ParallaxCase }> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  const emoji = new TextEncoder().encode(
    'Le Mali 🇲🇱 et le Maroc coopèrent. Deuxième phrase ici.\n',
  );
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads([
      ...seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes })),
      { name: 'emoji.txt', size: emoji.length, bytes: emoji },
    ]),
  );
  return { path, parallaxCase };
}

async function spanOf(parallaxCase: ParallaxCase, id: DocumentId, words: string) {
  const { text } = await parallaxCase.getDocument(id);
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + words.length };
}

describe('quotes', () => {
  it('stores the exact words, their context and tags, and lists them with their source', async () => {
    const { parallaxCase } = await seededCase();
    const words = 'العميد عبد الغني مهيب';
    const quote = await parallaxCase.quotes.create({
      documentId: AR,
      ...(await spanOf(parallaxCase, AR, words)),
      newTags: ['Coopération militaire', 'أمن'],
      note: 'Head of the delegation',
    });
    expect(quote.text).toBe(words);
    expect(quote.prefix.endsWith('أعرب ')).toBe(true);
    expect(quote.suffix.startsWith('، رئيس')).toBe(true);
    const tags = await parallaxCase.tags.list();
    expect(tags.map((t) => t.name).sort()).toEqual(['Coopération militaire', 'أمن'].sort());
    expect(quote.tagIds).toEqual([
      tags.find((t) => t.name === 'Coopération militaire')!.id,
      tags.find((t) => t.name === 'أمن')!.id,
    ]);
    const { rows, total } = await parallaxCase.quotes.list({ tagId: quote.tagIds[0] });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ text: words, outlet: 'Assahifa', publishedAt: '2025-02-22' });
    // Found by its words as search normalises them (no diacritics, article).
    expect((await parallaxCase.quotes.list({ text: 'مهيب' })).total).toBe(1);
    expect((await parallaxCase.quotes.list({ text: 'delegation' })).total).toBe(1);
    expect((await parallaxCase.quotes.list({ text: 'Bamako' })).total).toBe(0);
    // What deleting these documents would take with them.
    expect(await parallaxCase.quotes.countOf([AR, EN])).toEqual({ quotes: 1, citedBy: [] });
    expect(await parallaxCase.quotes.countOf([EN])).toEqual({ quotes: 0, citedBy: [] });
    await parallaxCase.deleteDocuments([AR]);
    expect((await parallaxCase.quotes.list({})).total).toBe(0);
    await parallaxCase.close();
  });

  it.each([
    [
      'a span past the end',
      (len: number) => ({ start: len - 2, end: len + 5 }),
      /outside the text/,
    ],
    ['an empty span', () => ({ start: 10, end: 10 }), /at least one character/],
    ['a reversed span', () => ({ start: 12, end: 10 }), /at least one character/],
    ['white space only', () => ({ start: 35, end: 36 }), /only white space/],
    ['half a surrogate pair', () => ({ start: 9, end: 12 }), /surrogate pair/],
  ])('refuses %s and stores nothing', async (_what, span, message) => {
    const { path, parallaxCase } = await seededCase();
    const { text } = await parallaxCase.getDocument(6 as DocumentId);
    expect(text.slice(8, 12)).toBe('🇲🇱'.slice(0, 4));
    const digest = await databaseDigest(path);
    await expect(
      parallaxCase.quotes.create({
        documentId: 6 as DocumentId,
        ...span(text.length),
        newTags: ['x'],
      }),
    ).rejects.toThrow(message);
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });

  it('refuses an unknown document or tag and stores nothing', async () => {
    const { path, parallaxCase } = await seededCase();
    const digest = await databaseDigest(path);
    await expect(
      parallaxCase.quotes.create({ documentId: 99 as DocumentId, start: 0, end: 3 }),
    ).rejects.toThrow(/no document 99/);
    await expect(
      parallaxCase.quotes.create({
        documentId: EN,
        start: 0,
        end: 7,
        tagIds: [42 as TagId],
        newTags: ['kept?'],
      }),
    ).rejects.toThrow(/no tag 42/);
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });

  it('edits span, tags and note; deletes and restores exactly', async () => {
    const { parallaxCase } = await seededCase();
    const created = await parallaxCase.quotes.create({
      documentId: EN,
      ...(await spanOf(parallaxCase, EN, 'three-day visit')),
      newTags: ['Visits'],
    });
    const span = await spanOf(parallaxCase, EN, 'for a three-day visit');
    const edited = await parallaxCase.quotes.update(created.id, {
      ...span,
      note: 'dates',
      newTags: ['Mali'],
    });
    expect(edited.text).toBe('for a three-day visit');
    expect(edited.tagIds).toHaveLength(2);
    expect((await parallaxCase.quotes.list({ text: 'dates' })).total).toBe(1);

    const { deleted } = await parallaxCase.quotes.delete([created.id]);
    expect(await parallaxCase.quotes.ofDocument(EN)).toEqual([]);
    const [restored] = await parallaxCase.quotes.restore(deleted);
    expect(restored).toMatchObject({
      uid: created.uid,
      text: 'for a three-day visit',
      note: 'dates',
      tagIds: edited.tagIds,
    });
    await expect(parallaxCase.quotes.restore(deleted)).rejects.toThrow(/already there/);
    await expect(parallaxCase.quotes.delete([created.id, 999 as never])).rejects.toThrow(
      /no quote 999/,
    );
    await parallaxCase.close();
  });

  it('files counterparts in the other languages under the same tags, as translations', async () => {
    const { parallaxCase } = await seededCase();
    const quote = await parallaxCase.quotes.create({
      documentId: FR,
      ...(await spanOf(parallaxCase, FR, 'une visite de trois jours au Mali')),
      newTags: ['Visits'],
    });
    const counterparts = await parallaxCase.tagCounterparts(quote.id, [EN]);
    expect(counterparts).toHaveLength(1);
    expect(counterparts[0]!.text).toContain('three-day visit');
    expect(counterparts[0]!.tagIds).toEqual(quote.tagIds);
    expect(counterparts[0]!.translationOf).toBe(quote.id);
    await parallaxCase.close();
  });
});

describe('tags', () => {
  it('keeps sibling names unique as search folds them, and refuses cycles', async () => {
    const { path, parallaxCase } = await seededCase();
    const sahel = await parallaxCase.tags.create({ name: 'Sahel' });
    const mali = await parallaxCase.tags.create({ name: 'Mali', parentId: sahel.id });
    await parallaxCase.tags.create({ name: 'Mali' }); // another level: allowed
    const digest = await databaseDigest(path);
    await expect(parallaxCase.tags.create({ name: 'MALÍ', parentId: sahel.id })).rejects.toThrow(
      /already exists under that parent/,
    );
    await expect(parallaxCase.tags.update(sahel.id, { parentId: mali.id })).rejects.toThrow(
      /cannot go under itself/,
    );
    await expect(parallaxCase.tags.merge(sahel.id, mali.id)).rejects.toThrow(/own sub-tags/);
    expect(await databaseDigest(path)).toBe(digest);
    const renamed = await parallaxCase.tags.update(mali.id, { name: 'مالي', color: '#123ABC' });
    expect(renamed).toMatchObject({ name: 'مالي', color: '#123abc', parentId: sahel.id });
    await parallaxCase.close();
  });

  it('merges: quotes move, children move (same-named ones merge), the source tag goes', async () => {
    const { parallaxCase } = await seededCase();
    const a = await parallaxCase.tags.create({ name: 'Défense' });
    const b = await parallaxCase.tags.create({ name: 'Defence' });
    const aChild = await parallaxCase.tags.create({ name: 'Training', parentId: a.id });
    const bChild = await parallaxCase.tags.create({ name: 'training', parentId: b.id });
    const aSolo = await parallaxCase.tags.create({ name: 'Equipment', parentId: a.id });
    const span = await spanOf(parallaxCase, FR, 'commission militaire mixte');
    const q1 = await parallaxCase.quotes.create({ documentId: FR, ...span, tagIds: [a.id] });
    const q2 = await parallaxCase.quotes.create({
      documentId: FR,
      ...span,
      tagIds: [aChild.id, b.id],
    });
    const { moved, into } = await parallaxCase.tags.merge(a.id, b.id);
    expect(moved).toBe(2); // q1 from Défense, q2 from its Training merged into training
    expect(into.id).toBe(b.id);
    const tags = await parallaxCase.tags.list();
    expect(tags.map((t) => t.id)).not.toContain(a.id);
    expect(tags.map((t) => t.id)).not.toContain(aChild.id);
    expect(tags.find((t) => t.id === aSolo.id)!.parentId).toBe(b.id);
    const [first, second] = await parallaxCase.quotes.ofDocument(FR);
    expect([first!.id, second!.id].sort()).toEqual([q1.id, q2.id].sort());
    expect((await parallaxCase.quotes.list({ tagId: b.id })).total).toBe(2);
    expect((await parallaxCase.quotes.list({ tagId: bChild.id })).total).toBe(1);
    await parallaxCase.close();
  });

  it('deletes: children move up, quotes keep their other tags or stay untagged', async () => {
    const { parallaxCase } = await seededCase();
    const parent = await parallaxCase.tags.create({ name: 'Sahel' });
    const doomed = await parallaxCase.tags.create({ name: 'Mali', parentId: parent.id });
    const child = await parallaxCase.tags.create({ name: 'Bamako', parentId: doomed.id });
    const other = await parallaxCase.tags.create({ name: 'Keep' });
    const span = await spanOf(parallaxCase, EN, 'Morocco and Mali');
    const lone = await parallaxCase.quotes.create({ documentId: EN, ...span, tagIds: [doomed.id] });
    const both = await parallaxCase.quotes.create({
      documentId: EN,
      ...span,
      tagIds: [doomed.id, other.id],
    });
    expect(await parallaxCase.tags.delete(doomed.id)).toEqual({ untagged: 1 });
    const tags = await parallaxCase.tags.list();
    expect(tags.find((t) => t.id === child.id)!.parentId).toBe(parent.id);
    const quotes = await parallaxCase.quotes.ofDocument(EN);
    expect(quotes.find((q) => q.id === lone.id)!.tagIds).toEqual([]);
    expect(quotes.find((q) => q.id === both.id)!.tagIds).toEqual([other.id]);
    expect((await parallaxCase.quotes.list({ untagged: true })).rows.map((r) => r.id)).toEqual([
      lone.id,
    ]);
    await parallaxCase.close();
  });
});

describe('matrix and exports', () => {
  it('counts quotes per tag and outlet, and exports CSV with a BOM and JSON, Arabic intact', async () => {
    const { parallaxCase } = await seededCase();
    const arabic = 'العميد عبد الغني مهيب';
    await parallaxCase.quotes.create({
      documentId: AR,
      ...(await spanOf(parallaxCase, AR, arabic)),
      newTags: ['Mouhib'],
    });
    await parallaxCase.quotes.create({
      documentId: EN,
      ...(await spanOf(parallaxCase, EN, 'Abdelghani Mouhib')),
      newTags: ['Mouhib'],
    });
    const matrix = await parallaxCase.quotes.matrix('outlet');
    expect(matrix.columns).toEqual(['APA', 'Assahifa']);
    expect(matrix.rows).toEqual([
      {
        tagId: expect.any(Number),
        counts: [1, 1],
        total: 2,
        subtreeCounts: [1, 1],
        subtreeTotal: 2,
      },
    ]);
    expect((await parallaxCase.quotes.matrix('language')).columns).toEqual(['ar', 'en']);

    const csv = await parallaxCase.exportQuotes('csv');
    expect(csv.fileName).toMatch(/^quotes-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new TextEncoder().encode(csv.content);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'quote_uid,document_id,title,outlet,published_at,language,file_name,start,end,text,prefix,suffix,note,tags',
    );
    expect(lines).toHaveLength(3);
    expect(
      lines.some(
        (line) => line.includes(`,${arabic},`) && line.includes(',Assahifa,2025-02-22,ar,'),
      ),
    ).toBe(true);

    const json = JSON.parse((await parallaxCase.exportQuotes('json')).content) as {
      text: string;
      tags: string[];
      source: { outlet: string };
    }[];
    expect(json.map((q) => q.text).sort()).toEqual(['Abdelghani Mouhib', arabic].sort());
    expect(json[0]!.tags).toEqual(['Mouhib']);
    await parallaxCase.close();
  });

  it("counts a sub-tag's quotes under its ancestors once each, and filters documents with no outlet", async () => {
    const { parallaxCase } = await seededCase();
    const region = await parallaxCase.tags.create({ name: 'Sahel' });
    const country = await parallaxCase.tags.create({ name: 'Mali', parentId: region.id });
    const city = await parallaxCase.tags.create({ name: 'Bamako', parentId: country.id });
    // Before any quote: parents are listed with nothing under them.
    expect(await parallaxCase.quotes.totals()).toEqual({
      all: 0,
      untagged: 0,
      subtrees: [
        { tagId: region.id, quotes: 0 },
        { tagId: country.id, quotes: 0 },
      ],
    });
    // Filed under a tag and its grandchild: once in the region's subtree count, not twice.
    await parallaxCase.quotes.create({
      documentId: EN,
      ...(await spanOf(parallaxCase, EN, 'Abdelghani Mouhib')),
      tagIds: [region.id, city.id],
    });
    await parallaxCase.quotes.create({
      documentId: AR,
      ...(await spanOf(parallaxCase, AR, 'العميد عبد الغني مهيب')),
      tagIds: [country.id],
    });
    const matrix = await parallaxCase.quotes.matrix('outlet');
    expect(matrix.columns).toEqual(['APA', 'Assahifa']);
    const row = (id: number) => matrix.rows.find((r) => r.tagId === id);
    expect(row(region.id)).toMatchObject({
      counts: [1, 0],
      subtreeCounts: [1, 1],
      subtreeTotal: 2,
    });
    expect(row(country.id)).toMatchObject({ counts: [0, 1], subtreeCounts: [1, 1], total: 1 });
    expect(row(city.id)).toMatchObject({ counts: [1, 0], subtreeCounts: [1, 0] });

    // The tag tree's totals, in one call, agree with the browser's own count for each filter.
    const lone = await parallaxCase.quotes.create({
      documentId: AR,
      ...(await spanOf(parallaxCase, AR, 'الجيش المغربي')),
      newTags: ['Doomed'],
    });
    await parallaxCase.tags.delete(lone.tagIds[0]!);
    const totals = await parallaxCase.quotes.totals();
    expect(totals).toEqual({
      all: 3,
      untagged: 1,
      subtrees: expect.arrayContaining([
        { tagId: region.id, quotes: 2 },
        { tagId: country.id, quotes: 2 },
      ]) as unknown,
    });
    expect(totals.subtrees).toHaveLength(2);
    for (const { tagId, quotes } of totals.subtrees) {
      expect((await parallaxCase.quotes.list({ tagId, includeSubtags: true })).total).toBe(quotes);
    }
    expect((await parallaxCase.quotes.list({ untagged: true })).total).toBe(totals.untagged);

    await parallaxCase.updateMetadata(EN, { outlet: null });
    const withoutOutlet = await parallaxCase.quotes.list({ outlet: null });
    expect(withoutOutlet.rows.map((r) => r.documentId)).toEqual([EN]);
    expect((await parallaxCase.quotes.matrix('outlet')).columns).toEqual(['Assahifa', '']);
    await parallaxCase.close();
  });

  it('keeps a formula-like source text from running in a spreadsheet', async () => {
    const path = await tempCasePath();
    const parallaxCase = await ParallaxCase.open(path);
    const hostile = new TextEncoder().encode('=HYPERLINK("http://x","click") said the page.\n');
    await parallaxCase.importSources(
      'h',
      sourcesFromUploads([{ name: 'h.txt', size: hostile.length, bytes: hostile }]),
    );
    await parallaxCase.quotes.create({
      documentId: 1 as DocumentId,
      start: 0,
      end: 30,
      newTags: ['x'],
    });
    const csv = (await parallaxCase.exportQuotes('csv')).content;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")`);
    const json = JSON.parse((await parallaxCase.exportQuotes('json')).content) as {
      text: string;
    }[];
    expect(json[0]!.text).toBe('=HYPERLINK("http://x","click")');
    await parallaxCase.close();
  });
});

describe('quotes a briefing cites', () => {
  it('are not deleted, nor their documents, without the user confirming; then the citation stays, broken', async () => {
    const { path, parallaxCase } = await seededCase();
    const quote = await parallaxCase.quotes.create({
      documentId: EN,
      ...(await spanOf(parallaxCase, EN, 'three-day visit')),
      newTags: ['Visits'],
    });
    // Briefings arrive with the editor; until then a citation row stands for one.
    const raw = await openSqlite3(path);
    await raw.run(
      `INSERT INTO briefings (uid, title, content, created_at, updated_at) VALUES ('b-000001', 'Weekly Sahel', '{}', 'now', 'now')`,
      [],
    );
    await raw.run(`INSERT INTO briefing_citations VALUES (1, ?, ?)`, [quote.uid, EN]);
    await raw.close();
    const digest = await databaseDigest(path);
    await expect(parallaxCase.quotes.delete([quote.id])).rejects.toMatchObject({
      code: 'needs-confirmation',
      message: expect.stringMatching(/This quote is cited in a briefing \(“Weekly Sahel”\)/),
    });
    await expect(parallaxCase.deleteDocuments([EN])).rejects.toThrow(
      /This document is cited in a briefing/,
    );
    expect(await databaseDigest(path)).toBe(digest);
    expect(await parallaxCase.quotes.countOf([EN])).toEqual({
      quotes: 1,
      citedBy: [{ title: 'Weekly Sahel', citations: 1 }],
    });

    await parallaxCase.quotes.delete([quote.id], { confirmCited: true });
    const check = await openSqlite3(path, { readonly: true });
    const rows = await check.all(
      `SELECT c.quote_uid, q.id AS quote FROM briefing_citations c LEFT JOIN quotes q ON q.uid = c.quote_uid`,
      [],
    );
    await check.close();
    expect(rows).toEqual([{ quote_uid: quote.uid, quote: null }]);
    await parallaxCase.deleteDocuments([EN], { confirmCited: true });
    await parallaxCase.close();
  });
});
