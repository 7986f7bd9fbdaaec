// What a hostile file can and cannot do in the page: Trusted Types with no policy means no string
// ever becomes HTML or script (eval is refused by script-src without 'unsafe-eval', which
// DevTools-driven evaluation cannot show, so it is not tried here); an imported file full of markup, script and bidi overrides shows as
// the literal text it is, and nothing runs.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParallaxCase } from '../../src/main/core/case';
import { sourcesFromUploads } from '../../src/main/core/import/sources';
import { startWebServer } from '../../src/main/web/server';
import { expect, seedFiles, test } from './fixtures';
import { rendererDir } from './global-setup';
import { LibraryPage } from './pages/LibraryPage';
import type { FileToDrop } from './pages/ImportPanel';

const RLO = '\u202E';
const PDF = '\u202C';
const HOSTILE_TEXT = [
  'Bulletin hostile',
  '',
  `<img src=x onerror="alert('img')"><script>alert('script')</script> ` +
    `<a href="javascript:alert('link')">cliquez ici</a> fin du paragraphe.`,
  '',
  `Le code ${RLO}txt.exe${PDF} ne doit pas être retourné à l’écran.`,
].join('\n');

test('the page refuses to turn strings into HTML (Trusted Types with no policy)', async ({
  browser,
  server,
}) => {
  // A page of its own: the shared one fails a test on any CSP report, and these are deliberate.
  const page = await browser.newPage();
  await page.goto(server.url);
  await expect(page.getByRole('banner')).toBeVisible();
  const outcomes = await page.evaluate(() => {
    const attempt = (sink: () => void): string => {
      try {
        sink();
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const div = document.createElement('div');
    return {
      innerHTML: attempt(() => {
        div.innerHTML = '<img src=x onerror=alert(1)>';
      }),
      domParser: attempt(() => new DOMParser().parseFromString('<b>x</b>', 'text/html')),
      createPolicy: attempt(() =>
        (
          window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }
        ).trustedTypes.createPolicy('escape-hatch', { createHTML: (s: string) => s }),
      ),
    };
  });
  expect(outcomes).toEqual({
    innerHTML: 'TypeError',
    domParser: 'TypeError',
    createPolicy: 'TypeError',
  });
  await page.close();
});

test('an imported file of markup, script and bidi overrides is shown literally and runs nothing', async ({
  page,
  imports,
  library,
  documentView,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const file: FileToDrop = { name: 'hostile.txt', bytes: new TextEncoder().encode(HOSTILE_TEXT) };
  await imports.drop([file]);
  await imports.expectReport({ imported: 1 });
  await imports.closeReport();
  await library.open(/Bulletin hostile/);

  const markup = documentView.paragraphs.filter({ hasText: 'cliquez ici' });
  await expect(markup).toContainText(`<script>alert('script')</script>`);
  await expect(markup).toContainText(`<img src=x onerror="alert('img')">`);
  await expect(documentView.region.locator('script, img, a[href^="javascript"]')).toHaveCount(0);

  // The override is a visible mark, and the characters after it keep their logical order.
  const override = documentView.paragraphs.filter({ hasText: 'txt.exe' });
  await expect(override.locator('.bidi-mark')).toHaveText(['⟨RLO⟩', '⟨PDF⟩']);
  await expect(override).toContainText('⟨RLO⟩txt.exe⟨PDF⟩');
  expect(dialogs).toEqual([]);
});

test('a case on read-only storage opens read-only and says so', async ({ browser }) => {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-ro-'));
  const mountPoint = join(dir, 'ro');
  await mkdir(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint], {
      stdio: 'ignore',
    });
  } catch {
    test.skip(true, 'mounting a file system is not permitted on this machine');
  }
  try {
    const casePath = join(mountPoint, 'archive.parallax');
    const made = await ParallaxCase.open(casePath);
    const [seed] = await seedFiles();
    await made.importSources('one', sourcesFromUploads([{ ...seed!, size: seed!.bytes.length }]));
    await made.close();
    execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'ignore' });
    const server = await startWebServer({ casePath, rendererDir });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText(
        'open read-only',
      );
      await expect(new LibraryPage(page).rows).toHaveCount(1);
      await page.close();
    } finally {
      await server.close();
    }
  } finally {
    execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    await rm(dir, { recursive: true, force: true });
  }
});
