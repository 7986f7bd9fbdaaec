import { expect, importSeeds, test } from './fixtures';
import { computedStyle } from './pages/dom';

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('edited metadata is saved, marked as set by the user, and survives a reload', async ({
  page,
  library,
  documentView,
}) => {
  await library.open(/Le Maroc et le Mali/);
  await expect(documentView.titleField).toBeVisible();
  await expect(documentView.outletField).toHaveAccessibleDescription('detected');

  await documentView.titleField.fill('');
  await documentView.saveButton.click();
  await expect(documentView.region.getByText('a title cannot be empty')).toBeVisible();

  await documentView.titleField.fill('Mission militaire marocaine à Bamako');
  await documentView.outletField.fill('Agence test');
  await documentView.saveButton.click();
  await expect(documentView.region.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(documentView.titleField).toHaveAccessibleDescription('set by you');

  await page.reload();
  await library.expectCount(5);
  const row = library.row('Mission militaire marocaine à Bamako');
  await expect(row).toContainText('Agence test');
  await row.click();
  await expect(documentView.titleField).toHaveValue('Mission militaire marocaine à Bamako');
  await expect(documentView.outletField).toHaveValue('Agence test');
  await expect(documentView.outletField).toHaveAccessibleDescription('set by you');
});

test('a document is deleted only after confirmation', async ({ page, library, documentView }) => {
  await library.open(/APA/);
  // The heading is rendered only once the document has loaded.
  await expect(documentView.heading).not.toBeEmpty();
  const title = (await documentView.heading.textContent()) ?? '';

  await documentView.deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this document?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await library.expectCount(5);

  await documentView.deleteWithConfirmation();
  await library.expectCount(4);
  await expect(library.row(title)).toHaveCount(0);
  await expect(documentView.region).toBeHidden();
});

test('several documents are deleted from the library selection', async ({ page, library }) => {
  await library.rows.nth(0).click();
  await library.rows.nth(2).click({ modifiers: ['Shift'] });
  await expect(library.region.getByText('3 selected')).toBeVisible();
  await library.deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete 3 documents?' });
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await library.expectCount(2);
});

test('an Arabic document reads right to left and its page chrome is greyed, then hidden', async ({
  library,
  documentView,
}) => {
  await library.open(/Hespress/);
  const arabic = documentView.paragraphs.filter({ hasText: 'مالي' }).first();
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  expect(await computedStyle(arabic, 'direction')).toBe('rtl');
  expect(await computedStyle(arabic, 'text-align')).toMatch(/right|start/);

  // Seed 001 opens with a ticker of unrelated headlines: page chrome, greyed out.
  const ticker = documentView.region.getByText(/الدرك الملكي يحجز/).first();
  await expect(ticker).toBeVisible();
  const greyed = await computedStyle(ticker, 'color');
  const body = await computedStyle(arabic.locator('[data-segment-id]').last(), 'color');
  expect(greyed).not.toBe(body);

  await documentView.hideChrome.check();
  await expect(ticker).toBeHidden();
  await expect(arabic).toBeVisible();
  await documentView.hideChrome.uncheck();
  await expect(ticker).toBeVisible();
});

test('bidi control characters in a text are shown as marks, not obeyed', async ({
  library,
  imports,
  documentView,
}) => {
  const text = 'Evil title\nThe file name is invoice\u202Etxt.exe and nothing else.\n';
  await imports.drop([{ name: 'bidi.txt', bytes: new TextEncoder().encode(text) }]);
  await imports.expectReport({ imported: 1 });
  await imports.closeReport();

  await library.open('Evil title');
  const sentence = documentView.region.getByText(/invoice/);
  await expect(sentence.getByText('⟨RLO⟩')).toBeVisible();
  await expect(sentence).toHaveText(/invoice⟨RLO⟩txt\.exe/);
});
