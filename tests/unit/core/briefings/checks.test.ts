// What citations resolve to (deleted sources and quotes marked, fingerprints of the source text)
// and every check before export, on a real case whose quotes and documents are deleted or damaged.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseDigest } from '../../helpers/dbDigest';
import {
  APA,
  ASSAHIFA,
  FRENCH,
  HESPRESS,
  UNDATED_AR,
  heading,
  mark,
  paragraph,
  quoteBlock,
  quoteWords,
  rawRun,
  seededCase,
  stateOf,
  text,
} from './seed';

const sha256 = (words: string): string => createHash('sha256').update(words, 'utf8').digest('hex');

describe('describeCitations', () => {
  it('resolves sources and quotes, marking deleted ones and quotes that drifted', async () => {
    const { path, parallaxCase } = await seededCase();
    const arabic = await quoteWords(parallaxCase, ASSAHIFA, 'العميد عبد الغني مهيب');
    const gone = await quoteWords(parallaxCase, APA, 'three-day visit');
    const drifted = await quoteWords(parallaxCase, FRENCH, 'commission militaire mixte');
    await parallaxCase.quotes.delete([gone.id]);
    await parallaxCase.deleteDocuments([HESPRESS]);
    await rawRun(path, 'UPDATE quotes SET text = ? WHERE id = ?', ['commission mixte', drifted.id]);

    const digest = await databaseDigest(path);
    const { sources, quotes } = await parallaxCase.briefings.describeCitations(
      [ASSAHIFA, HESPRESS, ASSAHIFA],
      [arabic.uid, gone.uid, drifted.uid],
    );
    const assahifa = await parallaxCase.getDocument(ASSAHIFA);
    expect(sources).toEqual([
      {
        documentId: ASSAHIFA,
        exists: true,
        title: assahifa.title,
        outlet: 'Assahifa',
        publishedAt: '2025-02-22',
        language: 'ar',
        fileName: '000_078b0cfc3fe8756e.txt',
        fingerprint: sha256(assahifa.text).slice(0, 8),
      },
      {
        documentId: HESPRESS,
        exists: false,
        title: '(deleted source)',
        outlet: null,
        publishedAt: null,
        language: 'und',
        fileName: '',
        fingerprint: '',
      },
    ]);
    expect(sources[0]!.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(quotes).toEqual([
      {
        uid: arabic.uid,
        exists: true,
        documentId: ASSAHIFA,
        text: 'العميد عبد الغني مهيب',
        language: 'ar',
        matchesSource: true,
      },
      {
        uid: gone.uid,
        exists: false,
        documentId: null,
        text: '',
        language: 'und',
        matchesSource: false,
      },
      {
        uid: drifted.uid,
        exists: true,
        documentId: FRENCH,
        text: 'commission mixte',
        language: 'fr',
        matchesSource: false,
      },
    ]);
    expect(await databaseDigest(path)).toBe(digest);
    await parallaxCase.close();
  });
});

describe('checks before export', () => {
  it('reports every kind, errors first, naming the source or the quote’s words', async () => {
    const { path, parallaxCase } = await seededCase();
    const arabic = await quoteWords(parallaxCase, ASSAHIFA, 'العميد عبد الغني مهيب');
    const goneQuote = await quoteWords(parallaxCase, ASSAHIFA, 'رئيس الوفد المغربي');
    const drifted = await quoteWords(parallaxCase, FRENCH, 'commission militaire mixte');
    const edited = await quoteWords(parallaxCase, FRENCH, 'formation');
    const fromDeleted = await quoteWords(parallaxCase, UNDATED_AR, 'التعاون العسكري');
    const briefing = await parallaxCase.briefings.create({ title: 'Checks' });
    await parallaxCase.briefings.saveContent(
      briefing.id,
      stateOf(
        heading('Sans citation dans un titre'), // 0: headings are not checked
        paragraph(text('Le Maroc a envoyé une délégation.')), // 1: uncited
        paragraph(text('   ')), // 2: empty: not checked
        paragraph(text('The Assahifa report reads:')), // 3: introduces the quote below
        quoteBlock(arabic, 'ar'), // 4
        quoteBlock(goneQuote, 'ar'), // 5: quote deleted
        quoteBlock(drifted, 'fr'), // 6: stored words drifted from the source
        quoteBlock(edited, 'fr', 'formation des cadres'), // 7: block shows other words
        paragraph(text('An undated Arabic site '), mark(UNDATED_AR, fromDeleted.uid)), // 8
        paragraph(text('And APA, once '), mark(APA)), // 9: cited once
        paragraph(text('Assahifa again '), mark(ASSAHIFA), mark(UNDATED_AR)), // 10
      ),
    );
    await parallaxCase.quotes.delete([goneQuote.id], { confirmCited: true });
    await parallaxCase.deleteDocuments([UNDATED_AR], { confirmCited: true });
    await rawRun(path, 'UPDATE quotes SET text = ? WHERE id = ?', ['commission mixte', drifted.id]);

    const digest = await databaseDigest(path);
    const checks = await parallaxCase.briefings.checks(briefing.id);
    expect(checks.map((c) => [c.kind, c.severity, c.blockIndex])).toEqual([
      ['missing-document', 'error', 8],
      ['missing-quote', 'error', 5],
      ['quote-mismatch', 'warning', 6],
      ['quote-mismatch', 'warning', 7],
      ['single-citation', 'hint', 9],
      ['uncited-paragraph', 'hint', 1],
    ]);
    const [document, quote, driftedCheck, editedCheck, single, uncited] = checks.map(
      (c) => c.message,
    );
    expect(document).toBe(
      `Source [3] (document ${UNDATED_AR}) was deleted from the case: its 2 citations are broken.`,
    );
    expect(quote).toBe(
      `The quote “رئيس الوفد المغربي” from source [1] “${(await parallaxCase.getDocument(ASSAHIFA)).title}” was deleted: its citation is broken.`,
    );
    expect(driftedCheck).toMatch(
      /^The quote “commission mixte” no longer matches the words of source \[2\] “Le Maroc et le Mali/,
    );
    expect(editedCheck).toBe(
      'The quote block “formation des cadres” shows other words than the stored quote “formation” (the quote was edited after it was inserted).',
    );
    expect(single).toMatch(/^source \[4\] “Morocco and Mali .+” \(APA\) is cited only once\.$/);
    expect(uncited).toBe('Paragraph 2 (“Le Maroc a envoyé une délégation.”) cites no source.');
    expect(checks[0]).toMatchObject({ documentId: UNDATED_AR });
    expect(checks[1]).toMatchObject({ quoteUid: goneQuote.uid, documentId: ASSAHIFA });
    expect(await databaseDigest(path)).toBe(digest);

    // A clean briefing has nothing to report.
    await parallaxCase.briefings.saveContent(
      briefing.id,
      stateOf(paragraph(text('Both said so '), mark(ASSAHIFA), mark(ASSAHIFA, arabic.uid))),
    );
    expect(await parallaxCase.briefings.checks(briefing.id)).toEqual([]);
    await parallaxCase.close();
  });
});
