// Alignments as a case stores them: computed once, kept, turned around for the order asked,
// corrections kept across recomputation, and every bad request refused with nothing stored.
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import type { DocumentId } from '../../../../src/shared/domain';
import { databaseDigest } from '../../helpers/dbDigest';
import { seedFiles, tempCasePath } from '../../helpers/temp';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A case with the five seeds (ids 1–5: ar, ar, ar, fr 003, en 004) plus two hard cases. */
async function seededCase(): Promise<{ path: string; parallaxCase: ParallaxCase }> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  const extra = [
    {
      name: 'menu.txt',
      bytes: encode('Accueil | Politique | Sport | Contact\n© 2025 Tous droits réservés\n'),
    },
    {
      name: 'note.txt',
      bytes: encode('A short note about Mali.\nIt has two paragraphs, and this is the second.\n'),
    },
  ];
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(
      [...seeds, ...extra].map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes })),
    ),
  );
  return { path, parallaxCase };
}

const FR = 4 as DocumentId;
const EN = 5 as DocumentId;
const AR = 1 as DocumentId;

async function storedRows(path: string): Promise<{ alignments: number; corrections: number }> {
  const db = await openSqlite3(path, { readonly: true });
  try {
    const [a] = await db.all('SELECT count(*) AS n FROM alignments', []);
    const [c] = await db.all('SELECT count(*) AS n FROM alignment_corrections', []);
    return { alignments: Number(a?.n), corrections: Number(c?.n) };
  } finally {
    await db.close();
  }
}

describe('stored alignments', () => {
  it('computes a pair once, keeps it, and answers in the order asked', async () => {
    const { path, parallaxCase } = await seededCase();
    const first = await parallaxCase.align([FR, EN]);
    expect(first.mode).toBe('translation');
    expect(first.documentIds).toEqual([FR, EN]);
    const again = await parallaxCase.align([FR, EN]);
    expect(again.computedAt).toBe(first.computedAt);
    const reversed = await parallaxCase.align([EN, FR]);
    expect(reversed.computedAt).toBe(first.computedAt);
    expect(reversed.links.map((l) => [l.b, l.a])).toEqual(first.links.map((l) => [l.a, l.b]));
    const french = await parallaxCase.getDocument(FR);
    const sentenceIds = french.segments
      .filter((s) => s.kind === 'sentence' && !s.boilerplate)
      .map((s) => s.id);
    expect(first.links.flatMap((l) => l.a).sort((x, y) => x - y)).toEqual(sentenceIds);
    expect(await storedRows(path)).toEqual({ alignments: 1, corrections: 0 });
    await parallaxCase.close();
  });

  it('recomputes when asked, when the mode is forced, and when the engine changes', async () => {
    const { path, parallaxCase } = await seededCase();
    const first = await parallaxCase.align([AR, EN]);
    expect(first.mode).toBe('comparable');
    expect(first.modeChosen).toBe(false);
    const forced = await parallaxCase.align([AR, EN], { mode: 'translation' });
    expect(forced.mode).toBe('translation');
    expect(forced.modeChosen).toBe(true);
    // The user's choice of mode survives a plain reopen and a recompute.
    expect((await parallaxCase.align([AR, EN], { recompute: true })).mode).toBe('translation');
    expect((await parallaxCase.align([AR, EN], { mode: 'auto' })).mode).toBe('comparable');
    await parallaxCase.close();

    const raw = await openSqlite3(path);
    await raw.run("UPDATE alignments SET engine_version = 'align-0', links = '[]'", []);
    await raw.close();
    const reopened = await ParallaxCase.open(path);
    const recomputed = await reopened.align([AR, EN]);
    expect(recomputed.engineVersion).not.toBe('align-0');
    expect(recomputed.links.length).toBeGreaterThan(0);
    await reopened.close();
  });

  it('keeps hand corrections, marked manual, across recomputation and reopening', async () => {
    const { path, parallaxCase } = await seededCase();
    const before = await parallaxCase.align([FR, EN]);
    const [firstLink, secondLink] = before.links;
    // Unlink the first bead: each side stays without counterpart.
    const corrections = {
      links: [
        { a: firstLink!.a, b: [] },
        { a: [], b: firstLink!.b },
      ],
      rejected: [],
    };
    const corrected = await parallaxCase.setAlignmentCorrections([FR, EN], corrections);
    const manual = corrected.links.filter((l) => l.origin === 'manual');
    expect(manual).toHaveLength(2);
    expect(corrected.links.some((l) => l.a.includes(firstLink!.a[0]!) && l.b.length > 0)).toBe(
      false,
    );
    expect(corrected.links).toContainEqual({ ...secondLink, score: expect.any(Number) });
    await parallaxCase.align([FR, EN], { recompute: true });
    await parallaxCase.close();

    const reopened = await ParallaxCase.open(path);
    const after = await reopened.align([EN, FR]);
    expect(after.corrections.links).toContainEqual({ a: [], b: firstLink!.a });
    expect(after.links.filter((l) => l.origin === 'manual')).toHaveLength(2);
    // Undo: the empty set of corrections gives the engine's alignment back.
    const undone = await reopened.setAlignmentCorrections([EN, FR], { links: [], rejected: [] });
    expect(undone.links.every((l) => l.origin === 'auto')).toBe(true);
    expect(await storedRows(path)).toEqual({ alignments: 1, corrections: 0 });
    await reopened.close();
  });
});

describe('refused alignments and corrections', () => {
  it.each([
    ['a document with itself', [FR, FR], /cannot be aligned with itself/],
    ['a deleted document', [FR, 99], /no document 99.*deleted/],
    [
      'a document of page furniture only',
      [6, EN],
      /“.*” \(document 6\) has no sentences to align: all of its text is page furniture/,
    ],
  ])('refuses %s with a clear message and stores nothing', async (_what, ids, message) => {
    const { path, parallaxCase } = await seededCase();
    const digest = await databaseDigest(path);
    await expect(parallaxCase.align(ids as [DocumentId, DocumentId])).rejects.toThrow(message);
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });

  it('refuses a document whose text is empty', async () => {
    const { path, parallaxCase } = await seededCase();
    // An empty file is refused at import; a text emptied some other way must still be refused.
    const raw = await openSqlite3(path);
    await raw.run("UPDATE document_texts SET text = '' WHERE document_id = 7", []);
    await raw.run('UPDATE segments SET boilerplate = 1 WHERE document_id = 7', []);
    await raw.close();
    await expect(parallaxCase.align([7 as DocumentId, EN])).rejects.toThrow(
      /has no sentences to align: its text is empty/,
    );
    await parallaxCase.close();
  });

  it('refuses corrections no alignment could honour, and changes nothing', async () => {
    const { path, parallaxCase } = await seededCase();
    const alignment = await parallaxCase.align([FR, EN]);
    const ids = alignment.links.filter((l) => l.a.length && l.b.length);
    const a0 = ids[0]!.a[0]!;
    const a2 = ids[2]!.a[0]!;
    const b0 = ids[0]!.b[0]!;
    const b3 = ids[3]!.b[0]!;
    const foreign = (await parallaxCase.getDocument(AR)).segments.find(
      (s) => s.kind === 'sentence',
    )!.id;
    const digest = await databaseDigest(path);
    const attempts: [string, Parameters<ParallaxCase['setAlignmentCorrections']>[1], RegExp][] = [
      [
        'a sentence of another document',
        { links: [{ a: [foreign], b: [b0] }], rejected: [] },
        /not a sentence of document 4/,
      ],
      ['a run with a gap', { links: [{ a: [a0, a2], b: [b0] }], rejected: [] }, /consecutive/],
      [
        'a sentence in two links',
        {
          links: [
            { a: [a0], b: [b0] },
            { a: [a0], b: [] },
          ],
          rejected: [],
        },
        /only one hand-made link/,
      ],
      [
        'crossing links',
        {
          links: [
            { a: [a0], b: [b3] },
            { a: [a2], b: [b0] },
          ],
          rejected: [],
        },
        /cross/,
      ],
      ['an empty link', { links: [{ a: [], b: [] }], rejected: [] }, /at least one side/],
    ];
    for (const [, corrections, message] of attempts) {
      await expect(parallaxCase.setAlignmentCorrections([FR, EN], corrections)).rejects.toThrow(
        message,
      );
    }
    expect(await databaseDigest(path)).toBe(digest);
    expect(alignment.links.every((l) => l.origin === 'auto')).toBe(true);
    await parallaxCase.close();
  });
});
