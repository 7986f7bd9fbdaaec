/// <reference lib="dom" />
// The real desktop app: launch, import the seeds through the window's drop target, search, and
// read two of them side by side with the native menu in place, and export a briefing from the
// File menu.
// Skipped, with the reason, where no Electron binary exists.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { BriefingPanel } from '../e2e/pages/BriefingPanel';
import { LibraryPage } from '../e2e/pages/LibraryPage';
import { ReaderPage } from '../e2e/pages/ReaderPage';
import { findElectronBinary } from './electronBinary';

const binary = findElectronBinary();
const root = resolve(import.meta.dirname, '../..');
const seedsDir = join(root, 'tests/fixtures/seeds');

test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

let app: ElectronApplication;

/** The seed files dropped on the window, as a user drags them from a file manager. */
async function dropSeeds(window: Page): Promise<void> {
  const names = (await readdir(seedsDir)).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: [...(await readFile(join(seedsDir, name)))] })),
  );
  await window.evaluate((payload) => {
    const transfer = new DataTransfer();
    for (const f of payload)
      transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}
let home: string;

test.beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'parallax-electron-'));
  app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : '',
    args: [root, `--user-data-dir=${join(home, 'user-data')}`],
    env: { ...process.env, XDG_CONFIG_HOME: home, HOME: home },
  });
});

test.afterEach(async () => {
  await app?.close();
  await rm(home, { recursive: true, force: true });
});

test('launches hardened, imports the seeds by drop and finds their words', async () => {
  const window = await app.firstWindow();
  expect(window.url()).toMatch(/^app:\/\/parallax\//);
  // Sandboxed, isolated, no Node in the page: neither require nor process is reachable.
  const pageGlobals = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: typeof (globalThis as { parallax?: unknown }).parallax,
  }));
  expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });

  await dropSeeds(window);
  await expect(window.getByRole('row').filter({ hasText: 'Hespress' })).toHaveCount(1, {
    timeout: 20_000,
  });

  await window.getByRole('searchbox', { name: 'Search' }).fill('Mouhib');
  await expect(window.locator('mark', { hasText: 'Mouhib' }).first()).toBeVisible();
});

test('reads the French and English seeds side by side; Ctrl+Z undoes a hand correction', async () => {
  const window = await app.firstWindow();
  await dropSeeds(window);
  const library = new LibraryPage(window);
  await expect(window.getByRole('row').filter({ hasText: 'APA' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await window.keyboard.press('Escape');
  const reader = new ReaderPage(window);
  await reader.open(library, /Le Maroc et le Mali, unis/, /Morocco and Mali have strengthened/);
  const fr = reader.sentence(/visite de trois jours au Mali/);
  const en = reader.sentence(/three-day visit/);
  await expect.poll(() => reader.sameRow(fr, en)).toBe(true);
  await fr.click();
  await window.keyboard.press('u');
  await expect(fr).toHaveAttribute('data-origin', 'manual');
  // The native Edit menu owns Ctrl+Z for text fields; in the reader it must still reach the page.
  await window.keyboard.press(process.platform === 'darwin' ? 'Meta+z' : 'Control+z');
  await expect(fr).not.toHaveAttribute('data-origin', 'manual');
  await expect.poll(() => reader.sameRow(fr, en)).toBe(true);
});

test('opens the briefing panel and exports the open briefing as a PDF from the File menu', async () => {
  const window = await app.firstWindow();
  await dropSeeds(window);
  await expect(window.getByRole('row').filter({ hasText: 'APA' })).toHaveCount(1, {
    timeout: 20_000,
  });
  await window.keyboard.press('Escape');
  const briefings = new BriefingPanel(window);
  await briefings.toggleButton.click();
  await expect(briefings.panel).toBeVisible();
  await briefings.create();
  await briefings.titleField.fill('Desktop export');
  await briefings.titleField.press('Enter');
  await briefings.editor.click();
  await window.keyboard.type('Written in the desktop app.');
  await briefings.expectSaved();

  // The save dialog Electron shows for a download is answered with a path in the temp home.
  const target = join(home, 'desktop-export.pdf');
  await app.evaluate(({ session }, path) => {
    session.defaultSession.once('will-download', (_event, item) => item.setSavePath(path));
  }, target);
  await app.evaluate(({ BrowserWindow, Menu }) => {
    const item = Menu.getApplicationMenu()
      ?.items.flatMap((section) => section.submenu?.items ?? [])
      .find((entry) => entry.label === 'Export briefing as PDF…');
    if (!item) throw new Error('no File ▸ Export briefing as PDF… item');
    item.click(undefined, BrowserWindow.getAllWindows()[0]);
  });
  await expect
    .poll(
      async () => (await readFile(target).catch(() => Buffer.alloc(0))).subarray(0, 5).toString(),
      {
        timeout: 30_000,
      },
    )
    .toBe('%PDF-');
});
