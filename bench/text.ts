// Micro-benchmark of the text pipeline on ~3 KB documents made from the seeds.
// Run: npx tsx bench/text.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexTerms } from '../src/main/core/search/terms';
import { analyseText } from '../src/main/core/text/analyse';
import { decodeText } from '../src/main/core/text/decode';

const SEEDS = join(fileURLToPath(new URL('.', import.meta.url)), '../tests/fixtures/seeds');
const TARGET_CHARS = 3000;
const DOCUMENTS = 5000;

/** ~3 KB documents: each seed's lines rotated and cut, so no two documents are the same. */
function makeDocuments(): string[] {
  const seeds = readdirSync(SEEDS)
    .sort()
    .map((file) => readFileSync(join(SEEDS, file), 'utf8').split('\n').filter(Boolean));
  const documents: string[] = [];
  for (let i = 0; documents.length < DOCUMENTS; i++) {
    const lines = seeds[i % seeds.length] ?? [];
    const rotated = [...lines.slice(i % lines.length), ...lines.slice(0, i % lines.length)];
    let text = '';
    for (const line of rotated) {
      if (text.length >= TARGET_CHARS) break;
      text += `${line.slice(0, TARGET_CHARS - text.length)}\n`;
    }
    documents.push(text);
  }
  return documents;
}

function time(label: string, documents: string[], run: (text: string) => unknown): void {
  for (const text of documents.slice(0, 200)) run(text); // warm up
  const start = performance.now();
  for (const text of documents) run(text);
  const perDocument = (performance.now() - start) / documents.length;
  console.log(`${label.padEnd(34)} ${(perDocument * 1000).toFixed(0).padStart(5)} µs / document`);
}

const documents = makeDocuments();
const bytes = documents.map((text) => new TextEncoder().encode(text));
const meanChars = documents.reduce((n, d) => n + d.length, 0) / documents.length;
console.log(`${documents.length} documents, ${meanChars.toFixed(0)} characters on average\n`);

let i = 0;
time('decodeText (UTF-8)', documents, () =>
  decodeText(bytes[i++ % bytes.length] ?? new Uint8Array()),
);
time('analyseText', documents, (text) => analyseText(text, 'bench.txt'));
const sentencesOf = new Map(
  documents.map((text) => [
    text,
    analyseText(text, 'bench.txt')
      .segments.filter((s) => s.kind === 'sentence')
      .map((s) => text.slice(s.start, s.end)),
  ]),
);
time('indexTerms (all sentences)', documents, (text) => {
  for (const sentence of sentencesOf.get(text) ?? []) indexTerms(sentence);
});
