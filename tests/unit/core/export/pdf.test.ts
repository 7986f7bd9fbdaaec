// Real PDFs: printed by a local Chromium through the same printer the CLI and the web mode use,
// then read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm). Page 1 is kept as a PNG
// in test-results/ for people to look at. The browser sees no system Noto fonts, so the Noto faces
// found in the PDFs can only be the ones the page embeds.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printBriefingPdf } from '../../../../src/main/core/export/briefingPdf';
import {
  createChromiumPrinter,
  findChromium,
} from '../../../../src/main/core/export/chromiumPrinter';
import type { PdfPrinter } from '../../../../src/main/core/export/printer';
import {
  ARABIC_QUOTE,
  ENGLISH_QUOTE,
  heading,
  paragraph,
  text,
  threeSourceView,
} from './briefingViews';

const run = promisify(execFile);
const ARTEFACTS = resolve(import.meta.dirname, '../../../../test-results/export');
/** The only system fonts the browser may see: so any Noto font in a PDF is one the page embedded. */
const SYSTEM_FONTS = '/usr/share/fonts/truetype/dejavu';

let printer: PdfPrinter;
let fontTemp: string;

beforeAll(async () => {
  if (!existsSync(SYSTEM_FONTS))
    throw new Error(`These tests need the DejaVu fonts in ${SYSTEM_FONTS}.`);
  fontTemp = await mkdtemp(join(tmpdir(), 'parallax-fonts-'));
  const config = join(fontTemp, 'fonts.conf');
  await writeFile(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${SYSTEM_FONTS}</dir>` +
      `<cachedir>${join(fontTemp, 'cache')}</cachedir></fontconfig>\n`,
  );
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  printer = createChromiumPrinter({
    executablePath: findChromium(process.env),
    env: { ...env, FONTCONFIG_FILE: config },
  });
});

afterAll(async () => {
  await printer.close();
  await rm(fontTemp, { recursive: true, force: true });
});

async function tool(command: string, ...args: string[]): Promise<string> {
  return (await run(command, args, { maxBuffer: 32 * 1024 * 1024 })).stdout;
}

/** pdftotext's words as a reader would compare them: no bidi marks, presentation forms folded. */
function comparable(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, '').normalize('NFKC');
}

async function printToFile(
  name: string,
  view: Parameters<typeof printBriefingPdf>[0],
): Promise<string> {
  await mkdir(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, name);
  await writeFile(path, await printBriefingPdf(view, printer));
  return path;
}

/** Enough analyst text after the three citations to fill several A4 pages. */
function filler(paragraphs: number): ReturnType<typeof paragraph>[] {
  return Array.from({ length: paragraphs }, (_, index) =>
    paragraph(
      text(
        `Assessment ${index + 1}. ` +
          'The cooperation covers training, logistics and joint patrols along the border. '.repeat(
            6,
          ),
      ),
    ),
  );
}

describe('printBriefingPdf with the Chromium printer', () => {
  it('prints a multi-page briefing that reads back with its marks, sources, page numbers and Arabic', async () => {
    const path = await printToFile(
      'briefing.pdf',
      threeSourceView([heading('h2', 'Assessment'), ...filler(40)]),
    );
    const pages = Number(/Pages:\s+(\d+)/.exec(await tool('pdfinfo', path))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);

    const words = comparable(await tool('pdftotext', path, '-'));
    expect(words).toContain('Morocco–Mali military cooperation');
    expect(words).toContain('UNCLASSIFIED // FOR INTERNAL USE');
    expect(words).toContain('Date: November 25, 2026 · Author: A. Analyst');
    const body = words.slice(0, words.indexOf('Sources\n'));
    const marks = [...body.matchAll(/\[(\d)\]/g)].map((match) => match[1]);
    expect(marks).toEqual(['1', '2', '3']);
    expect(body).toContain(ENGLISH_QUOTE);
    for (const word of ARABIC_QUOTE.split(' ')) expect(body).toContain(word);
    expect(body).toContain(ARABIC_QUOTE);

    const sources = words.slice(words.lastIndexOf('Sources\n'));
    for (const expected of [
      'Hespress',
      'AFP',
      'APA',
      '2024-03-12',
      '2024-03-13',
      '2024-03-14',
      'hespress-mali.txt',
      '3f2a9c01',
    ]) {
      expect(sources).toContain(expected);
    }
    expect(sources).toContain('المغرب ومالي يعززان التعاون العسكري');

    // Each page carries the handling line in its header and "Page n of N" in its footer.
    for (let page = 1; page <= pages; page++) {
      const pageText = await tool('pdftotext', '-f', String(page), '-l', String(page), path, '-');
      expect(pageText).toContain(`Page ${page} of ${pages}`);
      expect(pageText).toContain('UNCLASSIFIED // FOR INTERNAL USE');
    }
  });

  it('embeds Noto Serif and Noto Naskh Arabic and renders page 1 to a PNG artefact', async () => {
    const path = await printToFile('briefing-fonts.pdf', threeSourceView());
    const fonts = (await tool('pdffonts', path))
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    const embedded = (family: string): boolean =>
      fonts.some((line) => line.includes(family) && /\byes\s+yes\s+yes\b/.test(line));
    expect(embedded('NotoSerif-Regular')).toBe(true);
    expect(embedded('NotoSerif-Bold')).toBe(true);
    expect(embedded('NotoNaskhArabic-Regular')).toBe(true);
    expect(fonts.every((line) => /\s(yes)\s+\S+\s+\S+\s+\d+\s+\d+\s*$/.test(line))).toBe(true);

    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      path,
      join(ARTEFACTS, 'briefing-page'),
    ]);
    const png = await stat(join(ARTEFACTS, 'briefing-page-1.png'));
    expect(png.size).toBeGreaterThan(10_000);
  });

  it('prints an Arabic briefing right-to-left with its Arabic labels', async () => {
    const view = threeSourceView([], 'ar');
    view.briefing.title = 'التعاون العسكري بين المغرب ومالي';
    const path = await printToFile('briefing-ar.pdf', view);
    const words = comparable(await tool('pdftotext', path, '-'));
    expect(words).toContain('التعاون العسكري بين المغرب ومالي');
    expect(words).toContain('المصادر');
    expect(words).toContain(ARABIC_QUOTE);
  });

  it('never lets the printed page reach a network or run a script', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.end('body{}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html =
        `<html><head><link rel="stylesheet" href="${base}/style.css"></head><body>` +
        `<p id="text">static words</p><img src="${base}/pixel.png">` +
        `<script>document.getElementById('text').textContent = 'script ran'; fetch('${base}/beacon');</script>` +
        `<iframe src="${base}/frame"></iframe></body></html>`;
      const pdf = await printer.printPdf(html, {
        headerTemplate: '<span></span>',
        footerTemplate: '<span></span>',
        margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
        format: 'A4',
      });
      const path = join(ARTEFACTS, 'hostile.pdf');
      await writeFile(path, pdf);
      const words = await tool('pdftotext', path, '-');
      expect(words).toContain('static words');
      expect(words).not.toContain('script ran');
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
