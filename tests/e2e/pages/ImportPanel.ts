// Importing as a user does it: a real drop event carrying files on the window, then the report.
import { expect, type Locator, type Page } from '@playwright/test';

export interface FileToDrop {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/** The few browser globals the drop needs (this file is type-checked without the DOM library). */
interface BrowserGlobals {
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
  atob(data: string): string;
}

export class ImportPanel {
  readonly importFilesButton: Locator;
  readonly importFolderButton: Locator;
  readonly progress: Locator;
  readonly dropOverlay: Locator;
  readonly report: Locator;

  constructor(private readonly page: Page) {
    this.importFilesButton = page.getByRole('button', { name: 'Import files…' });
    this.importFolderButton = page.getByRole('button', { name: 'Import folder…' });
    this.progress = page.getByRole('region', { name: 'Import progress' });
    this.dropOverlay = page.getByText('Drop files or folders to import');
    this.report = page.getByRole('dialog', { name: /^Import (report|cancelled)$/ });
  }

  /** Dispatches dragenter, dragover and drop on the main area with a DataTransfer holding the files. */
  async drop(files: FileToDrop[]): Promise<void> {
    const encoded = files.map((file) => ({
      name: file.name,
      base64: Buffer.from(file.bytes).toString('base64'),
      type: file.type ?? '',
    }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const browser = globalThis as unknown as BrowserGlobals;
      const transfer = new browser.DataTransfer();
      for (const file of list) {
        const binary = browser.atob(file.base64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        transfer.items.add(new browser.File([bytes], file.name, { type: file.type }));
      }
      return transfer;
    }, encoded);
    const target = this.page.getByRole('main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(this.dropOverlay).toBeVisible();
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(this.dropOverlay).toBeHidden();
    await dataTransfer.dispose();
  }

  reportRow(fileName: string): Locator {
    return this.report.getByRole('row').filter({ hasText: fileName });
  }

  async expectReport(counts: {
    imported?: number;
    duplicate?: number;
    rejected?: number;
  }): Promise<void> {
    await expect(this.report).toBeVisible({ timeout: 30_000 });
    for (const [status, count] of Object.entries(counts)) {
      await expect(this.report.getByText(`${count} ${status}`, { exact: true })).toBeVisible();
    }
  }

  async closeReport(): Promise<void> {
    await this.report.getByRole('button', { name: 'Close' }).click();
    await expect(this.report).toBeHidden();
  }
}
