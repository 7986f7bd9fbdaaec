// Briefings on a real case file: saves keep the citation index in step with the content (it is
// what guards cited quotes and documents), revisions coalesce as promised, deleted briefings stop
// guarding and are purged after a day, and every refusal names its reason and stores nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import type { BriefingId, BriefingRevisionId, TagId } from '../../../../src/shared/domain';
import { emptyBriefingState } from '../../../../src/shared/briefings/state';
import { databaseDigest } from '../../helpers/dbDigest';
import {
  APA,
  ASSAHIFA,
  FRENCH,
  citationRows,
  mark,
  paragraph,
  quoteBlock,
  quoteWords,
  rawRun,
  seededCase,
  stateOf,
  text,
} from './seed';

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock Date reads (only Date: SQLite's callbacks still need real timers). */
function setClock(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('saving a briefing', () => {
  it('creates empty briefings and lists them newest changed first', async () => {
    const { parallaxCase } = await seededCase();
    const first = await parallaxCase.briefings.create({ title: 'Weekly Sahel' });
    expect(first).toMatchObject({
      title: 'Weekly Sahel',
      author: '',
      handling: '',
      language: 'en',
      citationCount: 0,
      content: emptyBriefingState(),
    });
    const second = await parallaxCase.briefings.create({
      title: 'تقرير مالي',
      language: 'ar',
      handling: 'UNCLASSIFIED // FOR INTERNAL USE',
    });
    expect((await parallaxCase.briefings.list()).map((b) => b.id)).toEqual([second.id, first.id]);
    await parallaxCase.briefings.saveContent(first.id, stateOf(paragraph(text('Now first.'))));
    expect((await parallaxCase.briefings.list()).map((b) => b.id)).toEqual([first.id, second.id]);
    expect(first.uid).not.toBe(second.uid);
    await parallaxCase.close();
  });

  it('rewrites the citation index from the content at every save', async () => {
    const { path, parallaxCase } = await seededCase();
    const arabic = await quoteWords(parallaxCase, ASSAHIFA, 'العميد عبد الغني مهيب');
    const english = await quoteWords(parallaxCase, APA, 'three-day visit');
    const briefing = await parallaxCase.briefings.create({ title: 'Visit' });
    const saved = await parallaxCase.briefings.saveContent(
      briefing.id,
      stateOf(
        paragraph(text('The delegation was led by a general '), mark(FRENCH)),
        quoteBlock(arabic, 'ar'),
        paragraph(text('It lasted three days '), mark(APA, english.uid), mark(APA, english.uid)),
      ),
    );
    expect(saved.citationCount).toBe(4);
    expect(await citationRows(path)).toEqual([
      { briefing_id: briefing.id, quote_uid: arabic.uid, document_id: ASSAHIFA },
      { briefing_id: briefing.id, quote_uid: '', document_id: FRENCH },
      { briefing_id: briefing.id, quote_uid: english.uid, document_id: APA },
    ]);
    await parallaxCase.briefings.saveContent(
      briefing.id,
      stateOf(paragraph(text('Only the French wire now '), mark(FRENCH))),
    );
    expect(await citationRows(path)).toEqual([
      { briefing_id: briefing.id, quote_uid: '', document_id: FRENCH },
    ]);
    expect((await parallaxCase.briefings.get(briefing.id)).citationCount).toBe(1);
    await parallaxCase.close();
  });

  it('guards what live briefings cite, and stops when the briefing is deleted', async () => {
    const { parallaxCase } = await seededCase();
    const quote = await quoteWords(parallaxCase, APA, 'three-day visit');
    const briefing = await parallaxCase.briefings.create({ title: 'Weekly Sahel' });
    await parallaxCase.briefings.saveContent(briefing.id, stateOf(quoteBlock(quote, 'en')));
    await expect(parallaxCase.quotes.delete([quote.id])).rejects.toMatchObject({
      code: 'needs-confirmation',
      message: expect.stringMatching(/This quote is cited in a briefing \(“Weekly Sahel”\)/),
    });
    await expect(parallaxCase.deleteDocuments([APA])).rejects.toThrow(
      /This document is cited in a briefing/,
    );
    expect((await parallaxCase.quotes.countOf([APA])).citedBy).toEqual([
      { title: 'Weekly Sahel', citations: 1 },
    ]);

    await parallaxCase.briefings.delete(briefing.id);
    expect((await parallaxCase.quotes.countOf([APA])).citedBy).toEqual([]);
    await parallaxCase.briefings.restore(briefing.id);
    expect((await parallaxCase.quotes.countOf([APA])).citedBy).toHaveLength(1);
    await parallaxCase.briefings.delete(briefing.id);
    await expect(parallaxCase.quotes.delete([quote.id])).resolves.toMatchObject({
      deleted: [{ uid: quote.uid }],
    });
    await parallaxCase.close();
  });
});

describe('revisions', () => {
  it('coalesces autosaves for two minutes, keeps checkpoints, ignores identical content', async () => {
    const { parallaxCase } = await seededCase();
    setClock('2025-03-01T10:00:00.000Z');
    const { id } = await parallaxCase.briefings.create({ title: 'Draft' });
    const save = (words: string, checkpoint = false) =>
      parallaxCase.briefings.saveContent(id, stateOf(paragraph(text(words))), { checkpoint });
    const revisions = () => parallaxCase.briefings.listRevisions(id);
    expect(await revisions()).toHaveLength(1);

    setClock('2025-03-01T10:00:10.000Z');
    await save('a');
    setClock('2025-03-01T10:01:10.000Z');
    await save('ab');
    setClock('2025-03-01T10:02:09.000Z');
    await save('abc');
    let listed = await revisions();
    expect(listed).toHaveLength(2);
    expect(listed[0]!.savedAt).toBe('2025-03-01T10:02:09.000Z');
    const latest = await parallaxCase.briefings.getRevision(id, listed[0]!.id);
    expect(latest.content).toEqual(stateOf(paragraph(text('abc'))));

    // Two minutes after that autosave revision began, the next autosave starts a new one.
    setClock('2025-03-01T10:02:11.000Z');
    await save('abcd');
    expect(await revisions()).toHaveLength(3);

    setClock('2025-03-01T10:02:20.000Z');
    const checkpoint = await save('abcde', true);
    expect(await revisions()).toHaveLength(4);
    setClock('2025-03-01T10:02:30.000Z');
    await save('abcdef');
    expect(await revisions()).toHaveLength(5); // an autosave never replaces a checkpoint

    setClock('2025-03-01T10:03:00.000Z');
    const again = await save('abcdef');
    await save('abcdef', true);
    expect(await revisions()).toHaveLength(5);
    expect(again.updatedAt).toBe('2025-03-01T10:02:30.000Z');
    expect(checkpoint.updatedAt).toBe('2025-03-01T10:02:20.000Z');
    // The explicit save made that autosave a checkpoint: the next autosave does not replace it.
    setClock('2025-03-01T10:03:10.000Z');
    await save('abcdefg');
    listed = await revisions();
    expect(listed).toHaveLength(6);
    expect(
      (await parallaxCase.briefings.getRevision(id, listed[1]!.id)).content.root.children,
    ).toEqual([paragraph(text('abcdef'))]);

    setClock('2025-03-01T10:06:00.000Z');
    await parallaxCase.briefings.update(id, { title: 'Final' });
    listed = await revisions();
    expect(listed.map((r) => r.title).slice(0, 2)).toEqual(['Final', 'Draft']);
    expect(listed[0]!.size).toBe(listed[1]!.size);
    await expect(parallaxCase.briefings.getRevision(id, 999 as BriefingRevisionId)).rejects.toThrow(
      /Briefing \d+ \(“Final”\) has no revision 999/,
    );
    await parallaxCase.close();
  });
});

describe('duplicate, delete, restore, purge', () => {
  it('duplicates content and citations under a fresh uid, with a history of its own', async () => {
    const { path, parallaxCase } = await seededCase();
    const quote = await quoteWords(parallaxCase, FRENCH, 'commission militaire mixte');
    const original = await parallaxCase.briefings.create({ title: 'Défense', author: 'A. N.' });
    await parallaxCase.briefings.saveContent(original.id, stateOf(quoteBlock(quote, 'fr')));
    await parallaxCase.briefings.saveContent(
      original.id,
      stateOf(quoteBlock(quote, 'fr'), paragraph(text('More.'))),
    );
    const copy = await parallaxCase.briefings.duplicate(original.id);
    expect(copy).toMatchObject({ title: 'Défense (copy)', author: 'A. N.', citationCount: 1 });
    expect(copy.uid).not.toBe(original.uid);
    expect(copy.content).toEqual((await parallaxCase.briefings.get(original.id)).content);
    expect(await parallaxCase.briefings.listRevisions(copy.id)).toHaveLength(1);
    expect((await citationRows(path)).filter((r) => r.briefing_id === copy.id)).toEqual([
      { briefing_id: copy.id, quote_uid: quote.uid, document_id: FRENCH },
    ]);
    const named = await parallaxCase.briefings.duplicate(original.id, 'Variante');
    expect(named.title).toBe('Variante');
    await parallaxCase.close();
  });

  it('deletes into a bin for undo, and purges a day later when the case opens', async () => {
    const { path, parallaxCase } = await seededCase();
    const quote = await quoteWords(parallaxCase, APA, 'three-day visit');
    const old = await parallaxCase.briefings.create({ title: 'Old' });
    const recent = await parallaxCase.briefings.create({ title: 'Recent' });
    for (const b of [old, recent]) {
      await parallaxCase.briefings.saveContent(b.id, stateOf(quoteBlock(quote, 'en')));
    }
    await parallaxCase.briefings.delete(old.id);
    expect((await parallaxCase.briefings.list()).map((b) => b.title)).toEqual(['Recent']);
    await expect(parallaxCase.briefings.get(old.id)).rejects.toThrow(
      /Briefing \d+ \(“Old”\) was deleted; restore it first/,
    );
    const restored = await parallaxCase.briefings.restore(old.id);
    expect(restored.title).toBe('Old');
    await parallaxCase.briefings.delete(old.id);
    await parallaxCase.briefings.delete(recent.id);
    await parallaxCase.close();
    // The first deletion is over a day old, the second an hour old.
    await rawRun(path, 'UPDATE briefings SET deleted_at = ? WHERE id = ?', [
      new Date(Date.now() - 25 * 3600_000).toISOString(),
      old.id,
    ]);
    await rawRun(path, 'UPDATE briefings SET deleted_at = ? WHERE id = ?', [
      new Date(Date.now() - 3600_000).toISOString(),
      recent.id,
    ]);

    const reopened = await ParallaxCase.open(path);
    await expect(reopened.briefings.restore(old.id)).rejects.toThrow(`no briefing ${old.id}`);
    expect((await citationRows(path)).map((r) => r.briefing_id)).toEqual([recent.id]);
    await reopened.briefings.restore(recent.id);
    expect(await reopened.briefings.listRevisions(recent.id)).toHaveLength(2);
    await reopened.close();
  });
});

describe('refusals', () => {
  it('names the reason and leaves the case byte for byte as it was', async () => {
    const { path, parallaxCase } = await seededCase();
    const live = await parallaxCase.briefings.create({ title: 'Live' });
    const binned = await parallaxCase.briefings.create({ title: 'Binned' });
    await parallaxCase.briefings.delete(binned.id);
    const digest = await databaseDigest(path);
    const b = parallaxCase.briefings;
    const missing = 404 as BriefingId;
    const huge = stateOf(paragraph(text('x'.repeat(21 * 1024 * 1024))));
    const refusals: [() => Promise<unknown>, RegExp][] = [
      [() => b.get(missing), /There is no briefing 404 in this case/],
      [() => b.update(missing, { title: 'x' }), /no briefing 404/],
      [() => b.saveContent(missing, emptyBriefingState()), /no briefing 404/],
      [() => b.duplicate(missing), /no briefing 404/],
      [() => b.delete(missing), /no briefing 404/],
      [() => b.restore(missing), /no briefing 404/],
      [() => b.listRevisions(missing), /no briefing 404/],
      [() => b.checks(missing), /no briefing 404/],
      [
        () => b.saveContent(binned.id, emptyBriefingState()),
        /“Binned”\) was deleted; restore it first/,
      ],
      [() => b.update(binned.id, { title: 'y' }), /was deleted/],
      [() => b.duplicate(binned.id), /was deleted/],
      [() => b.delete(binned.id), /was deleted/],
      [() => b.restore(live.id), /“Live”\) is not deleted; there is nothing to restore/],
      [() => b.update(live.id, {}), /No change was given/],
      [
        () => b.saveContent(live.id, { root: { type: 'paragraph' } }),
        /not a valid editor state at root/,
      ],
      [
        () => b.saveContent(live.id, stateOf({ type: 'parallax-citation', version: 1 })),
        /not a valid editor state at root\.children\.0/,
      ],
      [
        () => b.saveContent(live.id, stateOf(mark(1, 'not a uid!'))),
        /not a valid editor state at root\.children\.0/,
      ],
      [
        () => b.saveContent(live.id, huge),
        /too large to save \(21\.0 MB of content; the limit is 20\.0 MB\)/,
      ],
      [() => b.draftFromTags([77 as TagId], 'From nothing'), /There is no tag 77/],
    ];
    for (const [refused, message] of refusals) await expect(refused()).rejects.toThrow(message);
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });
});
