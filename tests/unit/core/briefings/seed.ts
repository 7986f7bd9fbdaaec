// A case with the five seed articles, quotes on them, and editor states built as the editor
// writes them, for the briefing tests.
import { expect } from 'vitest';
import { ParallaxCase } from '../../../../src/main/core/case';
import { openSqlite3 } from '../../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import {
  citationNode,
  headingNode,
  paragraphNode,
  quoteNode,
  rootState,
  textNode,
} from '../../../../src/main/core/briefings/lexicalJson';
import type { BriefingNode, BriefingState } from '../../../../src/shared/briefings/state';
import type { DocumentId, Quote } from '../../../../src/shared/domain';
import { seedFiles, tempCasePath } from '../../helpers/temp';

/** Seed ids in import order: Assahifa (22 Feb), Hespress (19 Feb), undated Arabic, French, APA. */
export const ASSAHIFA = 1 as DocumentId;
export const HESPRESS = 2 as DocumentId;
export const UNDATED_AR = 3 as DocumentId;
export const FRENCH = 4 as DocumentId;
export const APA = 5 as DocumentId;

export async function seededCase(): Promise<{ path: string; parallaxCase: ParallaxCase }> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  return { path, parallaxCase };
}

/** Quotes these exact words of a document (their first occurrence), under the named tags. */
export async function quoteWords(
  parallaxCase: ParallaxCase,
  documentId: DocumentId,
  words: string,
  tags: string[] = [],
): Promise<Quote> {
  const { text } = await parallaxCase.getDocument(documentId);
  const start = text.indexOf(words);
  expect(start, `“${words}” in document ${documentId}`).toBeGreaterThanOrEqual(0);
  const existing = await parallaxCase.tags.list();
  const known = existing.filter((t) => tags.includes(t.name));
  return parallaxCase.quotes.create({
    documentId,
    start,
    end: start + words.length,
    tagIds: known.map((t) => t.id),
    newTags: tags.filter((name) => !known.some((t) => t.name === name)),
  });
}

export const text = textNode;
export const heading = (words: string): BriefingNode => headingNode('h2', words);
export const paragraph = (...children: BriefingNode[]): BriefingNode => paragraphNode(children);
export const mark = (documentId: number, quoteUid: string | null = null): BriefingNode =>
  citationNode(documentId, quoteUid);
export const quoteBlock = (quote: Quote, language: string, words = quote.text): BriefingNode =>
  quoteNode({ quoteUid: quote.uid, documentId: quote.documentId, text: words, language });
export const stateOf = (...blocks: BriefingNode[]): BriefingState => rootState(blocks);

/** The citation index as the deletion guard reads it, sorted. */
export async function citationRows(
  path: string,
): Promise<{ briefing_id: number; quote_uid: string; document_id: number }[]> {
  const raw = await openSqlite3(path, { readonly: true });
  try {
    return (await raw.all(
      'SELECT briefing_id, quote_uid, document_id FROM briefing_citations ORDER BY briefing_id, document_id, quote_uid',
      [],
    )) as { briefing_id: number; quote_uid: string; document_id: number }[];
  } finally {
    await raw.close();
  }
}

/** Runs one statement on the case file behind the app's back (to age rows or damage a quote). */
export async function rawRun(path: string, statement: string, values: (string | number)[] = []) {
  const raw = await openSqlite3(path);
  try {
    await raw.run(statement, values);
  } finally {
    await raw.close();
  }
}
