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
