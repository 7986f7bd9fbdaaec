import { type Locator, type Page } from '@playwright/test';

export class SearchPanel {
  readonly box: Locator;
  readonly includeChrome: Locator;
  readonly results: Locator;
  readonly groups: Locator;
  readonly hits: Locator;
  readonly marks: Locator;

  constructor(private readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search' });
    this.includeChrome = page.getByRole('checkbox', { name: 'Include page chrome' });
    this.results = page.getByRole('region', { name: 'Search results' });
    this.groups = this.results.getByRole('region');
    // A hit's words are selectable text; clicking them (or its Open button) opens the document.
    this.hits = this.results.locator('li.hit');
    // Playwright has no role for <mark>: the element itself is what the test must see.
    this.marks = this.results.locator('mark');
  }

  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await this.box.press('Enter');
  }

  group(text: string | RegExp): Locator {
    return this.groups.filter({ has: this.page.getByRole('heading', { name: text }) });
  }
}
