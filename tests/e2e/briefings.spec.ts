// Briefings as an analyst writes them: drafted from tagged quotes (Arabic, French, English), typed
// into, a quote dragged in from the quote browser, exported as a PDF that is read back with
// poppler; quotes and sources inserted by command; a quote dragged from a highlight's card; and
// the checks after a cited quote is deleted. Editing and saving: briefing-editing.spec.ts.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { call } from './api';
import {
  APA_WORDS,
  ASSAHIFA_WORDS,
  TAG,
  openNewBriefing,
  pdfText,
  quoteWords,
  run,
} from './briefingData';
import { expect, importSeeds, test } from './fixtures';
import { BriefingPanel } from './pages/BriefingPanel';
import { computedStyle } from './pages/dom';
import { QuoteBrowserPage } from './pages/QuoteBrowserPage';
import { TaggingPopover } from './pages/TaggingPopover';
import { TagTreePage } from './pages/TagTreePage';

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const OTHER_TAG = 'Défense';
const ASSAHIFA_CONTEXT = 'أعرب العميد عبد الغني مهيب، رئيس';
const HESPRESS_WORDS = 'اللواء عبد الغني محيب';
const FRENCH_WORDS = 'une commission militaire mixte';
const HANDLING = 'UNCLASSIFIED // FOR INTERNAL USE';
const PARAGRAPH = 'Both outlets name the same officer but disagree on his rank.';

/** Bidi marks and isolates, which PDF text extraction may or may not keep. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

function comparable(text: string): string {
  return text.normalize('NFKC').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ');
}

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('drafts from three tagged quotes, takes a dragged quote, and exports a PDF that reads back right', async ({
  page,
  server,
  library,
  documentView,
}, testInfo) => {
  test.setTimeout(120_000);
  // The Assahifa quote with the mouse, as an analyst files it.
  const tagging = new TaggingPopover(page);
  await library.open(/Assahifa/);
  const paragraph = documentView.paragraphs.filter({ hasText: ASSAHIFA_WORDS });
  const first = ASSAHIFA_CONTEXT.indexOf(ASSAHIFA_WORDS);
  await tagging.dragOver(paragraph, ASSAHIFA_CONTEXT, first + 1, first + ASSAHIFA_WORDS.length - 2);
  await tagging.openWithShortcut();
  await tagging.addNewTag(TAG);
  await tagging.saveButton.click();
  await expect(tagging.dialog).toBeHidden();
  await expect(tagging.highlights).toHaveText([ASSAHIFA_WORDS]);
  // Hespress and APA under the same tag, the French wire story under another.
  const [tag] = await call(server, 'listTags', {});
  await quoteWords(server, '001', HESPRESS_WORDS, [tag!.id]);
  await quoteWords(server, '004', APA_WORDS, [tag!.id]);
  const other = await call(server, 'createTag', { name: OTHER_TAG });
  await quoteWords(server, '003', FRENCH_WORDS, [other.id]);

  const briefings = new BriefingPanel(page);
  await briefings.show();
  await briefings.draftFromTags([TAG], 'Morocco–Mali military cooperation');
  await expect(briefings.quoteBlocks).toHaveCount(3);
  await expect(briefings.sources).toHaveCount(3);
  await briefings.handlingField.fill(HANDLING);
  await briefings.handlingField.press('Enter');
  await briefings.authorField.fill('Desk analyst');
  await briefings.authorField.press('Tab');
  await briefings.typeParagraphAfter(
    briefings.editor.getByRole('heading', { name: TAG }),
    PARAGRAPH,
  );
  await expect(briefings.editor).toContainText(PARAGRAPH);
  // An empty paragraph after it to drop the quote on.
  await page.keyboard.press('Enter');

  // The French quote dragged from the quote browser onto the paragraph just typed.
  const quotes = new QuoteBrowserPage(page);
  await quotes.open();
  await new TagTreePage(page).item(OTHER_TAG).click();
  await expect(quotes.rows).toHaveCount(1);
  const emptyParagraph = briefings.editor
    .locator('p', { hasText: PARAGRAPH })
    .locator('xpath=following-sibling::*[1]');
  await expect(emptyParagraph).toHaveText('');
  await quotes.row(FRENCH_WORDS).dragTo(emptyParagraph);
  await expect(briefings.quoteBlocks).toHaveCount(4);
  await expect(briefings.quoteBlocks.filter({ hasText: FRENCH_WORDS })).toBeVisible();
  await expect(briefings.sources).toHaveCount(4);
  const arabicBlock = briefings.quoteBlocks.filter({ hasText: ASSAHIFA_WORDS });
  expect(await computedStyle(arabicBlock.locator('[dir="rtl"]').first(), 'direction')).toBe('rtl');
  await briefings.expectSaved();
  const screenshot = testInfo.outputPath('briefing-beside-quotes.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('briefing beside the quote browser', {
    path: screenshot,
    contentType: 'image/png',
  });

  // File ▸ Export briefing as PDF… is Ctrl+Shift+E; the web transport downloads the file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Control+Shift+E'),
  ]);
  const pdfPath = testInfo.outputPath('briefing.pdf');
  await download.saveAs(pdfPath);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);

  const text = await pdfText(pdfPath);
  const flat = comparable(text);
  expect(flat).toContain('Morocco–Mali military cooperation');
  expect(flat).toContain(HANDLING);
  expect(flat).toContain('Desk analyst');
  expect(flat).toContain(PARAGRAPH);
  // Citations numbered by first appearance: each number first appears after the one before it.
  const firstAt = [1, 2, 3, 4].map((n) => flat.indexOf(`[${n}]`));
  expect(
    firstAt.every((at) => at >= 0),
    `citation marks in ${flat}`,
  ).toBe(true);
  expect([...firstAt].sort((a, b) => a - b)).toEqual(firstAt);
  expect(flat).not.toContain('[5]');
  // The source list names each outlet once, with the dates it has.
  const sourceList = flat.slice(flat.lastIndexOf('Sources'));
  for (const outlet of ['Hespress', 'Assahifa', 'APA']) {
    expect(sourceList.split(outlet).length - 1, outlet).toBe(1);
  }
  expect(sourceList).toContain('2025-02-19');
  expect(sourceList).toContain('2025-02-22');
  // The Arabic words survive: shaped, embedded and extracted back as text.
  for (const word of comparable(ASSAHIFA_WORDS).split(' ')) expect(flat).toContain(word);
  for (const word of comparable(HESPRESS_WORDS).split(' ')) expect(flat).toContain(word);
  expect(flat).toContain(FRENCH_WORDS);

  const fonts = (await run('pdffonts', [pdfPath])).stdout.trim().split('\n').slice(2);
  expect(fonts.length).toBeGreaterThan(0);
  // Columns: name, type, encoding, emb, sub, uni, object, ID (the type may hold a space).
  const embedded = fonts.map((line) => line.trim().split(/\s+/).slice(-5, -4)[0]);
  expect(embedded, fonts.join('\n')).toEqual(fonts.map(() => 'yes'));

  const info = (await run('pdfinfo', [pdfPath])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(0);
  expect(flat).toContain(`Page 1 of ${pages}`);
  expect(flat).toContain(`Page ${pages} of ${pages}`);
  expect(flat).not.toContain(`of ${pages + 1}`);

  await mkdir(resultsDir, { recursive: true });
  const pngBase = testInfo.outputPath('briefing-page-1');
  await run('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdfPath,
    pngBase,
  ]);
  await copyFile(`${pngBase}.png`, join(resultsDir, 'briefing-page-1.png'));
  await testInfo.attach('briefing page 1', { path: `${pngBase}.png`, contentType: 'image/png' });
});

test('the checks show a broken citation once the cited quote is deleted after confirmation', async ({
  page,
  server,
  library,
}) => {
  const tag = await call(server, 'createTag', { name: TAG });
  await quoteWords(server, '000', ASSAHIFA_WORDS, [tag.id]);
  await call(server, 'draftBriefingFromTags', { tagIds: [tag.id], title: 'Cited quote' });
  const briefings = new BriefingPanel(page);
  await briefings.show();
  await briefings.openBriefing('Cited quote');
  await briefings.tab('Checks').click();
  await expect(briefings.open.locator('[data-kind="missing-quote"]')).toHaveCount(0);

  await library.open(/Assahifa/);
  const tagging = new TaggingPopover(page);
  await tagging.highlight('مهيب').hover();
  await expect(tagging.card).toBeVisible();
  await tagging.card.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete a quote a briefing cites?' });
  await expect(confirm).toContainText('Cited quote');
  await confirm.getByRole('button', { name: 'Delete anyway' }).click();
  await expect(confirm).toBeHidden();
  await expect(tagging.highlights).toHaveCount(0);

  const broken = briefings.open.locator('[data-kind="missing-quote"]');
  await expect(broken).toHaveCount(1);
  await expect(broken).toHaveAttribute('data-severity', 'error');
  await expect(briefings.tab('Checks')).toHaveText(/Checks \(\d+\)/);
});

test('inserts a quote by type-ahead and cites a whole source by command; without a briefing the commands say so', async ({
  page,
  server,
}) => {
  const tag = await call(server, 'createTag', { name: TAG });
  await quoteWords(server, '000', ASSAHIFA_WORDS, [tag.id]);
  await quoteWords(server, '004', APA_WORDS, [tag.id]);
  const briefings = await openNewBriefing(page);
  await briefings.editor.click();
  await page.keyboard.type('Opening line.');

  await briefings.open.getByRole('button', { name: 'Insert quote…' }).click();
  const quotePicker = page.getByRole('dialog', { name: 'Insert quote' });
  await expect(quotePicker.getByRole('option')).toHaveCount(2);
  await quotePicker.getByRole('combobox').fill('defence');
  await expect(quotePicker.getByRole('option')).toHaveCount(1);
  await expect(quotePicker.getByRole('option')).toContainText('APA');
  await quotePicker.getByRole('combobox').press('Enter');
  await expect(quotePicker).toBeHidden();
  await expect(briefings.quoteBlocks).toHaveCount(1);
  await expect(briefings.quoteBlocks).toContainText(APA_WORDS);

  await page.keyboard.press('Control+Shift+K');
  const sourcePicker = page.getByRole('dialog', { name: 'Cite source' });
  await expect(sourcePicker).toBeVisible();
  await sourcePicker.getByRole('combobox').fill('hespress');
  await expect(sourcePicker.getByRole('option')).toHaveCount(1);
  await sourcePicker.getByRole('combobox').press('Enter');
  await expect(sourcePicker).toBeHidden();
  await expect(briefings.citationMarks).toHaveCount(1);
  await expect(briefings.sources).toHaveCount(2);
  await expect(briefings.sources.filter({ hasText: 'Hespress' })).toHaveAttribute(
    'data-number',
    /^[12]$/,
  );

  const markdown = await briefings.export('Markdown');
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const markdownText = (await readFile(await markdown.path())).toString('utf8');
  expect(markdownText).toContain(APA_WORDS);
  expect(markdownText).toContain('Hespress');

  // Without a Chromium to print with, the PDF export says what is missing and nothing else breaks.
  const configured = process.env.PARALLAX_CHROMIUM;
  process.env.PARALLAX_CHROMIUM = '/nonexistent/chromium';
  try {
    await briefings.open
      .getByRole('group', { name: 'Export' })
      .getByRole('button', { name: 'PDF' })
      .click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'The PDF export failed: PARALLAX_CHROMIUM is set to' }),
    ).toBeVisible();
    await expect(briefings.open.getByRole('button', { name: 'PDF' })).toBeEnabled();
  } finally {
    if (configured === undefined) delete process.env.PARALLAX_CHROMIUM;
    else process.env.PARALLAX_CHROMIUM = configured;
  }

  await briefings.backButton.click();
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('alert').filter({ hasText: 'No briefing is open' })).toBeVisible();
  await expect(sourcePicker).toBeHidden();
});

test('a quote dragged from its highlight card in the document view goes in as a quote block', async ({
  page,
  server,
  library,
}) => {
  const tag = await call(server, 'createTag', { name: TAG });
  await quoteWords(server, '000', ASSAHIFA_WORDS, [tag.id]);
  const briefings = await openNewBriefing(page);
  await library.open(/Assahifa/);
  const tagging = new TaggingPopover(page);
  await tagging.highlight('مهيب').hover();
  await expect(tagging.card).toBeVisible();
  const words = tagging.card.locator('blockquote');
  await expect(words).toHaveAttribute('draggable', 'true');
  await words.dragTo(briefings.editor.locator('p').first());
  await expect(briefings.quoteBlocks).toHaveCount(1);
  await expect(briefings.quoteBlocks).toContainText(ASSAHIFA_WORDS);
  expect(
    await computedStyle(briefings.quoteBlocks.locator('[dir="rtl"]').first(), 'direction'),
  ).toBe('rtl');
  await expect(briefings.sources).toHaveCount(1);
  await expect(briefings.sources.first()).toContainText('Assahifa');
  await briefings.expectSaved();
});
