import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { sourcesFromUploads, type UploadedFile } from '../../../../src/main/core/import/sources';
import { MAX_IMPORT_BYTES, type DocumentId } from '../../../../src/shared/domain';
import { databaseDigest } from '../../helpers/dbDigest';
import { seedFiles, tempCasePath } from '../../helpers/temp';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const upload = (name: string, bytes: Uint8Array): UploadedFile => ({
  name,
  size: bytes.length,
  bytes,
});

async function caseWithSeeds(): Promise<{
  parallaxCase: ParallaxCase;
  path: string;
  ids: DocumentId[];
}> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  const report = await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => upload(s.name, s.bytes))),
  );
  return { parallaxCase, path, ids: report.items.map((i) => i.documentId!) };
}

describe('importing the seeds', () => {
  it('imports all five with languages ar ar ar fr en, titles and outlets', async () => {
    const { parallaxCase } = await caseWithSeeds();
    const documents = await parallaxCase.listDocuments(undefined, {
      key: 'importedAt',
      descending: false,
    });
    expect(documents.map((d) => d.language)).toEqual(['ar', 'ar', 'ar', 'fr', 'en']);
    expect(documents.map((d) => d.outlet)).toEqual(['Assahifa', 'Hespress', null, null, 'APA']);
    expect(documents[1]!.title).toBe(
      'التهديدات في الساحل الإفريقي تقوي التعاون العسكري بين المغرب ومالي',
    );
    expect(documents.every((d) => d.encoding === 'utf-8' && d.sha256.length === 64)).toBe(true);
    await parallaxCase.close();
  });

  it('keeps the canonical text and segments that point into it', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const seeds = await seedFiles();
    for (const [index, id] of ids.entries()) {
      const document = await parallaxCase.getDocument(id);
      const original = new TextDecoder()
        .decode(seeds[index]!.bytes)
        .replace(/\r\n?/g, '\n')
        .normalize('NFC');
      expect(document.text).toBe(original);
      for (const segment of document.segments) {
        expect(segment.end).toBeGreaterThan(segment.start);
        expect(document.text.slice(segment.start, segment.end).trim().length).toBeGreaterThan(0);
      }
    }
    await parallaxCase.close();
  });

  it("flags seed 001's headline ticker as boilerplate and keeps it out of search", async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const hespress = await parallaxCase.getDocument(ids[1]!);
    const firstBody = hespress.text.indexOf('استقبلت وزارة الدفاع');
    // The first line of seed 001 is the ticker of unrelated headlines.
    const ticker = hespress.segments.filter((s) => s.kind === 'sentence' && s.paragraphIndex === 0);
    expect(ticker.length).toBeGreaterThan(10);
    expect(ticker.every((s) => s.boilerplate)).toBe(true);
    const body = hespress.segments.filter((s) => s.kind === 'sentence' && s.start >= firstBody);
    expect(body.filter((s) => !s.boilerplate).length).toBeGreaterThan(10);
    // "سانت بطرسبورغ" appears only in the ticker.
    expect((await parallaxCase.search('بطرسبورغ')).hits).toEqual([]);
    const withChrome = await parallaxCase.search('بطرسبورغ', { includeBoilerplate: true });
    expect(withChrome.hits.map((h) => h.documentId)).toEqual([ids[1]]);
    expect(withChrome.hits[0]!.boilerplate).toBe(true);
    await parallaxCase.close();
  });
});

describe('searching the imported seeds', () => {
  it('finds Arabic words with or without diacritics and through the article and clitics', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const plain = await parallaxCase.search('مالي');
    const voweled = await parallaxCase.search('مَالِي');
    expect(plain.hits.length).toBeGreaterThan(5);
    expect(voweled.hits.map((h) => h.segmentId)).toEqual(plain.hits.map((h) => h.segmentId));
    const marked = (results: typeof plain): string[] =>
      results.hits.flatMap((h) => h.highlights.map((r) => h.snippet.slice(r.start, r.end)));
    expect(marked(plain)).toEqual(expect.arrayContaining(['مالي', 'ومالي', 'المالي']));
    const moroccan = await parallaxCase.search('مغربي');
    expect(marked(moroccan)).toEqual(expect.arrayContaining(['المغربي', 'المغرب']));
    expect(new Set(moroccan.hits.map((h) => h.documentId))).toEqual(
      new Set([ids[0], ids[1], ids[2]]),
    );
    await parallaxCase.close();
  });

  it('finds French without accents and English in any case, with highlights on the words', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const french = await parallaxCase.search('securitaires');
    expect(french.hits.map((h) => h.documentId)).toEqual(expect.arrayContaining([ids[3]]));
    const hit = french.hits[0]!;
    const marked = hit.highlights.map((r) => hit.snippet.slice(r.start, r.end));
    expect(marked.every((word) => /^sécuritaires$/i.test(word))).toBe(true);
    const english = await parallaxCase.search('BRIGADIER general');
    expect(english.hits.map((h) => h.documentId)).toEqual([ids[4]]);
    // The hits' documents come along, for the group headings.
    expect(english.documents.map((d) => [d.id, d.outlet])).toEqual([[ids[4], 'APA']]);
    await parallaxCase.close();
  });
});

describe('duplicates', () => {
  it('reports the same text as a duplicate of the stored document, not stored twice', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const [seed] = await seedFiles();
    const report = await parallaxCase.importSources(
      'again',
      sourcesFromUploads([upload('copy.txt', seed!.bytes)]),
    );
    expect(report.items[0]).toMatchObject({
      status: 'duplicate',
      documentId: ids[0],
      rejection: null,
    });
    expect(report.items[0]!.reason).toMatch(new RegExp(`document ${ids[0]}`));
    expect(await parallaxCase.listDocuments()).toHaveLength(5);
    await parallaxCase.close();
  });

  it('treats the same text with a BOM and CRLF line ends as a duplicate', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const seeds = await seedFiles();
    const crlf = new TextDecoder().decode(seeds[4]!.bytes).replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(crlf)]);
    const report = await parallaxCase.importSources(
      'bom',
      sourcesFromUploads([upload('bom.txt', bytes)]),
    );
    expect(report.items[0]).toMatchObject({ status: 'duplicate', documentId: ids[4] });
    await parallaxCase.close();
  });

  it('stores a near-duplicate (same body, other page chrome) and flags it', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const seeds = await seedFiles();
    const body = new TextDecoder().decode(seeds[3]!.bytes);
    const chrome = `Accueil > Afrique > Défense\n${body}\nPartager sur Facebook\nCliquez ici pour lire l'article à la source.\n`;
    const report = await parallaxCase.importSources(
      'near',
      sourcesFromUploads([upload('apa-page.txt', encode(chrome))]),
    );
    expect(report.items[0]).toMatchObject({ status: 'imported' });
    expect(report.items[0]!.reason).toMatch(/near-duplicate/);
    const stored = await parallaxCase.getDocument(report.items[0]!.documentId!);
    expect(stored.nearDuplicateOf).toBe(ids[3]);
    await parallaxCase.close();
  });
});

describe('bad input', () => {
  const cases: [string, UploadedFile, string, RegExp][] = [
    ['an empty file', upload('empty.txt', new Uint8Array()), 'empty', /empty/i],
    ['whitespace only', upload('blank.txt', encode(' \n\t\n ')), 'empty', /whitespace/i],
    [
      'a binary file',
      upload('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])),
      'binary',
      /binary/i,
    ],
    [
      'a file over 50 MB',
      { name: 'huge.txt', size: MAX_IMPORT_BYTES + 1 },
      'too-large',
      /limit is 50\.0 MB/,
    ],
    [
      'an unreadable file',
      { name: 'locked.txt', size: 10, readError: 'The file cannot be read (EACCES).' },
      'unreadable',
      /EACCES/,
    ],
    [
      'a PDF',
      upload('report.pdf', encode('%PDF-1.7 text')),
      'unsupported-type',
      /this is a \.pdf file/,
    ],
    ['a Word file', upload('notes.docx', encode('PK')), 'unsupported-type', /\.docx/],
  ];

  it.each(cases)(
    'rejects %s with a specific reason and changes nothing',
    async (_label, file, rejection, reason) => {
      const { parallaxCase, path } = await caseWithSeeds();
      const before = await databaseDigest(path);
      const report = await parallaxCase.importSources('bad', sourcesFromUploads([file]));
      expect(report.items[0]).toMatchObject({ status: 'rejected', rejection, documentId: null });
      expect(report.items[0]!.reason).toMatch(reason);
      expect(await databaseDigest(path)).toBe(before);
      await parallaxCase.close();
    },
  );

  it('goes on with the other files after a bad one', async () => {
    const parallaxCase = await ParallaxCase.open(await tempCasePath());
    const report = await parallaxCase.importSources(
      'mixed',
      sourcesFromUploads([
        upload('a.txt', encode('First good file. It has two sentences.')),
        upload('bad.bin', encode('x')),
        upload('b.md', encode('Second good file, in Markdown.')),
      ]),
    );
    expect(report.items.map((i) => i.status)).toEqual(['imported', 'rejected', 'imported']);
    await parallaxCase.close();
  });
});

describe('cancelling', () => {
  it('keeps what was committed and reports the rest as cancelled', async () => {
    const opened: { case?: ParallaxCase } = {};
    let cancelledAt = -1;
    // Cancels as soon as the first batch has committed, as a user pressing Cancel midway would.
    const parallaxCase = await ParallaxCase.open(await tempCasePath(), (event, payload) => {
      const progress = payload as { done: number };
      if (event === 'importProgress' && progress.done > 0 && cancelledAt < 0) {
        cancelledAt = progress.done;
        expect(opened.case!.cancelImport('long')).toEqual({ cancelled: true });
      }
    });
    opened.case = parallaxCase;
    const files = Array.from({ length: 5_000 }, (_, i) =>
      upload(
        `doc-${i}.txt`,
        encode(`Document number ${i}. It says something about Mali and Morocco, case ${i}.`),
      ),
    );
    const report = await parallaxCase.importSources('long', sourcesFromUploads(files));
    expect(report.cancelled).toBe(true);
    const imported = report.items.filter((i) => i.status === 'imported').length;
    const cancelled = report.items.filter((i) => i.rejection === 'cancelled').length;
    expect(imported).toBe(cancelledAt);
    expect(imported + cancelled).toBe(5_000);
    expect(cancelled).toBeGreaterThan(0);
    expect(report.items.slice(0, imported).every((i) => i.status === 'imported')).toBe(true);
    expect(await parallaxCase.listDocuments()).toHaveLength(imported);
    expect(parallaxCase.cancelImport('long')).toEqual({ cancelled: false });
    await parallaxCase.close();
  });
});

describe('metadata edits', () => {
  it('saves an edit, marks it as the user’s, and keeps it across delete and re-import', async () => {
    const { parallaxCase, ids } = await caseWithSeeds();
    const edited = await parallaxCase.updateMetadata(ids[3]!, {
      outlet: 'APA',
      publishedAt: '2025-02-19',
    });
    expect(edited).toMatchObject({ outlet: 'APA', publishedAt: '2025-02-19' });
    expect(edited.metadataOrigin).toEqual({
      title: 'detected',
      outlet: 'user',
      publishedAt: 'user',
      language: 'detected',
    });

    expect(await parallaxCase.deleteDocuments([ids[3]!])).toEqual({ deleted: 1 });
    const seeds = await seedFiles();
    const report = await parallaxCase.importSources(
      're',
      sourcesFromUploads([upload(seeds[3]!.name, seeds[3]!.bytes)]),
    );
    const again = await parallaxCase.getDocument(report.items[0]!.documentId!);
    expect(again).toMatchObject({ outlet: 'APA', publishedAt: '2025-02-19' });
    expect(again.metadataOrigin.outlet).toBe('user');
    await parallaxCase.close();
  });

  it('refuses edits to a document that does not exist', async () => {
    const parallaxCase = await ParallaxCase.open(await tempCasePath());
    await expect(parallaxCase.updateMetadata(77 as DocumentId, { title: 'x' })).rejects.toThrow(
      'There is no document 77 in this case.',
    );
    await parallaxCase.close();
  });
});

describe('deleting', () => {
  it('removes the document, its segments and its search entries', async () => {
    const { parallaxCase, ids, path } = await caseWithSeeds();
    expect((await parallaxCase.search('Mouhib')).hits.some((h) => h.documentId === ids[3])).toBe(
      true,
    );
    await parallaxCase.deleteDocuments([ids[3]!, ids[4]!]);
    expect((await parallaxCase.search('Mouhib')).hits).toEqual([]);
    await expect(parallaxCase.getDocument(ids[3]!)).rejects.toMatchObject({ code: 'not-found' });
    await parallaxCase.close();
    const raw = await openSqlite3(path, { readonly: true });
    const [orphans] = await raw.all(
      `SELECT count(*) AS n FROM segments WHERE document_id IN (${ids[3]}, ${ids[4]})`,
      [],
    );
    const [indexed] = await raw.all('SELECT count(*) AS n FROM segment_fts', []);
    const [sentences] = await raw.all(
      "SELECT count(*) AS n FROM segments WHERE kind = 'sentence'",
      [],
    );
    await raw.close();
    expect(orphans?.n).toBe(0);
    expect(indexed?.n).toBe(sentences?.n);
  });
});
