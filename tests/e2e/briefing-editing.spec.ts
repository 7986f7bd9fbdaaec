// Editing a briefing without losing a word: autosave and the crash journal, saved versions,
// pasted HTML kept as plain text, citations renumbering as the text moves, and the list's
// rename, duplicate, delete with undo, and an Arabic briefing right-to-left.
import { call } from './api';
import {
  briefingText,
  briefingWithParagraphs,
  citingParagraph,
  openNewBriefing,
  seed,
} from './briefingData';
import { expect, importSeeds, test } from './fixtures';
import { BriefingPanel } from './pages/BriefingPanel';
import { computedStyle } from './pages/dom';

test.beforeEach(async ({ page }) => {
  await importSeeds(page);
});

test('autosave keeps every word: a reload before the save recovers from the journal, after it from the server', async ({
  page,
  server,
}) => {
  let briefings = await openNewBriefing(page);
  // The server refuses saves: only the journal can keep these words.
  await page.route('**/api/saveBriefingContent', (route) => route.abort());
  await briefings.editor.click();
  await page.keyboard.type('Words typed while the core is unreachable.');
  await expect(briefings.saveStatus).toHaveText(/^Not saved: /, { timeout: 5_000 });
  await expect(briefings.open.getByRole('button', { name: 'Retry' })).toBeVisible();
  // Reloaded while the core still refuses: the words come back from the journal alone.
  await page.reload();
  briefings = new BriefingPanel(page);
  await expect(briefings.panel).toBeVisible();
  await expect(briefings.editor).toContainText('Words typed while the core is unreachable.');
  await expect(briefings.recoveredNotice).toBeVisible();
  await expect(briefings.saveStatus).toHaveText(/^Not saved: /);
  await page.unroute('**/api/saveBriefingContent');
  await briefings.open.getByRole('button', { name: 'Retry' }).click();
  await briefings.expectSaved();
  const [summary] = await call(server, 'listBriefings', {});
  expect(await briefingText(server, summary!.id)).toContain('while the core is unreachable');

  // An ordinary pause: saved within a second, and there after a reload without any journal.
  await briefings.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Then saved.');
  await expect(briefings.saveStatus).toHaveText('Unsaved changes');
  await briefings.expectSaved();
  expect(await briefingText(server, summary!.id)).toContain('Then saved.');
  await page.reload();
  briefings = new BriefingPanel(page);
  await briefings.show();
  await expect(briefings.editor).toContainText('unreachable. Then saved.');
  await expect(briefings.recoveredNotice).toBeHidden();
});

test('a new briefing opens with its title selected: typing names it, Enter goes on to the text', async ({
  page,
  server,
}) => {
  const briefings = await openNewBriefing(page);
  await expect(briefings.titleField).toBeFocused();
  await page.keyboard.type('Sahel morning note');
  await page.keyboard.press('Enter');
  await expect(briefings.editor).toBeFocused();
  await page.keyboard.type('First line of the note.');
  await briefings.expectSaved();
  const [summary] = await call(server, 'listBriefings', {});
  expect(summary?.title).toBe('Sahel morning note');
  expect(await briefingText(server, summary!.id)).toContain('First line of the note.');
  // Opened again from the list, it is the text's turn: the title keeps its name.
  await briefings.backButton.click();
  await briefings.openBriefing('Sahel morning note');
  await expect(briefings.titleField).not.toBeFocused();
  await expect(briefings.titleField).toHaveValue('Sahel morning note');
});

test('the side tabs fold away to give the text their height, stay folded, and a tab unfolds them', async ({
  page,
}) => {
  let briefings = await openNewBriefing(page);
  const editorHeight = async () => (await briefings.editor.boundingBox())?.height ?? 0;
  const unfolded = await editorHeight();
  await expect(briefings.sidePanelToggle).toHaveAttribute('aria-expanded', 'true');
  await briefings.sidePanelToggle.click();
  await expect(briefings.sidePanelToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(briefings.open.getByRole('tabpanel')).toBeHidden();
  await expect.poll(editorHeight).toBeGreaterThan(unfolded + 80);

  await page.reload();
  briefings = new BriefingPanel(page);
  await briefings.show();
  await expect(briefings.editor).toBeVisible();
  await expect(briefings.open.getByRole('tabpanel')).toBeHidden();
  await briefings.tab('History').click();
  await expect(briefings.open.getByRole('tabpanel')).toBeVisible();
  await expect(briefings.sidePanelToggle).toHaveAttribute('aria-expanded', 'true');
});

test('an older saved version can be previewed and restored', async ({ page, server }) => {
  const briefings = await openNewBriefing(page);
  await briefings.editor.click();
  await page.keyboard.type('First version.');
  await page.keyboard.press('Control+s');
  await briefings.expectSaved();
  await page.keyboard.type(' Second thoughts.');
  await page.keyboard.press('Control+s');
  await briefings.expectSaved();
  await expect(briefings.editor).toHaveText('First version. Second thoughts.');

  await briefings.tab('History').click();
  await expect(briefings.versions.first()).toBeVisible();
  const count = await briefings.versions.count();
  let found = false;
  for (let i = 0; i < count && !found; i++) {
    await briefings.versions.nth(i).click();
    // Pressed once its version has loaded: the preview then shows that version.
    await expect(briefings.versions.nth(i)).toHaveAttribute('aria-pressed', 'true');
    found = (await briefings.revisionPreview.innerText()).trim() === 'First version.';
  }
  expect(found, 'a saved version holding only the first words').toBe(true);
  await briefings.open.getByRole('button', { name: 'Restore this version' }).click();
  await expect(briefings.editor).toHaveText('First version.');
  await briefings.expectSaved();
  const [summary] = await call(server, 'listBriefings', {});
  const stored = await briefingText(server, summary!.id);
  expect(stored).toContain('First version.');
  expect(stored).not.toContain('Second thoughts');
});

test('pasted HTML arrives as plain text only', async ({ page, server }) => {
  const briefings = await openNewBriefing(page);
  await briefings.editor.click();
  await briefings.editor.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<b>bold words</b><script>window.__pasted = 1</script><img src=x onerror="window.__pasted = 2">',
    );
    data.setData('text/plain', 'bold words');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(briefings.editor).toContainText('bold words');
  await expect(briefings.editor.locator('b, strong, script, img, em, i')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pasted?: number }).__pasted),
  ).toBeUndefined();
  await briefings.expectSaved();
  const [summary] = await call(server, 'listBriefings', {});
  const briefing = await call(server, 'getBriefing', { id: summary!.id });
  const texts = JSON.stringify(briefing.content);
  expect(texts).toContain('"text":"bold words"');
  expect(texts).not.toContain('<');
  expect(texts).toMatch(/"format":0/);
});

test('citations renumber when the text moves, and the source list follows', async ({
  page,
  server,
}) => {
  const assahifa = await seed(server, '000');
  const apa = await seed(server, '004');
  await briefingWithParagraphs(server, 'Renumbering', [
    citingParagraph('Assahifa reports the visit.', assahifa.id),
    citingParagraph('APA calls it a joint commission.', apa.id),
    citingParagraph('Assahifa again.', assahifa.id),
  ]);
  const briefings = new BriefingPanel(page);
  await briefings.show();
  await briefings.openBriefing('Renumbering');
  await expect.poll(() => briefings.markNumbers()).toEqual(['1', '2', '1']);
  await expect(briefings.sources.first()).toContainText('Assahifa');
  await expect(briefings.sources.nth(1)).toContainText('APA');

  // Removing the first paragraph's words moves APA's citation to the front: it becomes [1].
  const firstParagraph = briefings.editor.getByText('Assahifa reports the visit.');
  await briefings.selectBlock(
    briefings.editor.locator('p', { hasText: 'Assahifa reports the visit.' }),
  );
  await page.keyboard.press('Backspace');
  await expect(firstParagraph).toHaveCount(0);
  await expect.poll(() => briefings.markNumbers()).toEqual(['1', '2']);
  await expect(briefings.sources.first()).toContainText('APA');
  await expect(briefings.sources.nth(1)).toContainText('Assahifa');
  await expect(briefings.sources.first()).toHaveAttribute('data-number', '1');

  // Cut and pasted above APA's paragraph, Assahifa's citation moves to the front again.
  await briefings.selectBlock(briefings.editor.locator('p', { hasText: 'Assahifa again.' }));
  await page.keyboard.press('Control+x');
  await expect(briefings.editor.getByText('Assahifa again.')).toHaveCount(0);
  await expect.poll(() => briefings.markNumbers()).toEqual(['1']);
  await briefings.editor.getByText('APA calls it a joint commission.').click();
  await page.keyboard.press('Home');
  await briefings.settleSelection();
  await page.keyboard.press('Control+v');
  await expect(briefings.editor.getByText('Assahifa again.')).toHaveCount(1);
  await expect.poll(() => briefings.markNumbers()).toEqual(['1', '2']);
  await expect(briefings.sources.first()).toContainText('Assahifa');
  await expect(briefings.sources.nth(1)).toContainText('APA');
});

test('the list renames, duplicates, deletes with undo, and shows an Arabic briefing right-to-left', async ({
  page,
}) => {
  const briefings = await openNewBriefing(page);
  await briefings.titleField.fill('Sahel weekly');
  await briefings.titleField.press('Enter');
  await briefings.editor.click();
  await page.keyboard.type('Weekly notes.');
  await briefings.expectSaved();
  await briefings.backButton.click();
  await expect(briefings.items).toHaveCount(1);
  await expect(briefings.item('Sahel weekly')).toBeVisible();
  // Opened again, it shows what was typed, not what it held when first opened.
  await briefings.openBriefing('Sahel weekly');
  await expect(briefings.editor).toHaveText('Weekly notes.');
  await briefings.backButton.click();

  await briefings
    .item('Sahel weekly')
    .getByRole('button', { name: 'Duplicate Sahel weekly' })
    .click();
  await expect(briefings.editor).toContainText('Weekly notes.');
  await briefings.backButton.click();
  await expect(briefings.items).toHaveCount(2);

  const copy = briefings.items.filter({ hasNotText: /^Sahel weekly\s*en/ }).first();
  const copyTitle = (await copy.locator('.briefing-list__title').innerText()).trim();
  expect(copyTitle).not.toBe('');
  await copy.getByRole('button', { name: `Delete ${copyTitle}` }).click();
  await expect(briefings.toast).toBeVisible();
  await expect(briefings.items).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(briefings.toast).toBeHidden();
  await expect(briefings.items).toHaveCount(2);

  await briefings.openBriefing('Sahel weekly');
  await briefings.titleField.fill('موجز التعاون العسكري');
  await briefings.titleField.press('Enter');
  await briefings.languageField.selectOption('ar');
  // The editor sets the direction on its frame; the text inherits it.
  await expect.poll(() => computedStyle(briefings.editor, 'direction')).toBe('rtl');
  // The panel's own controls keep the interface's direction.
  expect(await computedStyle(briefings.backButton, 'direction')).toBe('ltr');
  await briefings.backButton.click();
  const arabicTitle = briefings.item('موجز التعاون العسكري').locator('bdi').first();
  await expect(arabicTitle).toHaveAttribute('dir', 'rtl');
  expect(await computedStyle(arabicTitle, 'direction')).toBe('rtl');
});
