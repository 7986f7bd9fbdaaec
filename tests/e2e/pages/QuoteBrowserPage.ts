// The Quotes pane's browser: toolbar (view, grouping, export), filters, the quote list, the matrix.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class QuoteBrowserPage {
  readonly openButton: Locator;
  readonly region: Locator;
  readonly status: Locator;
  readonly list: Locator;
  /** Quote rows (group headers are list items too, without a button). */
  readonly rows: Locator;
  readonly groupHeaders: Locator;
  readonly includeSubtags: Locator;
  readonly words: Locator;
  readonly documentFilter: Locator;
  readonly outletFilter: Locator;
  readonly languageFilter: Locator;
  readonly clearFilters: Locator;
  readonly matrix: Locator;

  constructor(private readonly page: Page) {
    this.openButton = page.getByRole('banner').getByRole('button', { name: 'Quotes', exact: true });
    this.region = page.getByRole('region', { name: 'Quotes', exact: true });
    this.status = this.region.getByRole('heading', { name: /^Quotes/ }).getByRole('status');
    this.list = this.region.getByRole('list', { name: 'Quotes', exact: true });
    this.rows = this.list.getByRole('listitem').filter({ has: page.getByRole('button') });
    this.groupHeaders = this.list.getByRole('heading', { level: 3 });
    const filters = this.region.getByRole('group', { name: 'Filter quotes' });
    this.includeSubtags = filters.getByRole('checkbox', { name: 'Include sub-tags' });
    this.words = filters.getByRole('searchbox', { name: 'Words in quotes' });
    this.documentFilter = filters.getByLabel('Document');
    this.outletFilter = filters.getByLabel('Outlet');
    this.languageFilter = filters.getByLabel('Language');
    this.clearFilters = filters.getByRole('button', { name: 'Clear filters' });
    this.matrix = this.region.getByRole('table');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.region).toBeVisible();
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The quote's own words inside a row. */
  quoteText(row: Locator): Locator {
    return row.locator('.quote-row__text');
  }

  async groupBy(by: 'By tag' | 'By document'): Promise<void> {
    await this.region
      .getByRole('group', { name: 'Group by' })
      .getByRole('button', { name: by })
      .click();
  }

  async showMatrix(columns: 'Outlets' | 'Languages' = 'Outlets'): Promise<void> {
    await this.region
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Matrix' })
      .click();
    await this.region
      .getByRole('group', { name: 'Columns' })
      .getByRole('button', { name: columns })
      .click();
    await expect(this.matrix).toBeVisible();
  }

  /** The matrix cell of a tag and a column, as a button that filters the list. */
  matrixCell(tag: string, column: string): Locator {
    return this.matrix.getByRole('button', { name: new RegExp(`under ${tag} from ${column}$`) });
  }

  matrixRow(tag: string): Locator {
    return this.matrix
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: tag }) });
  }

  async export(format: 'CSV' | 'JSON'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region.getByRole('button', { name: `Export ${format}` }).click(),
    ]);
    return download;
  }
}
