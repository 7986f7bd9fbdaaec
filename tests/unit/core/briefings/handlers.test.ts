// The contract's briefing calls reach the service: each handler, called with validated input as a
// transport would, does what its name says on a real case.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src/main/core/handlers';
import type { PdfPrinter } from '../../../../src/main/core/export/printer';
import { contract, type MethodArgs, type MethodName } from '../../../../src/shared/contract';
import { APA, mark, paragraph, quoteWords, seededCase, stateOf, text } from './seed';

const printer: PdfPrinter = {
  printPdf: async () => new TextEncoder().encode('%PDF-'),
  close: async () => undefined,
};

describe('briefing handlers', () => {
  it('wires every briefing call of the contract to the case', async () => {
    const { parallaxCase } = await seededCase();
    const handlers = createHandlers({ current: () => parallaxCase, nativeMenu: false, printer });
    // Input goes through the contract's schema first, as IPC and HTTP do.
    const call = <M extends MethodName>(name: M, input: unknown) =>
      handlers[name](contract[name].input.parse(input) as MethodArgs<M>);
    const quote = await quoteWords(parallaxCase, APA, 'three-day visit', ['Visit']);
    const [tag] = await parallaxCase.tags.list();

    const created = await call('createBriefing', { title: '  Weekly  ', handling: 'INTERNAL' });
    expect(created).toMatchObject({ title: 'Weekly', handling: 'INTERNAL', language: 'en' });
    const id = created.id;
    await call('saveBriefingContent', {
      id,
      content: stateOf(paragraph(text('Visit '), mark(APA, quote.uid))),
      checkpoint: true,
    });
    expect((await call('getBriefing', { id })).citationCount).toBe(1);
    expect(await call('updateBriefing', { id, language: 'fr' })).toMatchObject({ language: 'fr' });
    const revisions = await call('listBriefingRevisions', { id });
    expect(revisions).toHaveLength(3);
    const revision = await call('getBriefingRevision', { id, revisionId: revisions[2]!.id });
    expect(revision.content.root.children).toHaveLength(1);
    const copy = await call('duplicateBriefing', { id, title: 'Copy' });
    const drafted = await call('draftBriefingFromTags', { tagIds: [tag!.id], title: 'Draft' });
    expect(drafted.citationCount).toBe(1);
    expect((await call('listBriefings', {})).map((b) => b.title)).toEqual([
      'Draft',
      'Copy',
      'Weekly',
    ]);
    expect(await call('deleteBriefing', { id: copy.id })).toEqual({ id: copy.id });
    expect((await call('restoreBriefing', { id: copy.id })).title).toBe('Copy');
    const described = await call('describeCitations', {
      documentIds: [APA],
      quoteUids: [quote.uid],
    });
    expect(described.quotes[0]).toMatchObject({ uid: quote.uid, exists: true });
    expect((await call('checkBriefing', { id })).map((c) => c.kind)).toEqual(['single-citation']);
    const file = await call('exportBriefing', { id, format: 'pdf' });
    expect(file).toMatchObject({ fileName: 'Weekly.pdf', mimeType: 'application/pdf' });
    await parallaxCase.close();
  });
});
