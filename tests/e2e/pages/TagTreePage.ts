// The tag tree panel of the Quotes pane: tags as tree items, their actions menu and dialogs.
import { expect, type Locator, type Page } from '@playwright/test';

/** Chooses the option of a <select> whose text contains `text` (option texts carry indentation). */
export async function selectOptionByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (value === null) throw new Error(`No option “${text}”`);
  await select.selectOption(value);
}

export class TagTreePage {
  readonly panel: Locator;
  readonly tree: Locator;
  readonly items: Locator;
  readonly newTagButton: Locator;
  readonly allQuotes: Locator;
  readonly untagged: Locator;
  /** The strip above the tree: dropping a tag there moves it to the top level. */
  readonly topDrop: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Tag tree' });
    this.tree = this.panel.getByRole('tree', { name: 'Tags' });
    this.items = this.tree.getByRole('treeitem');
    this.newTagButton = this.panel.getByRole('button', { name: 'New tag' });
    this.allQuotes = this.panel.getByRole('button', { name: /^All quotes/ });
    this.untagged = this.panel.getByRole('button', { name: /^Untagged/ });
    this.topDrop = this.panel.getByTestId('tag-top-drop');
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /** Quotes filed directly under the tag, as the tree shows them. */
  count(name: string): Locator {
    return this.item(name).getByTitle('Quotes filed under this tag');
  }

  /** Quotes under the tag and its sub-tags (shown for tags with sub-tags). */
  subtreeCount(name: string): Locator {
    return this.item(name).getByTitle('With its sub-tags');
  }

  async create(name: string): Promise<void> {
    await this.newTagButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New tag' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Create tag' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.item(name)).toBeVisible();
  }

  async action(name: string, action: string): Promise<void> {
    await this.item(name).click({ button: 'right' });
    await this.page
      .getByRole('menu', { name: `Actions for ${name}` })
      .getByRole('menuitem', { name: action })
      .click();
  }

  /** The same menu from the keyboard: Shift+F10 on the focused tag, Enter on the action. */
  async actionWithKeyboard(name: string, action: string): Promise<void> {
    await this.item(name).focus();
    await this.item(name).press('Shift+F10');
    const item = this.page
      .getByRole('menu', { name: `Actions for ${name}` })
      .getByRole('menuitem', { name: action });
    await expect(item).toBeVisible();
    await item.press('Enter');
  }

  async renameWithF2(name: string, newName: string): Promise<void> {
    await this.item(name).click();
    await this.item(name).press('F2');
    const field = this.tree.getByRole('textbox', { name: 'Tag name' });
    await field.fill(newName);
    await field.press('Enter');
  }

  async merge(from: string, into: string): Promise<Locator> {
    await this.action(from, 'Merge into…');
    const dialog = this.page.getByRole('dialog', { name: 'Merge tag' });
    await selectOptionByText(dialog.getByLabel('Merge into'), into);
    return dialog;
  }

  async moveWithMenu(name: string, under: string | null): Promise<void> {
    await this.actionWithKeyboard(name, 'Move to…');
    const dialog = this.page.getByRole('dialog', { name: 'Move tag' });
    const select = dialog.getByLabel('Move under');
    if (under === null) await select.selectOption('');
    else await selectOptionByText(select, under);
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async dragOnto(name: string, target: string): Promise<void> {
    await this.item(name).dragTo(this.item(target));
  }

  async dragToTop(name: string): Promise<void> {
    await this.item(name).dragTo(this.topDrop);
  }
}
