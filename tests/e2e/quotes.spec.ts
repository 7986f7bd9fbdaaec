// The quote browser and tag tree: quotes are made through the contract (the capture UI has its
// own tests), then filtered, grouped, counted, exported and reorganised through the Quotes pane.
import { readFile } from 'node:fs/promises';
import { call, listAllDocuments, type Server } from './api';
import { expect, importSeeds, test } from './fixtures';
import { computedStyle } from './pages/dom';
import { DocumentPage } from './pages/DocumentPage';
import { QuoteBrowserPage } from './pages/QuoteBrowserPage';
import { TagTreePage } from './pages/TagTreePage';

const ARABIC_WORDS = 'اللجنة العسكرية المشتركة بين المملكة المغربية وجمهورية مالي';
const FRENCH_WORDS = 'une commission militaire mixte';
const ENGLISH_WORDS = 'joint defence commission';
const COOPERATION = 'Coopération militaire';
const DEFENCE = 'Defence';

/** Two tags; quotes in the Arabic seed 000 and the French 003 under one, the English 004 under the other. */
async function seedQuotes(server: Server) {
  const documents = await listAllDocuments(server);
  const byPrefix = (prefix: string) => {
    const doc = documents.find((d) => d.fileName.startsWith(prefix));
    if (!doc) throw new Error(`no seed ${prefix}`);
    return doc;
  };
  const cooperation = await call(server, 'createTag', { name: COOPERATION });
  const defence = await call(server, 'createTag', { name: DEFENCE, color: '#7cc4f8' });
  const quote = async (prefix: string, words: string, tagId: number, note?: string) => {
    const doc = await call(server, 'getDocument', { id: byPrefix(prefix).id });
    const start = doc.text.indexOf(words);
    expect(start, `“${words}” in ${prefix}`).toBeGreaterThanOrEqual(0);
    return call(server, 'createQuote', {
      documentId: doc.id,
      start,
      end: start + words.length,
      tagIds: [tagId],
      ...(note ? { note } : {}),
    });
  };
  await quote('000', ARABIC_WORDS, cooperation.id, 'Assahifa names the joint commission');
  await quote('003', FRENCH_WORDS, cooperation.id);
  await quote('004', ENGLISH_WORDS, defence.id);
  return { arabic: byPrefix('000'), french: byPrefix('003'), english: byPrefix('004') };
}

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('filters by tag with sources and direction, groups by document, counts in a matrix, opens the source at the quote', async ({
  page,
  server,
}) => {
  const seeds = await seedQuotes(server);
  const quotes = new QuoteBrowserPage(page);
  const tags = new TagTreePage(page);
  await page.keyboard.press('Control+Shift+U');
  await expect(quotes.region).toBeVisible();
  await expect(quotes.openButton).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+Shift+U');
  await expect(quotes.region).toBeHidden();
  await quotes.open();
  await expect(quotes.rows).toHaveCount(3);
  await expect(tags.count(COOPERATION)).toHaveText('2');
  await expect(tags.count(DEFENCE)).toHaveText('1');
  await expect(tags.allQuotes).toContainText('3');
  await expect(tags.untagged).toContainText('0');

  await tags.item(COOPERATION).click();
  await expect(tags.item(COOPERATION)).toHaveAttribute('aria-selected', 'true');
  await expect(quotes.rows).toHaveCount(2);
  expect(
    await page.evaluate(() => performance.getEntriesByName('quotes:filtered').length),
  ).toBeGreaterThan(0);

  const arabic = quotes.row(ARABIC_WORDS);
  await expect(arabic).toContainText('Assahifa');
  await expect(arabic).toContainText(seeds.arabic.title);
  await expect(arabic.locator('time')).toHaveAttribute('datetime', '2025-02-22');
  await expect(arabic).toContainText('22 Feb 2025');
  await expect(arabic).toContainText('Assahifa names the joint commission');
  await expect(arabic.getByRole('list', { name: 'Tags' })).toHaveText(COOPERATION);
  const arabicText = quotes.quoteText(arabic);
  await expect(arabicText).toHaveAttribute('dir', 'rtl');
  expect(await computedStyle(arabicText, 'direction')).toBe('rtl');
  expect(await computedStyle(arabicText, 'unicode-bidi')).toBe('isolate');

  const french = quotes.row(FRENCH_WORDS);
  await expect(french).toContainText('No outlet');
  await expect(quotes.quoteText(french)).toHaveAttribute('dir', 'ltr');

  // Facets count the tag's quotes by outlet and language; choosing one narrows at once.
  await expect(quotes.outletFilter.locator('option', { hasText: 'Assahifa' })).toHaveText(/\(1\)/);
  await quotes.languageFilter.selectOption('fr');
  await expect(quotes.rows).toHaveCount(1);
  await expect(quotes.rows.first()).toContainText(FRENCH_WORDS);
  await quotes.languageFilter.selectOption('');

  await quotes.groupBy('By document');
  await expect(quotes.groupHeaders).toHaveCount(2);
  await expect(quotes.groupHeaders.filter({ hasText: seeds.arabic.title })).toContainText(
    '1 quote',
  );
  await expect(quotes.groupHeaders.filter({ hasText: 'Le Maroc et le Mali' })).toContainText(
    '1 quote',
  );
  await quotes.groupBy('By tag');
  await expect(quotes.groupHeaders).toHaveCount(1);
  await expect(quotes.groupHeaders.first()).toContainText(`${COOPERATION}2 quotes`);

  await tags.allQuotes.click();
  await quotes.showMatrix('Outlets');
  await expect(quotes.matrixRow(COOPERATION)).toContainText('2');
  await expect(quotes.matrixCell(COOPERATION, 'Assahifa')).toHaveText('1');
  await expect(quotes.matrixCell(DEFENCE, 'APA')).toHaveText('1');
  await quotes.showMatrix('Languages');
  await expect(quotes.matrixCell(COOPERATION, 'French \\(fr\\)')).toHaveText('1');
  await quotes.showMatrix('Outlets');
  await quotes.matrixCell(COOPERATION, 'Assahifa').click();
  await expect(quotes.rows).toHaveCount(1);
  await expect(quotes.rows.first()).toContainText(ARABIC_WORDS);
  await expect(quotes.outletFilter).toHaveValue('Assahifa');
  await expect(tags.item(COOPERATION)).toHaveAttribute('aria-selected', 'true');

  // Enter on a row opens its document at the sentence of the quote; back returns to the browser.
  await quotes.clearFilters.click();
  await tags.item(COOPERATION).click();
  await quotes.row(FRENCH_WORDS).getByRole('button').press('Enter');
  const documentView = new DocumentPage(page);
  await documentView.expectOpen('Le Maroc et le Mali');
  await expect(documentView.highlightedSentence).toContainText(FRENCH_WORDS);
  await expect(documentView.highlightedSentence).toBeInViewport();
  await page.getByRole('button', { name: '← Back to quotes' }).click();
  await expect(quotes.rows).toHaveCount(2);
  await expect(quotes.row(FRENCH_WORDS).getByRole('button')).toBeFocused();

  await quotes.row(ARABIC_WORDS).getByRole('button').click();
  await documentView.expectOpen(seeds.arabic.title);
  await expect(documentView.highlightedSentence).toContainText(ARABIC_WORDS);
});

test('exports the filtered quotes as CSV with a BOM and as JSON, Arabic intact', async ({
  page,
  server,
}) => {
  await seedQuotes(server);
  const quotes = new QuoteBrowserPage(page);
  const tags = new TagTreePage(page);
  await quotes.open();
  await tags.item(COOPERATION).click();
  await expect(quotes.rows).toHaveCount(2);

  const csvDownload = await quotes.export('CSV');
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split(/\r\n/);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^quote_uid,document_id,title,outlet,published_at,language/);
  const arabicLine = lines.find((line) => line.includes(ARABIC_WORDS));
  expect(arabicLine).toContain('Assahifa');
  expect(arabicLine).toContain('2025-02-22');
  expect(arabicLine).toContain(COOPERATION);
  expect(lines.some((line) => line.includes(FRENCH_WORDS))).toBe(true);
  expect(lines.some((line) => line.includes(ENGLISH_WORDS))).toBe(false);

  const jsonDownload = await quotes.export('JSON');
  expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as {
    uid: string;
    start: number;
    end: number;
    text: string;
    prefix: string;
    suffix: string;
    tags: string[];
    source: { outlet: string | null; publishedAt: string | null; language: string };
  }[];
  expect(exported).toHaveLength(2);
  const arabic = exported.find((q) => q.source.language === 'ar')!;
  expect(arabic.text).toBe(ARABIC_WORDS);
  expect(arabic.source).toMatchObject({ outlet: 'Assahifa', publishedAt: '2025-02-22' });
  expect(arabic.tags).toEqual([COOPERATION]);
  expect(arabic.end - arabic.start).toBe(ARABIC_WORDS.length);
  expect(typeof arabic.uid).toBe('string');
  expect(typeof arabic.prefix).toBe('string');
});

test('tag tree: merge moves quotes, rename in Arabic, nest by drag and by menu, refusals change nothing', async ({
  page,
  server,
}) => {
  await seedQuotes(server);
  const quotes = new QuoteBrowserPage(page);
  const tags = new TagTreePage(page);
  await quotes.open();

  // A refused rename (a sibling has that name) shows the server's reason and changes nothing.
  await tags.renameWithF2(DEFENCE, COOPERATION.toUpperCase());
  await expect(page.getByRole('alert')).toContainText('already exists');
  await expect(tags.item(DEFENCE)).toBeVisible();
  await expect(tags.items).toHaveCount(2);

  const dialog = await tags.merge(DEFENCE, COOPERATION);
  await expect(dialog.getByRole('status')).toContainText(
    `1 quote filed under ${DEFENCE} will be filed under ${COOPERATION}`,
  );
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(tags.item(DEFENCE)).toHaveCount(0);
  await expect(tags.count(COOPERATION)).toHaveText('3');
  await tags.item(COOPERATION).click();
  await expect(quotes.rows).toHaveCount(3);
  await expect(quotes.row(ENGLISH_WORDS).getByRole('list', { name: 'Tags' })).toHaveText(
    COOPERATION,
  );

  const arabicName = 'تعاون عسكري';
  await tags.renameWithF2(COOPERATION, arabicName);
  await expect(tags.item(arabicName)).toBeVisible();
  const name = tags.item(arabicName).locator('bdi');
  await expect(name).toHaveAttribute('dir', 'auto');
  expect(await computedStyle(name, 'direction')).toBe('rtl');
  await expect(quotes.region.getByRole('group', { name: 'Filter quotes' })).toContainText(
    arabicName,
  );

  await tags.create('Sahel');
  await tags.dragOnto(arabicName, 'Sahel');
  await expect(tags.item(arabicName)).toHaveAttribute('aria-level', '2');
  await expect(tags.item('Sahel')).toHaveAttribute('aria-expanded', 'true');
  await expect(tags.subtreeCount('Sahel')).toHaveText('Σ 3');
  await expect(tags.count('Sahel')).toHaveText('0');
  // The parent now lists its sub-tag's quotes (with sub-tags) or none (without).
  await tags.item('Sahel').click();
  await expect(quotes.rows).toHaveCount(3);
  await quotes.includeSubtags.uncheck();
  await expect(page.getByText('No quote matches these filters.')).toBeVisible();
  await quotes.includeSubtags.check();

  // A tag cannot go under its own sub-tag: the tree does not take the drop.
  await tags.dragOnto('Sahel', arabicName);
  await expect(tags.item('Sahel')).toHaveAttribute('aria-level', '1');
  // Arrow keys fold and unfold the tree; Enter on a tag filters by it.
  await tags.item('Sahel').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tags.item('Sahel')).toHaveAttribute('aria-expanded', 'false');
  await expect(tags.item(arabicName)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tags.item(arabicName)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tags.item(arabicName)).toHaveAttribute('aria-selected', 'true');
  await tags.moveWithMenu(arabicName, null);
  await expect(tags.item(arabicName)).toHaveAttribute('aria-level', '1');
  await tags.dragOnto(arabicName, 'Sahel');
  await expect(tags.item(arabicName)).toHaveAttribute('aria-level', '2');
  await tags.dragToTop(arabicName);
  await expect(tags.item(arabicName)).toHaveAttribute('aria-level', '1');

  await tags.action('Sahel', 'Colour…');
  const colour = page.getByRole('dialog', { name: 'Tag colour' });
  await colour.getByLabel('Custom').fill('#12345');
  await expect(colour.getByRole('button', { name: 'Save colour' })).toBeDisabled();
  await colour.getByRole('radio', { name: 'Teal' }).check();
  await expect(colour.getByLabel('Custom')).toHaveValue('#6fd6c9');
  await colour.getByRole('button', { name: 'Save colour' }).click();
  await expect(colour).toBeHidden();
  expect(await computedStyle(tags.item('Sahel').locator('.tag-swatch'), 'background-color')).toBe(
    'rgb(111, 214, 201)',
  );

  // Deleting the tag being shown goes back to every quote.
  await tags.item('Sahel').click();
  await tags.action('Sahel', 'Delete…');
  const confirm = page.getByRole('dialog', { name: 'Delete tag?' });
  await expect(confirm).toContainText('No quote is filed under it.');
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tags.item('Sahel')).toHaveCount(0);
  await expect(tags.allQuotes).toHaveAttribute('aria-pressed', 'true');
  await expect(quotes.rows).toHaveCount(3);
});

test('the matrix counts sub-tags under their parents on request, and its "No outlet" column filters the list', async ({
  page,
  server,
}) => {
  const seeds = await seedQuotes(server);
  const [cooperation] = (await call(server, 'listTags', {})).filter((t) => t.name === COOPERATION);
  const commission = await call(server, 'createTag', {
    name: 'Commission',
    parentId: cooperation!.id,
  });
  const doc = await call(server, 'getDocument', { id: seeds.english.id });
  const start = doc.text.indexOf('Abdelghani Mouhib');
  await call(server, 'createQuote', {
    documentId: doc.id,
    start,
    end: start + 'Abdelghani Mouhib'.length,
    tagIds: [commission.id],
  });
  await call(server, 'updateDocumentMetadata', { id: doc.id, changes: { outlet: null } });

  const quotes = new QuoteBrowserPage(page);
  await quotes.open();
  await quotes.showMatrix('Outlets');
  await expect(quotes.matrixRow(COOPERATION).getByRole('cell').last()).toHaveText('2');
  await page.getByRole('checkbox', { name: /Count sub-tags/ }).check();
  await expect(quotes.matrixRow(COOPERATION).getByRole('cell').last()).toHaveText('3');
  // The French seed has no outlet either: its quote and the sub-tag's English one.
  await expect(
    quotes.matrix.getByRole('button', {
      name: `2 quotes under ${COOPERATION} and its sub-tags from No outlet`,
    }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /Count sub-tags/ }).uncheck();

  await quotes.matrixCell('Commission', 'No outlet').click();
  await expect(quotes.rows).toHaveCount(1);
  await expect(quotes.rows.first()).toContainText('Abdelghani Mouhib');
  await expect(quotes.outletFilter.locator('option:checked')).toHaveText(/^No outlet \(1\)$/);
});
