import { expect, type Locator, type Page } from '@playwright/test';

export class DocumentPage {
  readonly region: Locator;
  readonly heading: Locator;
  readonly titleField: Locator;
  readonly outletField: Locator;
  readonly dateField: Locator;
  readonly languageField: Locator;
  readonly saveButton: Locator;
  readonly hideChrome: Locator;
  readonly deleteButton: Locator;
  readonly paragraphs: Locator;
  /** The sentence a search hit pointed at. */
  readonly highlightedSentence: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Document', exact: true });
    this.heading = this.region.getByRole('heading', { level: 2 });
    const details = this.region.getByRole('form', { name: 'Document details' });
    this.titleField = details.getByLabel('Title', { exact: true });
    this.outletField = details.getByLabel('Outlet', { exact: true });
    this.dateField = details.getByLabel('Date', { exact: true });
    this.languageField = details.getByLabel('Language', { exact: true });
    this.saveButton = details.getByRole('button', { name: 'Save' });
    this.hideChrome = this.region.getByRole('checkbox', { name: 'Hide page chrome' });
    this.deleteButton = this.region.getByRole('button', { name: 'Delete document' });
    this.paragraphs = this.region.getByRole('paragraph');
    this.highlightedSentence = this.region.locator('[data-segment-id][aria-current="true"]');
  }

  async expectOpen(title: string | RegExp): Promise<void> {
    await expect(this.heading).toContainText(title);
  }

  async deleteWithConfirmation(): Promise<void> {
    await this.deleteButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this document?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
