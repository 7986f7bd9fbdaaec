// `npm run bench:editor`: typing in a 30-page briefing (≈ 100,000 characters, 300 citation marks,
// 20 quote blocks, mixed Arabic, French and English) in the real editor, in Chromium over the web
// transport. For each keystroke: its work (keydown to the editable's text updated, Lexical's
// update and reconciliation) and its frame (keydown to the frame after it: the wait for the next
// vsync, layout and paint included). Target: under 16 ms per keystroke. Figures printed, never
// asserted.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ParallaxCase } from '../src/main/core/case';
import { sourcesFromUploads } from '../src/main/core/import/sources';
import { startWebServer } from '../src/main/web/server';
import type { BriefingNode, BriefingState } from '../src/shared/briefings/state';
import { launchBenchBrowser } from './browser';

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
const SEEDS_DIR = resolve(import.meta.dirname, '../tests/fixtures/seeds');
const TARGET_MS = 16;
const KEYSTROKES = 120;

const text = (value: string): BriefingNode => ({
  type: 'text',
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
});
const block = (type: string, children: BriefingNode[], extra: object = {}): BriefingNode => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

const SENTENCES = [
  'The joint commission met in Bamako to review the training programme agreed last year.',
  'Les deux délégations ont examiné les modalités de la coopération sécuritaire au Sahel.',
  'أكد الجانبان أهمية تعزيز التعاون العسكري وتبادل الخبرات بين البلدين.',
];

/** About 30 printed pages: 60 sections of five paragraphs, a citation in each, a quote block every third section. */
function longBriefing(
  documentIds: number[],
  quoteUids: { uid: string; documentId: number; text: string }[],
): BriefingState {
  const children: BriefingNode[] = [];
  let citations = 0;
  for (let section = 0; section < 60; section++) {
    children.push(block('heading', [text(`Section ${section + 1}`)], { tag: 'h2' }));
    for (let paragraph = 0; paragraph < 5; paragraph++) {
      const sentence = SENTENCES[(section + paragraph) % SENTENCES.length]!;
      const documentId = documentIds[citations % documentIds.length]!;
      citations++;
      children.push(
        block(
          'paragraph',
          [
            text(`${sentence} ${sentence} ${sentence} `),
            { type: 'parallax-citation', version: 1, documentId, quoteUid: null },
            text(` ${sentence}`),
          ],
          { textFormat: 0, textStyle: '' },
        ),
      );
    }
    if (section % 3 === 0) {
      const quote = quoteUids[section % quoteUids.length]!;
      children.push({
        type: 'parallax-quote',
        version: 1,
        quoteUid: quote.uid,
        documentId: quote.documentId,
        text: quote.text,
        language: 'ar',
      });
    }
  }
  return { root: block('root', children) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-editor-'));
try {
  const casePath = join(dir, 'editor.parallax');
  const parallaxCase = await ParallaxCase.open(casePath);
  const names = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt'));
  const seeds = await Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(SEEDS_DIR, name)) })),
  );
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  const documents = await parallaxCase.listDocuments();
  const arabic = documents.find((d) => d.language === 'ar')!;
  const quote = await parallaxCase.quotes.create({
    documentId: arabic.id,
    start: 0,
    end: 40,
    newTags: ['Bench'],
  });
  const briefing = await parallaxCase.briefings.create({ title: 'Thirty pages' });
  const state = longBriefing(
    documents.map((d) => d.id),
    [{ uid: quote.uid, documentId: quote.documentId, text: quote.text }],
  );
  await parallaxCase.briefings.saveContent(briefing.id, state, { checkpoint: true });
  const characters = JSON.stringify(state).length;
  await parallaxCase.close();

  const server = await startWebServer({ casePath, rendererDir: RENDERER_DIR });
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    // The button, not the shortcut: a key pressed before the app has mounted is lost.
    await page.getByRole('banner').getByRole('button', { name: 'Briefings', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Briefings' });
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Thirty pages' })
      .getByRole('button')
      .first()
      .click();
    const editor = page.getByTestId('briefing-editor');
    await editor.waitFor();
    await page.waitForTimeout(1_000);
    // The caret in the middle of the document, at the end of a paragraph.
    const paragraph = editor.locator('p').nth(150);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await page.keyboard.press('End');
    // The editable's DOM changes in the same task that handles the key: the first mutation after
    // a keydown marks the keystroke's own work done; the frame after it, its painting.
    await editor.evaluate((root) => {
      interface Timing {
        dom: number;
        frame: number;
      }
      const scope = globalThis as unknown as {
        __timings: Timing[];
        addEventListener(type: string, listener: () => void, capture: boolean): void;
        requestAnimationFrame(callback: () => void): void;
        setTimeout(callback: () => void, ms: number): void;
        performance: { now(): number };
        MutationObserver: new (callback: () => void) => {
          observe(target: unknown, options: object): void;
        };
      };
      scope.__timings = [];
      let current: { started: number; dom: number | null } | null = null;
      new scope.MutationObserver(() => {
        if (current && current.dom === null)
          current.dom = scope.performance.now() - current.started;
      }).observe(root, { subtree: true, childList: true, characterData: true });
      scope.addEventListener(
        'keydown',
        () => {
          const entry = { started: scope.performance.now(), dom: null as number | null };
          current = entry;
          scope.requestAnimationFrame(() =>
            scope.setTimeout(() => {
              const frame = scope.performance.now() - entry.started;
              scope.__timings.push({ dom: entry.dom ?? frame, frame });
            }, 0),
          );
        },
        true,
      );
    });
    const typed = ' and the commission will meet again in Rabat next spring';
    for (let k = 0; k < KEYSTROKES; k++) {
      await page.keyboard.type(typed[k % typed.length]!);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(500);
    const timings = await page.evaluate(
      () => (globalThis as unknown as { __timings: { dom: number; frame: number }[] }).__timings,
    );
    // The first keystrokes warm the page up; they are left out.
    const measured = timings.slice(5);
    const dom = measured.map((t) => t.dom).sort((a, b) => a - b);
    const frame = measured.map((t) => t.frame).sort((a, b) => a - b);
    const line = (label: string, values: number[]) =>
      console.log(
        `${label.padEnd(34)} median ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms  max ${values.at(-1)!.toFixed(1)} ms  (target ${TARGET_MS} ms: ${(percentile(values, 95) / TARGET_MS).toFixed(2)}×)`,
      );
    console.log(
      `briefing: ${characters.toLocaleString('en')} characters of editor state, ${KEYSTROKES} keystrokes`,
    );
    line('keystroke → text updated (work)', dom);
    line('keystroke → next frame (paint)', frame);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
