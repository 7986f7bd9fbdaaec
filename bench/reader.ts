// `npm run bench:reader`: opens two ~2,000-sentence documents (a French text and its English
// translation, real articles from the gold sets) side by side in the built renderer, in Chromium, over the
// web transport, and prints how long the alignment took to arrive, how long the first screen took
// after that (target < 300 ms), and whether scrolling to the end keeps the DOM small.
// Figures are printed, never asserted. Run `npm run build` first.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ParallaxCase } from '../src/main/core/case';
import { sourcesFromPaths } from '../src/main/core/import/sources';
import { startWebServer } from '../src/main/web/server';
import { loadGoldSets, prepareSet } from './align/gold';
import { launchBenchBrowser } from './browser';

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
const FIRST_SCREEN_TARGET_MS = 300;
const MARKS = {
  opened: 'reader:opened',
  alignmentReady: 'reader:alignment-ready',
  firstScreen: 'reader:first-screen',
};

/**
 * A French text and its English translation of about `sentences` sentences: the fr–en gold sets'
 * real articles (translations with sentences merged, split and left out) joined one after another.
 */
function goldPair(sentences: number): { fr: string; en: string } {
  const fr: string[] = ['Coopération militaire : le bilan complet de la mission'];
  const en: string[] = ['Military cooperation: the full record of the mission'];
  const sets = loadGoldSets().filter((set) => set.pair === 'fr-en');
  let written = 0;
  for (let k = 0; written < sentences; k++) {
    const prepared = prepareSet(sets[k % sets.length]!);
    fr.push(prepared.set.textA.trim());
    en.push(prepared.set.textB.trim());
    written += prepared.a.sentences.length;
  }
  return { fr: `${fr.join('\n\n')}\n`, en: `${en.join('\n\n')}\n` };
}

const PAIR_TITLES = [/Coopération militaire/, /Military cooperation/];

interface Timings {
  layout: string;
  alignmentMs: number;
  firstScreenMs: number;
}

async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark, 'mark').at(-1)?.startTime ?? Number.NaN,
    name,
  );
}

async function openReader(page: Page): Promise<Timings> {
  const library = page.getByRole('region', { name: 'Library' });
  for (const title of PAIR_TITLES) {
    await library.getByRole('row').filter({ hasText: title }).getByRole('checkbox').check();
  }
  await library.getByRole('button', { name: 'Read side by side' }).click();
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    MARKS.firstScreen,
    { timeout: 120_000 },
  );
  const opened = await markTime(page, MARKS.opened);
  const ready = await markTime(page, MARKS.alignmentReady);
  const firstScreen = await markTime(page, MARKS.firstScreen);
  const layout =
    (await page.getByRole('group', { name: 'Parallel text' }).getAttribute('data-layout')) ??
    'unknown';
  return { layout, alignmentMs: ready - opened, firstScreenMs: firstScreen - ready };
}

async function closeReader(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← Back to library' }).click();
  // Unticks the pair so the next open selects exactly it again.
  const library = page.getByRole('region', { name: 'Library' });
  for (const title of PAIR_TITLES) {
    await library.getByRole('row').filter({ hasText: title }).getByRole('checkbox').uncheck();
  }
}

/** The few browser globals the page-side code needs (this file is type-checked without the DOM). */
interface ScrollList {
  scrollTop: number;
  scrollHeight: number;
  getAttribute(name: string): string | null;
}
interface BrowserGlobals {
  document: {
    querySelectorAll(selector: string): ArrayLike<unknown> & Iterable<unknown>;
  };
  requestAnimationFrame(callback: () => void): number;
}

/** Scrolls each scrolling list of the reader to its end and reports the most DOM items seen. */
async function scrollToEnd(page: Page): Promise<{ items: number; maxInDom: number }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    const browser = globalThis as unknown as BrowserGlobals;
    const items = '.reader-rows [role="row"], .reader-column [role="listitem"]';
    const lists = [
      ...browser.document.querySelectorAll('.reader-rows, .reader-column'),
    ] as ScrollList[];
    let maxInDom = browser.document.querySelectorAll(items).length;
    for (const list of lists) {
      for (let step = 0; step < 40; step++) {
        list.scrollTop = (list.scrollHeight * (step + 1)) / 40;
        for (let f = 0; f < 2; f++) {
          await new Promise((done) => browser.requestAnimationFrame(() => done(null)));
        }
        maxInDom = Math.max(maxInDom, browser.document.querySelectorAll(items).length);
      }
    }
    const total = lists.reduce(
      (sum, list) => sum + Number(list.getAttribute('aria-rowcount') ?? 0),
      0,
    );
    return { items: total, maxInDom };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sentences: { type: 'string', default: '2000' },
      runs: { type: 'string', default: '5' },
    },
  });
  const sentences = Number(values.sentences);
  const runs = Math.max(1, Number(values.runs));
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(`No built renderer in ${RENDERER_DIR}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-reader-'));
  const casePath = join(dir, 'reader.parallax');
  try {
    const { fr, en } = goldPair(sentences);
    await writeFile(join(dir, 'mission-fr.txt'), fr);
    await writeFile(join(dir, 'mission-en.txt'), en);
    const parallaxCase = await ParallaxCase.open(casePath);
    const report = await parallaxCase.importSources(
      'bench',
      await sourcesFromPaths([join(dir, 'mission-fr.txt'), join(dir, 'mission-en.txt')]),
    );
    const docs = await parallaxCase.listDocuments();
    const counts = await Promise.all(
      docs.map(async (d) => {
        const detail = await parallaxCase.getDocument(d.id);
        return `${d.language} ${detail.segments.filter((s) => s.kind === 'sentence').length}`;
      }),
    );
    await parallaxCase.close();
    const imported = report.items.filter((i) => i.status === 'imported').length;
    console.log(`documents         ${imported} imported (sentences: ${counts.join(', ')})`);

    const server = await startWebServer({ casePath, rendererDir: RENDERER_DIR });
    const browser = await launchBenchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page.getByRole('region', { name: 'Library' }).getByRole('row').nth(2).waitFor();

      const cold = await openReader(page);
      console.log(`layout            ${cold.layout}`);
      console.log(
        `first open        alignment ready after ${cold.alignmentMs.toFixed(0)} ms (computed), first screen ${cold.firstScreenMs.toFixed(0)} ms after it`,
      );
      const scrolled = await scrollToEnd(page);
      console.log(
        `scroll to end     at most ${scrolled.maxInDom} items in the DOM for ${scrolled.items} rows (${scrolled.maxInDom < 200 ? 'bounded: virtualised' : 'NOT bounded'})`,
      );

      const warm: Timings[] = [];
      for (let run = 0; run < runs; run++) {
        await closeReader(page);
        warm.push(await openReader(page));
      }
      const firstScreen = median(warm.map((t) => t.firstScreenMs));
      console.log(
        `reopen (×${runs})      alignment ready after ${median(warm.map((t) => t.alignmentMs)).toFixed(0)} ms (stored), first screen ${firstScreen.toFixed(0)} ms after it (median)`,
      );
      const worst = Math.max(cold.firstScreenMs, ...warm.map((t) => t.firstScreenMs));
      console.log(
        `first screen      median ${firstScreen.toFixed(0)} ms, worst ${worst.toFixed(0)} ms   (target < ${FIRST_SCREEN_TARGET_MS} ms; median at ${((firstScreen / FIRST_SCREEN_TARGET_MS) * 100).toFixed(0)}% of it)`,
      );

      // The same pair read as comparable accounts: every column scrolls and is virtualised.
      await page.getByLabel('Mode', { exact: true }).selectOption('comparable');
      await page.locator('[data-layout="comparable"]').first().waitFor({ timeout: 120_000 });
      const comparable = await scrollToEnd(page);
      console.log(
        `comparable        at most ${comparable.maxInDom} blocks in the DOM while scrolling both columns to the end`,
      );
      await page.getByLabel('Mode', { exact: true }).selectOption('auto');
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
