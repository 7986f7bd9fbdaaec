import { expect, type Locator, type Page } from '@playwright/test';

/** Columns of the library grid after the selection checkbox. */
const COLUMN = { title: 1, outlet: 2, date: 3, language: 4, length: 5 } as const;

export class LibraryPage {
  readonly region: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly deleteButton: Locator;
  readonly readSideBySideButton: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Library' });
    this.grid = this.region.getByRole('grid', { name: 'Documents' });
    // Body rows have grid cells; the header row has column headers only.
    this.rows = this.grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.deleteButton = this.region.getByRole('button', { name: 'Delete…' });
    this.readSideBySideButton = this.region.getByRole('button', { name: 'Read side by side' });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.rows).toHaveCount(count);
  }

  async column(name: keyof typeof COLUMN): Promise<string[]> {
    const texts = await this.rows.evaluateAll(
      (rows, index) =>
        rows.map(
          (row) =>
            (row as unknown as { children: { textContent: string | null }[] }).children[index]
              ?.textContent ?? '',
        ),
      COLUMN[name],
    );
    return texts.map((text) => text.trim());
  }

  async open(text: string | RegExp): Promise<void> {
    await this.row(text).click();
  }

  async select(title: string): Promise<void> {
    await this.region.getByRole('checkbox', { name: `Select ${title}` }).check();
  }

  /** Ticks the rows matching each text, adding them to the selection. */
  async selectRows(...texts: (string | RegExp)[]): Promise<void> {
    for (const text of texts) await this.row(text).getByRole('checkbox').check();
  }

  filter(label: 'Language' | 'Outlet' | 'From' | 'To'): Locator {
    return this.region.getByLabel(label, { exact: true });
  }

  sortBy(column: 'Title' | 'Outlet' | 'Date' | 'Lang' | 'Length'): Locator {
    return this.region.getByRole('button', { name: `Sort by ${column}` });
  }
}
