// The case `npm run bench:load` reads: 100,000 synthetic documents with outlets and dates spread
// over two years, one 1 MB Arabic document, 50,000 quotes under a 60-tag tree, 200 briefings
// citing them and one stored alignment. Built once (minutes) and kept under .bench/.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  citationNode,
  headingNode,
  paragraphNode,
  quoteNode,
  rootState,
  textNode,
} from '../src/main/core/briefings/lexicalJson';
import { ParallaxCase } from '../src/main/core/case';
import { openCaseDatabase } from '../src/main/core/db/connection';
import { refreshLookupKeys } from '../src/main/core/db/queries/lookupKey';
import { sql } from '../src/main/core/db/sql';
import type { ImportSource } from '../src/main/core/import/sources';
import { insertValidatedQuote } from '../src/main/core/quotes/quotes';
import type { BriefingNode } from '../src/shared/briefings/state';
import type { DocumentId, TagId } from '../src/shared/domain';
import { random, syntheticDocument } from './corpus';

export interface LoadCaseSize {
  documents: number;
  quotes: number;
  briefings: number;
}

/** Words that occur once in the whole case, for the rare-word searches. */
export const RARE_ARABIC = 'قرنفلستان';
export const RARE_FRENCH = 'cornichonnerie';
/** Size of the one big Arabic document (the last imported), for the big-document read. */
export const BIG_DOCUMENT_CHARS = 1_000_000;

const OUTLETS = [
  'هسبريس',
  'الصحيفة',
  'العربي الجديد',
  'الشرق الأوسط',
  'الجزيرة نت',
  'Le Monde',
  'Jeune Afrique',
  'RFI',
  'Le360',
  'Médias24',
  'AFP',
  'APA News',
  'Reuters',
  'The Guardian',
  'Morocco World News',
  'Sahel Intelligence',
  'Maliweb',
  'Le Républicain',
  'Studio Tamani',
  'North Africa Post',
];

const encoder = new TextEncoder();

function bigArabicDocument(): string {
  const parts: string[] = [`ملف كبير ${RARE_ARABIC}`];
  let length = 0;
  for (let index = 0; length < BIG_DOCUMENT_CHARS; index += 3) {
    const { text } = syntheticDocument(index, 99);
    parts.push(text);
    length += text.length;
  }
  return parts.join('\n\n');
}

function sourcesFor(size: LoadCaseSize): ImportSource[] {
  const sources = Array.from({ length: size.documents - 1 }, (_, index): ImportSource => {
    const french = index === 1;
    return {
      name: `synthetic-${index}.txt`,
      size: 0,
      read: async () => {
        const { text } = syntheticDocument(index);
        return encoder.encode(french ? `${text}\nUne ${RARE_FRENCH} de plus.` : text);
      },
    };
  });
  sources.push({
    name: 'big-arabic.txt',
    size: 0,
    read: async () => encoder.encode(bigArabicDocument()),
  });
  return sources;
}

function briefingState(
  index: number,
  quotes: { uid: string; documentId: number; text: string; language: string }[],
): ReturnType<typeof rootState> {
  const blocks: BriefingNode[] = [headingNode('h2', `Section ${index}`)];
  for (const [k, quote] of quotes.entries()) {
    blocks.push(
      paragraphNode([
        textNode(`Point ${k + 1} of briefing ${index}, as the source reports `),
        citationNode(quote.documentId, quote.uid),
        textNode('.'),
      ]),
    );
    if (k % 2 === 0) blocks.push(quoteNode({ quoteUid: quote.uid, ...quote }));
  }
  const whole = quotes[0];
  if (whole)
    blocks.push(paragraphNode([textNode('See also '), citationNode(whole.documentId, null)]));
  return rootState(blocks);
}

async function addQuotes(path: string, size: LoadCaseSize, tags: TagId[]): Promise<void> {
  const db = await openCaseDatabase(path);
  const next = random(7);
  const batch = 5_000;
  try {
    for (let done = 0; done < size.quotes; done += batch) {
      await db.transaction(async (tx) => {
        for (let k = done; k < Math.min(size.quotes, done + batch); k++) {
          const documentId = 1 + Math.floor(next() * (size.documents - 1));
          const start = Math.floor(next() * 2_500);
          const tagIds = [tags[Math.floor(next() * tags.length)] as TagId];
          if (next() < 0.3) tagIds.push(tags[Math.floor(next() * tags.length)] as TagId);
          await insertValidatedQuote(tx, {
            documentId: documentId as DocumentId,
            start,
            end: start + 10 + Math.floor(next() * 70),
            tagIds: [...new Set(tagIds)],
          });
        }
      });
    }
    // Outlets for 95% of the documents and dates over two years, so facets, filters and sorts
    // work on realistic spreads rather than on one null value.
    await db.transaction((tx) =>
      tx.run(sql`
        UPDATE documents SET
          outlet = CASE WHEN id % 20 = 0 THEN NULL
            ELSE (SELECT value FROM json_each(${sql.json(OUTLETS)}) WHERE key = id * 7 % ${OUTLETS.length}) END,
          published_at = date('2024-01-01', '+' || (id * 7919 % 730) || ' days')`),
    );
    // Outlets set behind the app's back: the keys typed words find documents by follow them.
    await db.transaction((tx) => refreshLookupKeys(tx, 'all'));
  } finally {
    await db.close();
  }
}

async function addBriefings(parallaxCase: ParallaxCase, size: LoadCaseSize): Promise<void> {
  const { rows } = await parallaxCase.quotes.list({}, { limit: size.briefings * 5 });
  for (let index = 0; index < size.briefings; index++) {
    const briefing = await parallaxCase.briefings.create({ title: `Briefing ${index}` });
    const cited = rows.slice(index * 5, index * 5 + 5).map((quote) => ({
      uid: quote.uid,
      documentId: quote.documentId,
      text: quote.text,
      language: quote.language,
    }));
    await parallaxCase.briefings.saveContent(briefing.id, briefingState(index, cited), {
      checkpoint: true,
    });
  }
}

/** Builds the case at `path` unless it is already there, printing how long each step took. */
export async function ensureLoadCase(path: string, size: LoadCaseSize): Promise<void> {
  if (existsSync(path)) return;
  await mkdir(dirname(path), { recursive: true });
  const building = `${path}.building`;
  await rm(building, { force: true });
  await rm(`${building}-wal`, { force: true });
  let started = performance.now();
  const step = (label: string): void => {
    console.log(`build: ${label} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    started = performance.now();
  };

  let parallaxCase = await ParallaxCase.open(building);
  const report = await parallaxCase.importSources('build', sourcesFor(size));
  step(`${report.items.filter((i) => i.status === 'imported').length} documents imported`);
  const tags: TagId[] = [];
  for (let top = 0; top < 10; top++) {
    const parent = await parallaxCase.tags.create({ name: `Theme ${top}` });
    tags.push(parent.id);
    for (let child = 0; child < 5; child++) {
      const name = `Topic ${top}.${child}`;
      tags.push((await parallaxCase.tags.create({ name, parentId: parent.id })).id);
    }
  }
  await parallaxCase.close();

  await addQuotes(building, size, tags);
  step(`${size.quotes} quotes, outlets and dates`);
  parallaxCase = await ParallaxCase.open(building);
  await addBriefings(parallaxCase, size);
  step(`${size.briefings} briefings`);
  // Documents 2 and 3 are French and English: the reader's stored pair.
  await parallaxCase.align([2 as DocumentId, 3 as DocumentId]);
  await parallaxCase.close();
  await rename(building, path);
}
