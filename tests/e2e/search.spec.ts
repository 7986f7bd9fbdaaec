import { expect, importSeeds, test } from './fixtures';
import type { DocumentPage } from './pages/DocumentPage';
import { computedStyle } from './pages/dom';
import type { SearchPanel } from './pages/SearchPanel';

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

async function openFirstHitAndCheck(
  search: SearchPanel,
  documentView: DocumentPage,
  highlighted: RegExp,
) {
  const hit = search.hits.filter({ hasText: highlighted }).first();
  await hit.click();
  await expect(documentView.highlightedSentence).toHaveCount(1);
  await expect(documentView.highlightedSentence).toContainText(highlighted);
  await expect(documentView.highlightedSentence).toBeInViewport();
}

const queries = [
  { query: 'مالي', marked: /مالي/, languages: ['ar'] },
  // Arabic matching is by stem: المغربي also finds المغرب.
  { query: 'المغربي', marked: /مغرب/, languages: ['ar'] },
  { query: 'sécuritaires', marked: /sécuritaires/i, languages: ['fr'] },
  // Accents are optional in the query.
  { query: 'securitaires', marked: /sécuritaires/i, languages: ['fr'] },
  { query: 'defense', marked: /défense/i, languages: ['fr'] },
  { query: 'Brigadier', marked: /brigadier/i, languages: ['en'] },
];

for (const { query, marked, languages } of queries) {
  test(`searching “${query}” shows highlighted hits grouped by document and opens the sentence`, async ({
    search,
    documentView,
  }) => {
    await search.search(query);
    await expect(search.groups.first()).toBeVisible();
    const groupCount = await search.groups.count();
    expect(groupCount).toBeGreaterThan(0);
    await expect(search.marks.first()).toBeVisible();
    await expect(search.marks.first()).toHaveText(marked);
    for (const language of languages) {
      await expect(search.results.getByText(language, { exact: true }).first()).toBeVisible();
    }
    await openFirstHitAndCheck(search, documentView, marked);
  });
}

test('Arabic hits are shown right to left, no match says so, Ctrl+K focuses search', async ({
  page,
  search,
}) => {
  await search.search('مالي');
  const hit = search.hits.first();
  await expect(hit).toHaveAttribute('dir', 'rtl');
  expect(await computedStyle(hit, 'direction')).toBe('rtl');

  await search.search('zzzqqq');
  await expect(search.results.getByText(/No results/)).toBeVisible();

  await page.keyboard.press('Control+K');
  await expect(search.box).toBeFocused();
});
