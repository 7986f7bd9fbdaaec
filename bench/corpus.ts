// A synthetic corpus built from the seed articles: documents of about 3 KB in Arabic, French and
// English, each a different mix of the seeds' sentences plus a few unique words, so no two texts
// are identical and the index sees realistic word frequencies.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEEDS_DIR = resolve(import.meta.dirname, '../tests/fixtures/seeds');

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 40 && s.length < 600);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticDocument {
  name: string;
  text: string;
}

export function loadSentencePools(): { language: string; sentences: string[] }[] {
  const files = readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const byLanguage = new Map<string, string[]>();
  for (const file of files) {
    const language = file.startsWith('003') ? 'fr' : file.startsWith('004') ? 'en' : 'ar';
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    // Skip seed 001's ticker line: it is page chrome, not article text.
    const body = file.startsWith('001') ? text.split('\n').slice(1).join('\n') : text;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), ...sentencesOf(body)]);
  }
  return [...byLanguage].map(([language, sentences]) => ({ language, sentences }));
}

const TARGET_CHARS = 3_000;

let pools: { language: string; sentences: string[] }[] | undefined;

/** Document number `index` of the corpus; each is built on its own, so none need be kept. */
export function syntheticDocument(index: number, seed = 42): SyntheticDocument {
  pools ??= loadSentencePools();
  const pool = pools[index % pools.length]!;
  const next = random(seed * 1_000_003 + index);
  const lines: string[] = [`Dossier ${index} — ${Math.floor(next() * 1e9).toString(36)}`];
  let length = 0;
  let paragraph: string[] = [];
  while (length < TARGET_CHARS) {
    const sentence = pool.sentences[Math.floor(next() * pool.sentences.length)]!;
    paragraph.push(sentence);
    length += sentence.length + 1;
    if (paragraph.length >= 3) {
      lines.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) lines.push(paragraph.join(' '));
  lines.push(`ref-${index}-${Math.floor(next() * 1e6)}`);
  return { name: `synthetic-${pool.language}-${index}.txt`, text: lines.join('\n') };
}

export const SEARCH_QUERIES = [
  'مالي',
  'المغربي',
  'التعاون العسكري',
  'باماكو',
  'الساحل',
  'الإرهاب',
  'مَالِي',
  'اللجنة العسكرية المشتركة',
  'محيب',
  'الاستقرار',
  'Mali',
  'sécurité',
  'securite',
  'coopération militaire',
  'général Mouhib',
  'Bamako',
  'Brigadier General',
  'training',
  'Sahel region',
  'defence commission',
];
