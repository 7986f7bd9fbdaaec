// Tagging as a user does it: selecting words with the mouse, the tag popover, the card a highlight
// opens, and the undo toast.
import { expect, type Locator, type Page } from '@playwright/test';

interface Point {
  x: number;
  y: number;
}

/** The DOM types the in-page callback needs, without the DOM library in this tsconfig. */
interface PageDocument {
  createTreeWalker(root: unknown, what: number): { nextNode(): PageText | null };
  createRange(): {
    setStart(node: PageText, offset: number): void;
    setEnd(node: PageText, offset: number): void;
    getClientRects(): ArrayLike<{ left: number; top: number; width: number; height: number }>;
  };
}
interface PageElement {
  parentElement: PageElement | null;
  scrollHeight: number;
  clientHeight: number;
  scrollTop: number;
}
interface PageText {
  data: string;
  parentElement: PageElement | null;
}

export class TaggingPopover {
  readonly dialog: Locator;
  readonly editDialog: Locator;
  readonly tagsInput: Locator;
  readonly options: Locator;
  readonly chosenTags: Locator;
  readonly note: Locator;
  readonly saveButton: Locator;
  readonly adder: Locator;
  readonly card: Locator;
  readonly toast: Locator;
  readonly highlights: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Tag quote' });
    this.editDialog = page.getByRole('dialog', { name: 'Edit quote' });
    const open = this.dialog.or(this.editDialog);
    this.tagsInput = open.getByRole('combobox', { name: 'Tags' });
    this.options = open.getByRole('listbox', { name: 'Matching tags' }).getByRole('option');
    this.chosenTags = open.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem');
    this.note = open.getByRole('textbox', { name: 'Note' });
    this.saveButton = open.getByRole('button', { name: 'Save' });
    this.adder = page.getByRole('button', { name: /^Tag selection/ });
    this.card = page.getByRole('dialog', { name: /^(Quote|\d+ quotes here)$/ });
    this.toast = page
      .getByRole('status')
      .filter({ has: page.getByRole('button', { name: 'Undo' }) });
    this.highlights = page.locator('.quote-mark');
  }

  /**
   * The middle of the `index`-th character of `phrase`, found in one text node of `container`,
   * scrolled into view first; in whole pixels, as a real mouse reports them (Chromium does not
   * start a drag selection from some fractional positions).
   */
  async pointAt(container: Locator, phrase: string, index: number): Promise<Point> {
    await container.scrollIntoViewIfNeeded();
    return container.evaluate(
      (root, args) => {
        const scope = globalThis as unknown as { document: PageDocument; innerHeight: number };
        const doc = scope.document;
        const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(args.phrase);
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(node, at + args.index);
          range.setEnd(node, at + args.index + 1);
          const box = () => {
            const rect = range.getClientRects()[0];
            if (!rect) throw new Error(`character ${args.index} of the phrase has no box`);
            return rect;
          };
          // A long paragraph may be in view while the character is not: scroll its scroller.
          const top = box().top;
          const visible = top > 80 && top < scope.innerHeight - 80;
          for (let up = node.parentElement; up && !visible; up = up.parentElement) {
            if (up.scrollHeight > up.clientHeight + 1) {
              up.scrollTop += top - scope.innerHeight / 2;
              break;
            }
          }
          const rect = box();
          return {
            x: Math.round(rect.left + rect.width / 2),
            y: Math.round(rect.top + rect.height / 2),
          };
        }
        throw new Error(`"${args.phrase}" is not in one text node`);
      },
      { phrase, index },
    );
  }

  /** Presses the mouse at one point and releases it at another, moving in between. */
  async drag(start: Point, end: Point): Promise<void> {
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await this.page.mouse.move(end.x, end.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /**
   * Drags from the middle of the `from`-th character of `phrase` to the middle of its `to`-th
   * (0-based, inclusive), as a user selects words.
   */
  async dragOver(container: Locator, phrase: string, from: number, to: number): Promise<void> {
    const start = await this.pointAt(container, phrase, from);
    const end = await this.pointAt(container, phrase, to);
    await this.drag(start, end);
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+t');
    await expect(this.dialog).toBeVisible();
    await expect(this.tagsInput).toBeFocused();
  }

  /** Types a tag name that does not exist yet and creates it with Enter. */
  async addNewTag(name: string): Promise<void> {
    await this.tagsInput.fill(name);
    await expect(this.options.filter({ hasText: 'Create tag' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await this.tagsInput.press('Enter');
    await expect(this.chosenTags.filter({ hasText: name })).toBeVisible();
  }

  /** Types part of a tag's name and picks the first match with Enter. */
  async chooseTag(typed: string, path: string): Promise<void> {
    await this.tagsInput.pressSequentially(typed);
    await expect(this.options.first()).toHaveText(path);
    await expect(this.options.first()).toHaveAttribute('aria-selected', 'true');
    await this.tagsInput.press('Enter');
    await expect(this.chosenTags.filter({ hasText: path })).toBeVisible();
  }

  /** The highlight piece holding this text (a quote's words may be cut into several pieces). */
  highlight(text: string): Locator {
    return this.highlights.filter({ hasText: text }).first();
  }
}
