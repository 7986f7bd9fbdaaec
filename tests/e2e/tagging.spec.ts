// Quote capture as a user does it: words selected with the mouse in an Arabic and a French seed,
// snapped to whole words, filed under a new tag and then the same tag found by type-ahead; the
// highlight and its card; edit, delete and undo; both quotes in the browser, a merge, the CSV; refusals shown and nothing stored; and in the
// reader, the counterparts in the other column filed too.
import { readFile } from 'node:fs/promises';
import { openSqlite3 } from '../../src/main/core/db/driver';
import { call, listAllDocuments, type Server } from './api';
import { expect, importSeeds, test } from './fixtures';
import { computedStyle } from './pages/dom';
import { QuoteBrowserPage } from './pages/QuoteBrowserPage';
import { TaggingPopover } from './pages/TaggingPopover';
import { TagTreePage } from './pages/TagTreePage';

async function storedQuotes(server: Server, fileNamePrefix: string) {
  const documents = await listAllDocuments(server);
  const doc = documents.find((d) => d.fileName.startsWith(fileNamePrefix));
  if (!doc) throw new Error(`no seed ${fileNamePrefix}`);
  return call(server, 'getDocumentQuotes', { documentId: doc.id });
}

const ARABIC_CONTEXT = 'أعرب العميد عبد الغني مهيب، رئيس';
const ARABIC_WORDS = 'العميد عبد الغني مهيب';
const FRENCH_CONTEXT = 'par le général de brigade Abdelghani Mouhib, pour';
const FRENCH_WORDS = 'général de brigade Abdelghani Mouhib';
const TAG = 'Coopération militaire';

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('words selected with the mouse in Arabic and French are filed under one tag, shown, deleted, restored, browsed, merged and exported', async ({
  page,
  server,
  library,
  documentView,
}) => {
  const tagging = new TaggingPopover(page);

  await library.open(/Assahifa/);
  const arabicParagraph = documentView.paragraphs.filter({ hasText: ARABIC_WORDS });
  // From inside the first word to inside the last: the quote widens to whole words.
  const first = ARABIC_CONTEXT.indexOf(ARABIC_WORDS);
  await tagging.dragOver(
    arabicParagraph,
    ARABIC_CONTEXT,
    first + 3,
    first + ARABIC_WORDS.length - 2,
  );
  await expect(tagging.adder).toBeVisible();
  await tagging.openWithShortcut();
  await expect(tagging.dialog.locator('blockquote')).toHaveText(ARABIC_WORDS);
  await tagging.addNewTag(TAG);
  await tagging.note.fill('Assahifa gives his rank as عميد');
  await tagging.note.press('Enter');
  await expect(tagging.dialog).toBeHidden();

  await expect(tagging.highlights).toHaveText([ARABIC_WORDS]);
  const [arabicQuote] = await storedQuotes(server, '000');
  expect(arabicQuote).toMatchObject({
    text: ARABIC_WORDS,
    note: 'Assahifa gives his rank as عميد',
  });
  expect(arabicQuote!.prefix.endsWith('أعرب ')).toBe(true);

  await documentView.region.getByRole('button', { name: '← Back to library' }).click();
  await library.open(/Le Maroc et le Mali/);
  const frenchParagraph = documentView.paragraphs.filter({ hasText: FRENCH_WORDS });
  const start = FRENCH_CONTEXT.indexOf('général');
  await tagging.dragOver(
    frenchParagraph,
    FRENCH_CONTEXT,
    start + 2,
    start + FRENCH_WORDS.length - 3,
  );
  await tagging.adder.click();
  await expect(tagging.tagsInput).toBeFocused();
  await tagging.chooseTag('coop', TAG);
  await tagging.note.fill('Same general, rank in full');
  await tagging.saveButton.click();
  await expect(tagging.dialog).toBeHidden();
  await expect(tagging.highlights).toHaveText([FRENCH_WORDS]);

  const tags = await call(server, 'listTags', {});
  expect(tags.map((t) => t.name)).toEqual([TAG]);
  const [frenchQuote] = await storedQuotes(server, '003');
  expect(frenchQuote).toMatchObject({ text: FRENCH_WORDS, tagIds: [tags[0]!.id] });
  // The highlight takes the tag's colour.
  const background = await computedStyle(tagging.highlight('Abdelghani'), 'background-image');
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(tags[0]!.color.slice(i, i + 2), 16));
  expect(background).toContain(`rgb(${r}, ${g}, ${b})`);

  await tagging.highlight('Abdelghani').hover();
  await expect(tagging.card).toBeVisible();
  await expect(tagging.card.getByRole('list', { name: 'Tags' })).toHaveText(TAG);
  await expect(tagging.card).toContainText('Same general, rank in full');
  await expect(tagging.card.locator('blockquote')).toHaveText(FRENCH_WORDS);

  await tagging.card.getByRole('button', { name: 'Delete' }).click();
  await expect(tagging.toast).toBeVisible();
  await expect(tagging.highlights).toHaveCount(0);
  expect(await storedQuotes(server, '003')).toEqual([]);

  await page.keyboard.press('Control+z');
  await expect(tagging.toast).toBeHidden();
  await expect(tagging.highlights).toHaveText([FRENCH_WORDS]);
  const [restored] = await storedQuotes(server, '003');
  expect(restored).toMatchObject({
    uid: frenchQuote!.uid,
    text: FRENCH_WORDS,
    note: 'Same general, rank in full',
    tagIds: [tags[0]!.id],
  });

  // Both quotes in the quote browser under their tag, with their sources; then a merge, and the
  // CSV export's rows.
  const quotes = new QuoteBrowserPage(page);
  const tagTree = new TagTreePage(page);
  await quotes.open();
  await tagTree.item(TAG).click();
  await expect(quotes.rows).toHaveCount(2);
  await expect(quotes.row(ARABIC_WORDS)).toContainText('Assahifa');
  await expect(quotes.row(ARABIC_WORDS)).toContainText('22 Feb 2025');
  await expect(quotes.row(FRENCH_WORDS)).toContainText('Le Maroc et le Mali');
  await tagTree.create('Mouhib');
  const merge = await tagTree.merge(TAG, 'Mouhib');
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge).toBeHidden();
  await expect(tagTree.item(TAG)).toHaveCount(0);
  await tagTree.item('Mouhib').click();
  await expect(quotes.rows).toHaveCount(2);
  const download = await quotes.export('CSV');
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines.find((line) => line.includes(`,${ARABIC_WORDS},`))).toContain(
    ',Assahifa,2025-02-22,ar,',
  );
  expect(lines.find((line) => line.includes(`,${FRENCH_WORDS},`))).toContain(',Mouhib');
});

test('a quote is edited: its span grows and shrinks a word at a time, its tags and note change', async ({
  page,
  server,
  library,
  documentView,
}) => {
  const tagging = new TaggingPopover(page);
  await library.open(/Le Maroc et le Mali/);
  const paragraph = documentView.paragraphs.filter({ hasText: FRENCH_WORDS });
  const start = FRENCH_CONTEXT.indexOf('Abdelghani');
  await tagging.dragOver(paragraph, FRENCH_CONTEXT, start, start + 'Abdelghani Mouhib'.length - 1);
  await tagging.openWithShortcut();
  await tagging.addNewTag('Personnes');
  await tagging.tagsInput.press('Enter');
  await expect(tagging.highlights).toHaveText(['Abdelghani Mouhib']);

  await tagging.highlight('Mouhib').click();
  await expect(tagging.card).toBeVisible();
  await tagging.card.getByRole('button', { name: 'Edit' }).click();
  await expect(tagging.editDialog).toBeVisible();
  const span = tagging.editDialog.getByRole('group', { name: 'Span' });
  await span.getByRole('button', { name: '+ word' }).first().click();
  await span.getByRole('button', { name: '+ word' }).first().click();
  await span.getByRole('button', { name: '+ word' }).last().click();
  await span.getByRole('button', { name: '− word' }).last().click();
  await expect(tagging.editDialog.locator('blockquote')).toHaveText('de brigade Abdelghani Mouhib');
  await tagging.chosenTags.getByRole('button', { name: 'Remove tag Personnes' }).click();
  await tagging.addNewTag('Grades');
  await tagging.note.fill('Rank spelled out');
  await tagging.saveButton.click();
  await expect(tagging.editDialog).toBeHidden();

  await expect(tagging.highlights).toHaveText(['de brigade Abdelghani Mouhib']);
  const tags = await call(server, 'listTags', {});
  const grades = tags.find((t) => t.name === 'Grades');
  const [quote] = await storedQuotes(server, '003');
  expect(quote).toMatchObject({
    text: 'de brigade Abdelghani Mouhib',
    note: 'Rank spelled out',
    tagIds: [grades!.id],
  });
});

test('a refusal from the core is shown in the banner and stores nothing', async ({
  page,
  server,
  library,
  documentView,
}) => {
  const tagging = new TaggingPopover(page);
  await library.open(/Le Maroc et le Mali/);
  const paragraph = documentView.paragraphs.filter({ hasText: FRENCH_WORDS });
  await tagging.dragOver(paragraph, FRENCH_CONTEXT, 7, 12);
  await tagging.openWithShortcut();
  await tagging.addNewTag('x'.repeat(201));
  await tagging.saveButton.click();

  await expect(page.getByRole('alert')).toContainText('at most 200 characters');
  // The popover keeps what was typed, and nothing was stored.
  await expect(tagging.dialog).toBeVisible();
  await expect(tagging.highlights).toHaveCount(0);
  expect(await storedQuotes(server, '003')).toEqual([]);
  expect(await call(server, 'listTags', {})).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tagging.dialog).toBeHidden();
});

test('a selection across a paragraph break is one quote of both paragraphs, whole words', async ({
  page,
  server,
  library,
  documentView,
}) => {
  const tagging = new TaggingPopover(page);
  await library.open(/Le Maroc et le Mali/);
  const firstEnd = 'soutien logistique.';
  const secondStart = 'Malgré un environnement';
  const from = await tagging.pointAt(
    documentView.paragraphs.filter({ hasText: firstEnd }),
    firstEnd,
    11,
  );
  const to = await tagging.pointAt(
    documentView.paragraphs.filter({ hasText: secondStart }),
    secondStart,
    14,
  );
  await tagging.drag(from, to);
  await tagging.openWithShortcut();
  await tagging.addNewTag('Contexte');
  await tagging.tagsInput.press('Enter');
  await expect(tagging.dialog).toBeHidden();

  const [quote] = await storedQuotes(server, '003');
  expect(quote!.text).toBe('logistique.\nMalgré un environnement');
  await expect(tagging.highlights).toHaveText(['logistique.', 'Malgré un environnement']);
});

test('in the reader, a quote in one column files its counterparts in the other', async ({
  page,
  server,
  library,
  reader,
}) => {
  const tagging = new TaggingPopover(page);
  await reader.open(library, /Le Maroc et le Mali, unis/, /Morocco and Mali have strengthened/);
  const sentence = reader.sentence(/visite de trois jours au Mali/);
  const words = 'une visite de trois jours';
  await tagging.dragOver(sentence, words, 1, words.length - 2);
  await tagging.openWithShortcut();
  await tagging.addNewTag('Visites');
  await tagging.dialog.getByRole('checkbox', { name: 'Tag counterparts too' }).check();
  await tagging.saveButton.click();
  await expect(tagging.dialog).toBeHidden();

  const highlights = reader.surface.locator('.quote-mark');
  await expect(highlights.filter({ hasText: words })).toHaveText([words]);
  await expect(highlights.filter({ hasText: 'three-day visit' })).toBeVisible();
  const [english] = await storedQuotes(server, '004');
  const [french] = await storedQuotes(server, '003');
  expect(english).toMatchObject({ translationOf: french!.id, tagIds: french!.tagIds });
  expect(english!.text).toMatch(/three-day visit/);
});

test('a quote a briefing cites is deleted only after the user confirms, naming the briefing', async ({
  page,
  server,
  library,
}) => {
  const tagging = new TaggingPopover(page);
  const documents = await listAllDocuments(server);
  const french = documents.find((d) => d.fileName.startsWith('003'))!;
  const { text } = await call(server, 'getDocument', { id: french.id });
  const start = text.indexOf(FRENCH_WORDS);
  const quote = await call(server, 'createQuote', {
    documentId: french.id,
    start,
    end: start + FRENCH_WORDS.length,
    newTags: [TAG],
  });
  // The briefing editor comes later: a citation row stands for a briefing citing the quote.
  const db = await openSqlite3(server.casePath);
  await db.run(
    "INSERT INTO briefings (uid, title, content, created_at, updated_at) VALUES ('b-000001', 'Weekly Sahel', '{}', 'now', 'now')",
    [],
  );
  await db.run('INSERT INTO briefing_citations VALUES (1, ?, ?)', [quote.uid, french.id]);
  await db.close();

  await library.open(/Le Maroc et le Mali/);
  await tagging.highlight('Abdelghani').hover();
  await tagging.card.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete a quote a briefing cites?' });
  await expect(confirm).toContainText('“Weekly Sahel”');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(tagging.highlights).toHaveText([FRENCH_WORDS]);
  expect(await storedQuotes(server, '003')).toHaveLength(1);

  await tagging.highlight('Abdelghani').hover();
  await tagging.card.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(tagging.toast).toBeVisible();
  expect(await storedQuotes(server, '003')).toEqual([]);
});

test('a deletion can still be undone after leaving the document', async ({
  page,
  server,
  library,
  documentView,
}) => {
  const tagging = new TaggingPopover(page);
  const documents = await listAllDocuments(server);
  const french = documents.find((d) => d.fileName.startsWith('003'))!;
  const { text } = await call(server, 'getDocument', { id: french.id });
  const start = text.indexOf(FRENCH_WORDS);
  await call(server, 'createQuote', {
    documentId: french.id,
    start,
    end: start + FRENCH_WORDS.length,
    newTags: [TAG],
  });
  await library.open(/Le Maroc et le Mali/);
  await tagging.highlight('Abdelghani').hover();
  await tagging.card.getByRole('button', { name: 'Delete' }).click();
  await expect(tagging.toast).toBeVisible();
  await documentView.region.getByRole('button', { name: '← Back to library' }).click();
  await expect(tagging.toast).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(tagging.toast).toBeHidden();
  await expect.poll(async () => (await storedQuotes(server, '003')).length).toBe(1);
});

test('words selected in a search result are tagged where they were found', async ({
  page,
  server,
  search,
}) => {
  const tagging = new TaggingPopover(page);
  await search.search('Mouhib');
  const hit = search.hits.filter({ hasText: 'général de brigade' }).first();
  // From inside "général" to inside "brigade", in the snippet itself: whole words are quoted.
  const phrase = 'général de brigade';
  await tagging.dragOver(hit, phrase, 2, phrase.length - 3);
  await expect(tagging.adder).toBeVisible();
  await tagging.openWithShortcut();
  await expect(tagging.dialog.locator('blockquote')).toHaveText(phrase);
  await tagging.addNewTag('Grades');
  await tagging.saveButton.click();
  await expect(tagging.dialog).toBeHidden();

  const [quote, ...others] = await storedQuotes(server, '003');
  expect(others).toEqual([]);
  const french = (await listAllDocuments(server)).find((d) => d.fileName.startsWith('003'))!;
  const { text } = await call(server, 'getDocument', { id: french.id });
  expect(quote).toMatchObject({ text: phrase });
  expect(text.slice(quote!.start, quote!.end)).toBe(phrase);
  // Selecting words did not open the document; a click on the hit still does.
  await expect(search.results).toBeVisible();
});
