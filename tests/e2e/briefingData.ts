// Data the briefing tests set up or read back through the web transport: seeds, quotes on their
// words, briefings with given content, and the text a PDF holds.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { call, listAllDocuments, type Server } from './api';
import { BriefingPanel } from './pages/BriefingPanel';

export const run = promisify(execFile);

export async function seed(server: Server, prefix: string) {
  const documents = await listAllDocuments(server);
  const doc = documents.find((d) => d.fileName.startsWith(prefix));
  if (!doc) throw new Error(`no seed ${prefix}`);
  return doc;
}

export async function quoteWords(server: Server, prefix: string, words: string, tagIds: number[]) {
  const doc = await call(server, 'getDocument', { id: (await seed(server, prefix)).id });
  const start = doc.text.indexOf(words);
  expect(start, `“${words}” in ${prefix}`).toBeGreaterThanOrEqual(0);
  return call(server, 'createQuote', {
    documentId: doc.id,
    start,
    end: start + words.length,
    tagIds,
  });
}

/** A paragraph holding some text and then a citation mark to a document. */
export function citingParagraph(text: string, documentId: number) {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      {
        type: 'text',
        version: 1,
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
        text: `${text} `,
      },
      { type: 'parallax-citation', version: 1, documentId, quoteUid: null },
    ],
  };
}

export async function briefingWithParagraphs(
  server: Server,
  title: string,
  paragraphs: ReturnType<typeof citingParagraph>[],
) {
  const briefing = await call(server, 'createBriefing', { title });
  await call(server, 'saveBriefingContent', {
    id: briefing.id,
    content: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: paragraphs,
      },
    },
  });
  return briefing;
}

export async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout;
}

export async function briefingText(server: Server, id: number): Promise<string> {
  const briefing = await call(server, 'getBriefing', { id });
  return JSON.stringify(briefing.content);
}

export const TAG = 'Coopération militaire';
export const ASSAHIFA_WORDS = 'العميد عبد الغني مهيب';
export const APA_WORDS = 'joint defence commission';

export async function openNewBriefing(page: Page): Promise<BriefingPanel> {
  const briefings = new BriefingPanel(page);
  await briefings.show();
  await briefings.create();
  return briefings;
}
