// The parallel reader as a user sees it: columns of sentences, its toolbar, and where things sit.
import { expect, type Locator, type Page } from '@playwright/test';
import type { LibraryPage } from './LibraryPage';

export type ReaderLayout = 'aligned' | 'comparable';

export class ReaderPage {
  readonly region: Locator;
  readonly surface: Locator;
  readonly headers: Locator;
  readonly sentences: Locator;
  /** The sentence under the keyboard cursor. */
  readonly cursor: Locator;
  readonly pinned: Locator;
  readonly backButton: Locator;
  readonly modeSelect: Locator;
  readonly realignButton: Locator;
  readonly showChrome: Locator;
  readonly linkButton: Locator;
  readonly unlinkButton: Locator;
  readonly mergeButton: Locator;
  readonly splitButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Parallel reader' });
    this.surface = this.region.getByRole('group', { name: 'Parallel text' });
    this.headers = this.region.locator('header');
    this.sentences = this.surface.locator('[data-sentence-id]');
    this.cursor = this.surface.locator('.reader-sentence--cursor');
    this.pinned = this.surface.locator('[data-sentence-id][aria-current="true"]');
    this.backButton = this.region.getByRole('button', { name: '← Back to library' });
    this.modeSelect = this.region.getByLabel('Mode', { exact: true });
    this.realignButton = this.region.getByRole('button', { name: 'Realign' });
    this.showChrome = this.region.getByRole('checkbox', { name: 'Show page chrome' });
    const button = (name: string) => this.region.getByRole('button', { name, exact: true });
    this.linkButton = button('Link');
    this.unlinkButton = button('Unlink');
    this.mergeButton = button('Merge with next');
    this.splitButton = button('Split');
    this.undoButton = button('↶ Undo');
    this.redoButton = button('↷ Redo');
  }

  /** Ticks the documents in the library and opens them side by side. */
  async open(library: LibraryPage, ...documents: (string | RegExp)[]): Promise<void> {
    await library.selectRows(...documents);
    await library.readSideBySideButton.click();
    await this.expectReady();
  }

  async expectReady(): Promise<void> {
    await expect(this.surface).toHaveAttribute('data-layout', /^(aligned|comparable)$/, {
      timeout: 30_000,
    });
  }

  async layout(): Promise<ReaderLayout> {
    return (await this.surface.getAttribute('data-layout')) as ReaderLayout;
  }

  sentence(text: string | RegExp): Locator {
    return this.sentences.filter({ hasText: text }).first();
  }

  /** The cells (aligned rows) or the scrolling column (comparable) of one column. */
  column(index: number): Locator {
    return this.surface.locator(`[data-column="${index}"]`);
  }

  /** The aligned row a sentence sits in (its aria-rowindex), or null outside aligned rows. */
  async rowOf(sentence: Locator): Promise<number | null> {
    const index = await sentence.evaluate(
      (element) =>
        (
          element as unknown as {
            closest(selector: string): { ariaRowIndex: string | null } | null;
          }
        ).closest('[role="row"]')?.ariaRowIndex ?? null,
    );
    return index === null ? null : Number(index);
  }

  /** True when both sentences sit in one aligned row. */
  async sameRow(first: Locator, second: Locator): Promise<boolean> {
    const [a, b] = await Promise.all([this.rowOf(first), this.rowOf(second)]);
    return a !== null && a === b;
  }

  /** True when the two sentences share some height on screen: they read side by side. */
  async sideBySide(first: Locator, second: Locator): Promise<boolean> {
    const [a, b] = await Promise.all([first.boundingBox(), second.boundingBox()]);
    if (!a || !b) return false;
    return a.y < b.y + b.height && b.y < a.y + a.height;
  }
}
