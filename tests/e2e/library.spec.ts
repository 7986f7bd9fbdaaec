import { toWire } from '../../src/shared/wire';
import { expect, importSeeds, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('the library filters by language and outlet and sorts by column', async ({ library }) => {
  await library.filter('Language').selectOption('ar');
  await library.expectCount(3);
  await expect.poll(() => library.column('language')).toEqual(['ar', 'ar', 'ar']);

  await library.filter('Language').selectOption('');
  await library.filter('Outlet').selectOption('APA');
  await library.expectCount(1);
  await expect.poll(() => library.column('outlet')).toEqual(['APA']);
  await library.region.getByRole('button', { name: 'Clear filters' }).click();
  await library.expectCount(5);

  await library.sortBy('Lang').click();
  await expect.poll(() => library.column('language')).toEqual(['ar', 'ar', 'ar', 'en', 'fr']);
  await library.sortBy('Lang').click();
  await expect.poll(() => library.column('language')).toEqual(['fr', 'en', 'ar', 'ar', 'ar']);
});

test('arrow keys move through the library and open documents', async ({
  page,
  library,
  documentView,
}) => {
  await library.grid.focus();
  await page.keyboard.press('ArrowDown');
  const first = (await library.column('title'))[0] ?? '';
  await expect(documentView.titleField).toHaveValue(first.replace(/near-duplicate$/, ''));
  await page.keyboard.press('ArrowDown');
  await expect(library.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(library.rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(library.region.getByText('2 selected')).toBeVisible();
});

test('keyboard shortcuts: Ctrl+K focuses search, Ctrl+O opens the file picker', async ({
  page,
  search,
}) => {
  await page.keyboard.press('Control+K');
  await expect(search.box).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  expect((await chooser).isMultiple()).toBe(true);
});

test('F1 and the ? button show every shortcut: the commands and each view’s keys', async ({
  page,
}) => {
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  const row = (section: string, what: string) =>
    sheet.getByRole('region', { name: section }).locator('div').filter({ hasText: what });
  await expect(row('Commands', 'Read side by side')).toContainText('Ctrl Shift Enter');
  await expect(row('Commands', 'Keyboard shortcuts')).toContainText('F1');
  await expect(row('Library', 'select every document')).toContainText('Ctrl A');
  await expect(row('Reading side by side', 'merge with next')).toContainText('M');
  await expect(row('Tag tree', 'rename')).toContainText('F2');
  await expect(row('Briefing editor', 'keep this version')).toContainText('Ctrl S');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});

test('a library larger than a page loads its rows as they scroll into view and selects across pages', async ({
  page,
  server,
  library,
  documentView,
}) => {
  // 450 more documents through the contract (the drop itself is covered by the import tests).
  const encoder = new TextEncoder();
  const files = Array.from({ length: 450 }, (_, k) => {
    const n = String(k).padStart(3, '0');
    const bytes = encoder.encode(
      `Windowed report ${n}\n\nThe body of report ${n}, unlike any other ${k * 7919}.\n`,
    );
    return { name: `windowed-${n}.txt`, size: bytes.byteLength, bytes };
  });
  const response = await fetch(new URL('/api/importFiles', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': server.token },
    body: toWire({ jobId: 'windowed', files }),
  });
  expect(response.ok).toBe(true);
  await page.reload();

  await expect(library.region.getByText('455 documents')).toBeVisible();
  // Only the rows in view (and a few more) are in the page, however many documents there are.
  expect(await library.rows.count()).toBeLessThan(100);

  await library.grid.focus();
  await page.keyboard.press('End');
  // Newest first: the last row is the first seed imported, from the last page fetched on demand.
  const last = library.rows.last();
  await expect(last).toHaveAttribute('aria-rowindex', '456');
  await expect(last).toHaveAttribute('aria-selected', 'true');
  const lastTitle = (await library.column('title')).at(-1) ?? '';
  await expect(documentView.titleField).toHaveValue(lastTitle.replace(/near-duplicate$/, ''));

  // A range from the bottom to the top crosses pages never scrolled through.
  await page.keyboard.press('Shift+Home');
  await expect(library.region.getByText('455 selected')).toBeVisible();
  await expect(library.rows.first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(library.region.getByText('455 selected')).toBeHidden();
  await page.keyboard.press('Control+a');
  await expect(library.region.getByText('455 selected')).toBeVisible();
});
