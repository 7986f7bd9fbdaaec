// `npm run bench:quotes`: a case of 100,000 documents and 50,000 quotes under 60 tags (a tree);
// how long the quote browser's query takes filtered by a tag (target: the browser opens filtered
// in under 100 ms), by text, and the matrix; and how long a document with 2,000 quotes takes to
// load its quotes; then, in Chromium, from choosing a tag in the tree to its quotes painted.
// Figures printed, never asserted.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ParallaxCase } from '../src/main/core/case';
import { openCaseDatabase } from '../src/main/core/db/connection';
import { sql } from '../src/main/core/db/sql';
import type { ImportSource } from '../src/main/core/import/sources';
import { insertValidatedQuote } from '../src/main/core/quotes/quotes';
import { startWebServer } from '../src/main/web/server';
import type { DocumentId, TagId } from '../src/shared/domain';
import { random, syntheticDocument } from './corpus';
import { launchBenchBrowser } from './browser';

const TARGET_MS = 100;
const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');

/**
 * The quote browser in Chromium over the web transport: choose tags in the tree one after
 * another and read the renderer's marks from the click to the painted rows.
 */
async function browserFilterTimes(casePath: string, runs: number): Promise<number[]> {
  const server = await startWebServer({ casePath, rendererDir: RENDERER_DIR });
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Quotes', exact: true }).click();
    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem').first().waitFor();
    const names = [...Array(runs + 1).keys()].map((k) => `Topic ${k % 10}.${k % 5}`);
    const times: number[] = [];
    for (const [k, name] of names.entries()) {
      await page.evaluate(() => performance.clearMarks());
      await tree
        .getByRole('treeitem', { name: new RegExp(`^${name}\\b`) })
        .first()
        .click();
      await page.waitForFunction(() => performance.getEntriesByName('quotes:filtered').length > 0);
      const ms = await page.evaluate(() => {
        const [start] = performance.getEntriesByName('quotes:filter-requested');
        const [end] = performance.getEntriesByName('quotes:filtered');
        return (end?.startTime ?? NaN) - (start?.startTime ?? NaN);
      });
      if (k > 0) times.push(ms);
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
    await server.close();
  }
}
const encoder = new TextEncoder();

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    quotes: { type: 'string', default: '50000' },
  },
});
const documentCount = Number(values.documents);
const quoteCount = Number(values.quotes);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    await work();
    if (run > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-quotes-'));
try {
  const path = join(dir, 'quotes.parallax');
  const parallaxCase = await ParallaxCase.open(path);
  const sources = Array.from({ length: documentCount }, (_, index): ImportSource => ({
    name: `synthetic-${index}.txt`,
    size: 0,
    read: async () => encoder.encode(syntheticDocument(index).text),
  }));
  let started = performance.now();
  await parallaxCase.importSources('bench', sources);
  console.log(
    `documents         ${documentCount} imported in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  // 10 top tags with 5 children each; quotes spread over documents, one document gets 2,000.
  const tags: TagId[] = [];
  for (let top = 0; top < 10; top++) {
    const parent = await parallaxCase.tags.create({ name: `Theme ${top}` });
    tags.push(parent.id);
    for (let child = 0; child < 5; child++) {
      tags.push(
        (await parallaxCase.tags.create({ name: `Topic ${top}.${child}`, parentId: parent.id })).id,
      );
    }
  }
  await parallaxCase.close();

  const db = await openCaseDatabase(path);
  const next = random(7);
  const busyDocument = 1 as DocumentId;
  const texts = new Map<number, string>();
  const textOf = async (id: number): Promise<string> => {
    let text = texts.get(id);
    if (text === undefined) {
      const row = await db.reader.get<{ text: string }>(
        sql`SELECT text FROM document_texts WHERE document_id = ${id}`,
      );
      text = row?.text ?? '';
      texts.set(id, text);
    }
    return text;
  };
  started = performance.now();
  const batch = 5_000;
  for (let done = 0; done < quoteCount; done += batch) {
    await db.transaction(async (tx) => {
      for (let k = done; k < Math.min(quoteCount, done + batch); k++) {
        const documentId = k < 2_000 ? busyDocument : 1 + Math.floor(next() * documentCount);
        const text = await textOf(documentId);
        const start = Math.floor(next() * Math.max(1, text.length - 80));
        const end = Math.min(text.length, start + 10 + Math.floor(next() * 70));
        const tagIds = [tags[Math.floor(next() * tags.length)] as TagId];
        if (next() < 0.3) tagIds.push(tags[Math.floor(next() * tags.length)] as TagId);
        await insertValidatedQuote(tx, {
          documentId: documentId as DocumentId,
          start,
          end,
          tagIds: [...new Set(tagIds)],
        });
      }
    });
  }
  console.log(
    `quotes            ${quoteCount} stored in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  await db.close();

  const reopened = await ParallaxCase.open(path);
  const byTag = await timed(20, () =>
    reopened.quotes.list(
      { tagId: tags[Math.floor(next() * tags.length)] },
      { groupBy: 'tag', limit: 200 },
    ),
  );
  const top = await timed(10, () =>
    reopened.quotes.list({ tagId: tags[0] }, { groupBy: 'document', limit: 200 }),
  );
  const byText = await timed(10, () => reopened.quotes.list({ text: 'Mali' }, { limit: 200 }));
  const matrix = await timed(5, () => reopened.quotes.matrix('outlet'));
  const tagList = await timed(10, () => reopened.tags.list());
  const busy = await timed(10, () => reopened.quotes.ofDocument(busyDocument));
  const line = (label: string, times: number[], target?: number): void =>
    console.log(
      `${label.padEnd(34)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms${target ? `   (target < ${target} ms: p95 at ${((percentile(times, 95) / target) * 100).toFixed(0)}%)` : ''}`,
    );
  line('filtered by a tag (200 rows)', byTag, TARGET_MS);
  line('top tag with sub-tags, by document', top, TARGET_MS);
  line('words inside quotes ("Mali")', byText);
  line('tag × outlet matrix', matrix);
  line('tag tree with counts', tagList);
  line('2,000 quotes of one document', busy);
  await reopened.close();

  if (existsSync(join(RENDERER_DIR, 'index.html'))) {
    const painted = await browserFilterTimes(path, 10);
    line('in Chromium: tag chosen → painted', painted, TARGET_MS);
  } else {
    console.log('in Chromium: skipped (no built renderer: run `npm run build` first)');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
