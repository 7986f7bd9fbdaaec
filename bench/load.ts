// `npm run bench:load`: a case of 100,000 documents, 50,000 quotes and 200 briefings (built once
// into .bench/, see loadCase.ts). Every call a screen makes, through the real handlers with the
// contract's validation and a structured clone of the answer (what IPC does to it), timed against
// 100 ms; then 10,000 more files imported in the same process, in the renderer's chunks, while a
// loop every 50 ms reads the library, searches and opens documents. The main thread's event-loop
// delay over that run is the "no main-process task over 100 ms" figure. Printed, never asserted.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { backupFileName, backupFolder } from '../src/main/core/backup/backups';
import { ParallaxCase } from '../src/main/core/case';
import { openCaseDatabase } from '../src/main/core/db/connection';
import { dispatchCall } from '../src/main/core/dispatch';
import { createHandlers } from '../src/main/core/handlers';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/contract';
import { syntheticDocument } from './corpus';
import { RARE_ARABIC, RARE_FRENCH, ensureLoadCase, type LoadCaseSize } from './loadCase';

const TARGET_MS = 100;
const READ_EVERY_MS = 50;
/** What the renderer sends per importFiles call (runImport.ts's CHUNK_FILES). */
const RENDERER_CHUNK_FILES = 500;

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    quotes: { type: 'string', default: '50000' },
    briefings: { type: 'string', default: '200' },
    extra: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '15' },
    chunk: { type: 'string', default: String(RENDERER_CHUNK_FILES) },
    'skip-import': { type: 'boolean', default: false },
    'skip-screens': { type: 'boolean', default: false },
  },
});
const size: LoadCaseSize = {
  documents: Number(values.documents),
  quotes: Number(values.quotes),
  briefings: Number(values.briefings),
};
const extraFiles = Number(values.extra);
const runs = Number(values.runs);
const chunkFiles = Number(values.chunk);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (value: number): string => value.toFixed(1).padStart(7);

interface Timing {
  times: number[];
  /** The event loop's longest delay over the calls: synchronous work on the main thread. */
  blockedMs?: number;
}

function row(label: string, { times, blockedMs }: Timing, note = ''): void {
  const sorted = [...times].sort((a, b) => a - b);
  const max = sorted.at(-1) ?? NaN;
  const verdict =
    max <= TARGET_MS ? 'ok' : percentile(sorted, 95) <= TARGET_MS ? 'max over' : 'OVER';
  console.log(
    `${label.padEnd(44)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(max)}   ${((max / TARGET_MS) * 100).toFixed(0).padStart(4)}%  ${verdict.padEnd(8)} ${blockedMs === undefined ? '' : ms(blockedMs)}  ${note}`,
  );
}

function header(title: string): void {
  console.log(`\n${title}`);
  console.log(
    `${'call'.padEnd(44)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)}   max/target      main thread blocked, max ms`,
  );
}

const cached = resolve(
  import.meta.dirname,
  '../.bench',
  `load-${size.documents}-${size.quotes}-${size.briefings}.parallax`,
);
const buildStarted = performance.now();
await ensureLoadCase(cached, size);
// Brings the cached case to the current schema once, so working copies open without migrating.
await (await openCaseDatabase(cached)).close();
// The snapshot a migration takes first is of a cache that can be rebuilt: not worth the disk.
await rm(backupFolder(cached), { recursive: true, force: true });
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (figures scale with it)`,
);
console.log(`case ready in ${((performance.now() - buildStarted) / 1000).toFixed(0)} s: ${cached}`);

const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-load-'));
const path = join(dir, 'load.parallax');
await copyFile(cached, path);
// A daily snapshot from a minute ago, so opening the copy does not start one now: this bench
// measures the screens and the import, not the once-a-day backup.
await mkdir(backupFolder(path), { recursive: true });
await writeFile(
  join(backupFolder(path), backupFileName(path, 'daily', new Date(Date.now() - 60_000))),
  '',
);

const progressListeners = new Set<() => void>();
const parallaxCase = await ParallaxCase.open(path, (event) => {
  if (event === 'importProgress') for (const listener of progressListeners) listener();
});
const handlers = createHandlers({
  current: () => parallaxCase,
  nativeMenu: false,
  printer: {
    printPdf: () => Promise.reject(new Error('not printing in this bench')),
    close: async () => undefined,
  },
});

/** One call as a transport makes it: validated, handled, and its answer cloned for the wire. */
async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = (await dispatchCall(handlers, method, input)) as MethodOutput<M>;
  structuredClone(result);
  return result;
}

/** Wall times of `runs` calls, and the longest the main thread was blocked meanwhile. */
async function timed(work: () => Promise<unknown>, count = runs): Promise<Timing> {
  const times: number[] = [];
  const blocked = monitorEventLoopDelay({ resolution: 5 });
  blocked.enable();
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  blocked.disable();
  return { times, blockedMs: blocked.max / 1e6 };
}

try {
  const total = (await call('listDocumentPage', { offset: 0, limit: 1 })).total;
  if (!values['skip-screens']) await timeScreens(total);
  if (!values['skip-import']) await importWhileReading(total);
} finally {
  await parallaxCase.close();
  await rm(dir, { recursive: true, force: true });
}

/** Every call a screen makes, each timed `runs` times. */
async function timeScreens(total: number): Promise<void> {
  const [big] = (
    await call('listDocumentPage', {
      sort: { key: 'chars', descending: true },
      offset: 0,
      limit: 1,
    })
  ).rows;
  const tags = await call('listTags', {});
  const briefings = await call('listBriefings', {});
  const briefingId = briefings[Math.floor(briefings.length / 2)]?.id ?? 1;
  const tagId = tags.find((t) => t.parentId !== null)?.id ?? 1;
  const alignmentPair = [2, 3] as [number, number];
  await call('getAlignment', { documentIds: alignmentPair });
  // The floor under every "blocked" figure: the event loop's delay with nothing to do, which on a
  // shared machine is the time the OS gives other processes.
  const idle = monitorEventLoopDelay({ resolution: 5 });
  idle.enable();
  await new Promise((r) => setTimeout(r, 3_000));
  idle.disable();
  console.log(
    `idle event loop for 3 s: max delay ${ms(idle.max / 1e6)} ms, p99 ${ms(idle.percentile(99) / 1e6)} ms (scheduling noise)`,
  );
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  header(`screens over ${total.toLocaleString('en')} documents (${runs} runs each, all counted)`);
  const page = { offset: 0, limit: 200 };
  row('library: first page (200)', await timed(() => call('listDocumentPage', page)));
  row('library: facets', await timed(() => call('getLibraryFacets', {})));
  row(
    'library: page at row 50,000',
    await timed(() => call('listDocumentPage', { offset: 50_000, limit: 200 })),
  );
  row(
    'library: last page',
    await timed(() => call('listDocumentPage', { offset: total - 200, limit: 200 })),
  );
  for (const key of ['title', 'publishedAt', 'outlet', 'chars'] as const) {
    row(
      `library: sorted by ${key}, asc, row 30,000`,
      await timed(() =>
        call('listDocumentPage', { sort: { key, descending: false }, offset: 30_000, limit: 200 }),
      ),
    );
  }
  row(
    'library: outlet + language filter, by date',
    await timed(() =>
      call('listDocumentPage', {
        filter: { outlet: 'Le Monde', language: 'fr' },
        sort: { key: 'publishedAt', descending: true },
        offset: 0,
        limit: 200,
      }),
    ),
  );
  row(
    'source picker: text filter',
    await timed(() => call('listDocumentPage', { text: 'dossier 4242', offset: 0, limit: 500 })),
  );
  row(
    `getDocument, ${(big?.chars ?? 0).toLocaleString('en')} chars`,
    await timed(() => call('getDocument', { id: big?.id ?? 1 })),
  );
  row('getDocument, a 3 KB one', await timed(() => call('getDocument', { id: 4_242 })));
  for (const [label, query] of [
    ['search: common Arabic (مالي)', 'مالي'],
    ['search: common French (défense)', 'défense'],
    ['search: common English (Mali)', 'Mali'],
    [`search: rare Arabic (${RARE_ARABIC})`, RARE_ARABIC],
    [`search: rare French (${RARE_FRENCH})`, RARE_FRENCH],
    ['search: phrase (coopération militaire)', 'coopération militaire'],
  ] as const) {
    const found = await call('search', { query });
    const hits = `${found.hits.length}${found.truncated ? '+' : ''} hits`;
    row(label, await timed(() => call('search', { query })), hits);
  }
  row('listTags (tree with counts)', await timed(() => call('listTags', {})));
  row(
    'getQuoteTotals (tree: all, untagged, sub-trees)',
    await timed(() => call('getQuoteTotals', {})),
  );
  row(
    'listQuotes filtered by a tag (200)',
    await timed(() =>
      call('listQuotes', { filter: { tagId }, groupBy: 'tag', limit: 200, offset: 0 }),
    ),
  );
  row('getQuoteMatrix by outlet', await timed(() => call('getQuoteMatrix', { by: 'outlet' })));
  row('listBriefings', await timed(() => call('listBriefings', {})));
  row('getBriefing', await timed(() => call('getBriefing', { id: briefingId })));
  row('checkBriefing', await timed(() => call('checkBriefing', { id: briefingId })));
  row(
    'getAlignment (stored pair)',
    await timed(() => call('getAlignment', { documentIds: alignmentPair })),
  );
  loopDelay.disable();
  console.log(
    `event-loop delay over the screens: max ${ms(loopDelay.max / 1e6)} ms, p99 ${ms(loopDelay.percentile(99) / 1e6)} ms`,
  );
}

async function importWhileReading(before: number): Promise<void> {
  const encoder = new TextEncoder();
  const reads = { page: [] as number[], search: [] as number[], document: [] as number[] };
  const stalls: string[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  let phase = 'starting';
  let reading = true;
  let tick = 0;

  // Names the phase of every stall over the target (the phase it began in, and the one it ended
  // in when they differ), so a long task can be traced to its cause.
  let lastBeat = performance.now();
  let phaseAtBeat = phase;
  const beat = setInterval(() => {
    const now = performance.now();
    if (now - lastBeat > TARGET_MS + 20) {
      const during = phase === phaseAtBeat ? phase : `${phaseAtBeat} → ${phase}`;
      stalls.push(`${(now - lastBeat).toFixed(0)} ms in ${during}`);
    }
    lastBeat = now;
    phaseAtBeat = phase;
  }, 20);

  const readLoop = (async () => {
    const queries = ['مالي', 'Bamako', 'défense', 'الساحل', 'militaire'];
    while (reading) {
      const started = performance.now();
      tick++;
      let t = performance.now();
      await call('listDocumentPage', { offset: (tick * 997) % before, limit: 200 });
      reads.page.push(performance.now() - t);
      t = performance.now();
      await call('search', { query: queries[tick % queries.length] ?? 'Mali' });
      reads.search.push(performance.now() - t);
      t = performance.now();
      await call('getDocument', { id: 1 + ((tick * 7_919) % before) });
      reads.document.push(performance.now() - t);
      const wait = READ_EVERY_MS - (performance.now() - started);
      await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    }
  })();

  loopDelay.enable();
  const started = performance.now();
  const snapshotTimes: number[] = [];
  let imported = 0;
  for (let offset = 0; offset < extraFiles; offset += chunkFiles) {
    // The renderer reads files; here they are made, a few at a time so making them (the bench's
    // own work) does not count as a stall of the main process.
    phase = `chunk ${offset / chunkFiles}: bench making files`;
    const files: MethodInput<'importFiles'>['files'] = [];
    for (let k = 0; k < Math.min(chunkFiles, extraFiles - offset); k++) {
      const bytes = encoder.encode(syntheticDocument(offset + k, 7).text);
      files.push({ name: `extra-${offset + k}.txt`, size: bytes.byteLength, bytes });
      if (k % 25 === 24) await new Promise((r) => setImmediate(r));
    }
    phase = `chunk ${offset / chunkFiles}: validating and snapshotting`;
    const chunkStarted = performance.now();
    let firstProgress: number | null = null;
    const off = onFirstProgress(() => {
      firstProgress = performance.now();
      phase = `chunk ${offset / chunkFiles}: importing`;
    });
    const report = await call('importFiles', { jobId: `load/${offset / chunkFiles}`, files });
    off();
    snapshotTimes.push((firstProgress ?? performance.now()) - chunkStarted);
    imported += report.items.filter((item) => item.status === 'imported').length;
  }
  const seconds = (performance.now() - started) / 1000;
  loopDelay.disable();
  reading = false;
  await readLoop;
  clearInterval(beat);

  header(
    `reads every ${READ_EVERY_MS} ms while ${extraFiles.toLocaleString('en')} files import in chunks of ${chunkFiles}`,
  );
  row('library page (200)', { times: reads.page });
  row('search', { times: reads.search });
  row('getDocument', { times: reads.document });
  const snapshotSeconds = snapshotTimes.reduce((a, b) => a + b, 0) / 1000;
  console.log(
    `import: ${imported.toLocaleString('en')} imported in ${seconds.toFixed(1)} s = ${(imported / seconds).toFixed(0)} docs/s; ${snapshotSeconds.toFixed(1)} s of it before each chunk's first progress (the snapshot before each importFiles call); without that, ${(imported / (seconds - snapshotSeconds)).toFixed(0)} docs/s`,
  );
  console.log(
    `main-thread event-loop delay during the import: max ${ms(loopDelay.max / 1e6)} ms (${((loopDelay.max / 1e6 / TARGET_MS) * 100).toFixed(0)}% of ${TARGET_MS} ms), p99 ${ms(loopDelay.percentile(99) / 1e6)} ms, mean ${ms(loopDelay.mean / 1e6)} ms`,
  );
  console.log(
    stalls.length === 0
      ? `no stall over ${TARGET_MS} ms`
      : `stalls over ${TARGET_MS} ms (${stalls.length}):\n  ${stalls.slice(0, 20).join('\n  ')}`,
  );
}

/** Calls `listener` once, at the next importProgress event of the case. */
function onFirstProgress(listener: () => void): () => void {
  let fired = false;
  progressListeners.add(() => {
    if (!fired) {
      fired = true;
      listener();
    }
  });
  return () => progressListeners.clear();
}
