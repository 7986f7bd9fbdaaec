// The briefings panel docked beside the main view: the list, the open briefing (details, editor,
// save status, export), its side tabs, and the dialogs it opens.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class BriefingPanel {
  readonly toggleButton: Locator;
  readonly panel: Locator;
  readonly list: Locator;
  readonly items: Locator;
  readonly newButton: Locator;
  readonly draftButton: Locator;
  readonly open: Locator;
  readonly backButton: Locator;
  readonly saveStatus: Locator;
  readonly details: Locator;
  readonly titleField: Locator;
  readonly authorField: Locator;
  readonly handlingField: Locator;
  readonly languageField: Locator;
  readonly editor: Locator;
  readonly citationMarks: Locator;
  readonly quoteBlocks: Locator;
  readonly sources: Locator;
  readonly checks: Locator;
  readonly versions: Locator;
  readonly revisionPreview: Locator;
  readonly recoveredNotice: Locator;
  readonly toast: Locator;
  /** Folds the side tabs away (or back), giving the text their height. */
  readonly sidePanelToggle: Locator;

  constructor(private readonly page: Page) {
    this.toggleButton = page
      .getByRole('banner')
      .getByRole('button', { name: 'Briefings', exact: true });
    this.panel = page.getByRole('complementary', { name: 'Briefings' });
    this.list = this.panel.getByRole('list', { name: 'Briefings' });
    this.items = this.list.getByRole('listitem');
    this.newButton = this.panel.getByRole('button', { name: 'New briefing' });
    this.draftButton = this.panel.getByRole('button', { name: 'Draft from tags…' });
    this.open = this.panel.getByRole('region', { name: 'Open briefing' });
    this.backButton = this.open.getByRole('button', { name: '← Briefings' });
    this.saveStatus = this.open.getByTestId('save-status');
    this.details = this.open.getByRole('form', { name: 'Briefing details' });
    this.titleField = this.details.getByLabel('Title', { exact: true });
    this.authorField = this.details.getByLabel('Author', { exact: true });
    this.handlingField = this.details.getByLabel('Handling', { exact: true });
    this.languageField = this.details.getByLabel('Language', { exact: true });
    this.editor = this.open.getByTestId('briefing-editor');
    this.citationMarks = this.editor.getByTestId('citation-mark');
    this.quoteBlocks = this.editor.getByTestId('quote-block');
    this.sources = this.open.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    this.checks = this.open.getByRole('list', { name: 'Checks' }).getByRole('listitem');
    this.versions = this.open.getByRole('list', { name: 'Saved versions' }).getByRole('button');
    this.revisionPreview = this.open.getByTestId('revision-preview');
    this.recoveredNotice = this.open.getByText(/^Recovered unsaved changes from/);
    this.sidePanelToggle = this.open.getByRole('button', { name: /^(Hide|Show)$/ });
    this.toast = page
      .getByRole('status')
      .filter({ has: page.getByRole('button', { name: 'Undo' }) });
  }

  async show(): Promise<void> {
    // The panel's visibility is restored from the last session when the workspace mounts, so
    // decide only once the toggle is there: a shortcut pressed earlier could close it again.
    await expect(this.toggleButton).toBeVisible();
    if ((await this.toggleButton.getAttribute('aria-pressed')) !== 'true') {
      await this.page.keyboard.press('Control+Shift+B');
    }
    await expect(this.panel).toBeVisible();
  }

  item(title: string | RegExp): Locator {
    return this.items.filter({ hasText: title });
  }

  async openBriefing(title: string | RegExp): Promise<void> {
    await this.item(title).getByRole('button').first().click();
    await expect(this.editor).toBeVisible();
  }

  async create(): Promise<void> {
    await this.newButton.click();
    await expect(this.editor).toBeVisible();
  }

  tab(name: 'Sources' | 'Checks' | 'History'): Locator {
    return this.open.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /**
   * Lets the page handle the selection change a click, a key or selectText just made. Lexical
   * reads the DOM selection on 'selectionchange', a task queued after the key; a paste or a key
   * sent before it runs would act on the previous selection.
   */
  async settleSelection(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            setTimeout(resolve);
          }),
        ),
    );
  }

  /** Selects a block's whole content (its text and citation marks). */
  async selectBlock(block: Locator): Promise<void> {
    await block.selectText();
    await this.settleSelection();
  }

  /** Types a new paragraph after a one-line block (a heading, a short paragraph). */
  async typeParagraphAfter(block: Locator, text: string): Promise<void> {
    await block.click();
    await this.page.keyboard.press('End');
    await this.settleSelection();
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** The numbers the citation marks show, in reading order. */
  async markNumbers(): Promise<string[]> {
    return this.citationMarks.evaluateAll((marks) =>
      marks.map(
        (mark) => (mark as unknown as { dataset: { number?: string } }).dataset.number ?? '',
      ),
    );
  }

  async export(format: 'PDF' | 'HTML' | 'Markdown'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.open
        .getByRole('group', { name: 'Export' })
        .getByRole('button', { name: format })
        .click(),
    ]);
    return download;
  }

  /** Drafts a briefing from the tags named, through the dialog. */
  async draftFromTags(tags: string[], title: string): Promise<void> {
    await this.draftButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Draft a briefing from tags' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Title', { exact: true }).fill(title);
    for (const tag of tags) {
      await dialog.getByRole('checkbox', { name: new RegExp(`^${tag}`) }).check();
    }
    await dialog.getByRole('button', { name: 'Draft briefing' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.editor).toBeVisible();
    await expect(this.titleField).toHaveValue(title);
  }
}
