// `npm run bench:export`: a 20-page briefing with 100 citations (Arabic, French and English quotes
// and marks over 30 sources) exported to PDF through the Chromium printer the CLI and the web mode
// use. Prints the median of rendering the HTML, of printing it, and of both (target: under 3 s),
// the first print with the browser's start apart, and the page count. Figures printed, never asserted.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { renderBriefingHtml } from '../src/main/core/export/briefingHtml';
import { briefingPageOptions } from '../src/main/core/export/briefingPdf';
import { createChromiumPrinter, findChromium } from '../src/main/core/export/chromiumPrinter';
import type { BriefingNode } from '../src/shared/briefings/state';
import type {
  BriefingId,
  BriefingSource,
  BriefingView,
  DocumentId,
  QuoteInfo,
} from '../src/shared/domain';
import { random } from './corpus';

const TARGET_MS = 3_000;
const SOURCE_COUNT = 30;
const CITATION_COUNT = 100;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));

const WORDS: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: 'أكد العميد محيب أن التعاون العسكري بين المغرب ومالي سيتعزز خلال الأشهر المقبلة عبر تدريبات مشتركة وتبادل الخبرات في مجال الأمن والحدود'.split(
    ' ',
  ),
  fr: 'La coopération militaire entre le Maroc et le Mali va se renforcer selon le général qui évoque des exercices conjoints et un échange d’expertise'.split(
    ' ',
  ),
  en: 'The two armies will hold joint exercises near Bamako while officers exchange expertise on border security and logistics over the coming months'.split(
    ' ',
  ),
};
const LANGUAGES = ['ar', 'fr', 'en'] as const;

const next = random(11);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const phrase = (language: keyof typeof WORDS, length: number): string =>
  Array.from({ length }, () => pick(WORDS[language])).join(' ');

function textNode(words: string): BriefingNode {
  return { type: 'text', version: 1, text: words, format: 0, style: '', mode: 'normal', detail: 0 };
}

function block(
  type: string,
  children: BriefingNode[],
  extra: Record<string, unknown> = {},
): BriefingNode {
  return { type, version: 1, direction: null, format: '', indent: 0, children, ...extra };
}

/** 30 sources, 100 citations: every third one a quote block, the others marks in the analysis. */
function largeBriefing(): BriefingView {
  const sources: BriefingSource[] = Array.from({ length: SOURCE_COUNT }, (_, index) => {
    const language = LANGUAGES[index % 3]!;
    return {
      documentId: (index + 1) as DocumentId,
      number: index + 1,
      exists: true,
      title: phrase(language, 8),
      outlet: ['Hespress', 'Assahifa', 'Le360', 'AFP', 'APA', 'Reuters'][index % 6]!,
      publishedAt: `2024-03-${String((index % 28) + 1).padStart(2, '0')}`,
      language,
      fileName: `source-${index + 1}.txt`,
      fingerprint: (0x1000_0000 + index * 7919).toString(16).slice(0, 8),
    };
  });
  const quotes: Record<string, QuoteInfo> = {};
  const children: BriefingNode[] = [];
  let cited = 0;
  for (let section = 1; cited < CITATION_COUNT; section++) {
    children.push(block('heading', [textNode(`Section ${section}: assessment`)], { tag: 'h2' }));
    for (let part = 0; part < 3 && cited < CITATION_COUNT; part++, cited++) {
      // Sources in order first (so all 30 are numbered early), then any of them again.
      const source = cited < SOURCE_COUNT ? sources[cited]! : pick(sources);
      if (cited % 3 === 0) {
        const uid = `bench-quote-${String(cited).padStart(4, '0')}`;
        const words = phrase(source.language as keyof typeof WORDS, 25 + Math.floor(next() * 25));
        quotes[uid] = {
          uid,
          exists: true,
          documentId: source.documentId,
          text: words,
          language: source.language,
          matchesSource: true,
        };
        children.push({
          type: 'parallax-quote',
          version: 1,
          quoteUid: uid,
          documentId: source.documentId,
          text: words,
          language: source.language,
        });
      }
      children.push(
        block('paragraph', [
          textNode(`${phrase('en', 33)} `),
          { type: 'parallax-citation', version: 1, documentId: source.documentId, quoteUid: null },
          textNode(`. ${phrase('en', 30)}.`),
        ]),
      );
    }
  }
  return {
    briefing: {
      id: 1 as BriefingId,
      uid: 'bench-briefing',
      title: 'Morocco–Mali military cooperation: weekly assessment',
      author: 'Bench',
      handling: 'UNCLASSIFIED // FOR INTERNAL USE',
      language: 'en',
      createdAt: '2026-11-25T00:00:00.000Z',
      updatedAt: '2026-11-25T00:00:00.000Z',
      citationCount: CITATION_COUNT,
      content: { root: block('root', children) },
    },
    sources,
    quotes,
    exportedAt: new Date().toISOString(),
  };
}

const median = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;

const view = largeBriefing();
const printer = createChromiumPrinter({ executablePath: findChromium(process.env) });
const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-export-'));
try {
  const renderTimes: number[] = [];
  const printTimes: number[] = [];
  const totals: number[] = [];
  let firstPrint = 0;
  let firstRender = 0;
  let pdf: Uint8Array = new Uint8Array();
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const html = renderBriefingHtml(view);
    const rendered = performance.now();
    pdf = await printer.printPdf(html, briefingPageOptions(view));
    const printed = performance.now();
    // The first run also starts the browser: reported on its own, left out of the medians.
    if (run === 0) {
      firstPrint = printed - started;
      firstRender = rendered - started;
      continue;
    }
    renderTimes.push(rendered - started);
    printTimes.push(printed - rendered);
    totals.push(printed - started);
  }
  const path = join(dir, 'briefing.pdf');
  await writeFile(path, pdf);
  const info = (await promisify(execFile)('pdfinfo', [path])).stdout;
  const pages = /Pages:\s+(\d+)/.exec(info)?.[1] ?? '?';
  const total = median(totals);
  console.log(
    `briefing          ${CITATION_COUNT} citations, ${SOURCE_COUNT} sources, ${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB PDF`,
  );
  console.log(`render HTML       median ${ms(median(renderTimes))}   (${runs} runs)`);
  console.log(`print PDF         median ${ms(median(printTimes))}`);
  console.log(
    `total             median ${ms(total)}   (target < ${TARGET_MS} ms: at ${((total / TARGET_MS) * 100).toFixed(0)}%)`,
  );
  console.log(
    `first export      ${ms(firstPrint)}   (starts Chromium; its HTML took ${firstRender.toFixed(0)} ms, reading the fonts)`,
  );
} finally {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
}
