// Each test gets a fresh temporary case behind its own web server, a page already open on it,
// and a guard that fails the test if the page sends any request off 127.0.0.1 or hits an error.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebServer } from '../../src/main/web/server';
import { rendererDir } from './global-setup';
import { DocumentPage } from './pages/DocumentPage';
import { ImportPanel, type FileToDrop } from './pages/ImportPanel';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { SearchPanel } from './pages/SearchPanel';

const seedsDir = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));

/** The five seed articles, in file-name order, as a user would drop them. */
export async function seedFiles(): Promise<FileToDrop[]> {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(seedsDir, name)) })),
  );
}

/** The running server and its case file (tests set up what no UI makes yet straight in it). */
type WebServer = Awaited<ReturnType<typeof startWebServer>> & { casePath: string };

interface ParallaxFixtures {
  server: WebServer;
  library: LibraryPage;
  documentView: DocumentPage;
  search: SearchPanel;
  imports: ImportPanel;
  reader: ReaderPage;
}

function isLocal(address: string): boolean {
  const url = new URL(address);
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname === '127.0.0.1';
}

export const test = base.extend<ParallaxFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  server: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-e2e-'));
    const casePath = join(dir, 'e2e.parallax');
    const server = await startWebServer({ casePath, rendererDir });
    try {
      await use(Object.assign(server, { casePath }));
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },

  page: async ({ page, server }, use) => {
    const offHost: string[] = [];
    const pageErrors: string[] = [];
    page.context().on('request', (request) => {
      if (!isLocal(request.url())) offHost.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        /Content Security Policy|Refused to|Trusted(Script|HTML|ScriptURL)/i.test(message.text())
      ) {
        pageErrors.push(message.text());
      }
    });
    await page.goto(server.url);
    await use(page);
    expect(offHost, 'requests that left 127.0.0.1').toEqual([]);
    expect(pageErrors, 'errors in the page').toEqual([]);
  },

  library: async ({ page }, use) => use(new LibraryPage(page)),
  documentView: async ({ page }, use) => use(new DocumentPage(page)),
  search: async ({ page }, use) => use(new SearchPanel(page)),
  imports: async ({ page }, use) => use(new ImportPanel(page)),
  reader: async ({ page }, use) => use(new ReaderPage(page)),
});

/** Drops the five seeds, waits for the report, closes it. */
export async function importSeeds(page: Page): Promise<void> {
  const imports = new ImportPanel(page);
  await imports.drop(await seedFiles());
  await imports.expectReport({ imported: 5 });
  await imports.closeReport();
}

export { expect };
