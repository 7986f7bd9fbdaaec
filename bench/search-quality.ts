// Search quality over the five seed articles: a labelled query set, and precision/recall of
// the chosen term scheme against alternatives, each run as real FTS5 queries in SQLite.
// Run: npx tsx bench/search-quality.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlite3 from 'sqlite3';
import { stripArabicArticle } from '../src/main/core/search/arabic-stem';
import { buildMatchExpression, indexTerms } from '../src/main/core/search/terms';
import { foldForSearch } from '../src/main/core/text/normalise';
import { segmentText } from '../src/main/core/text/segment';
import { forEachWord } from '../src/main/core/text/words';

const SEEDS = join(fileURLToPath(new URL('.', import.meta.url)), '../tests/fixtures/seeds');

/**
 * A query and what a careful reader wants from it: for each concept, the word forms (as they
 * are written in the seeds, harakat aside) that count. A sentence is relevant when it contains a
 * form of every concept. Forms no scheme can reach (broken plurals like المغاربة) are listed
 * anyway: they are what the reader wants.
 */
export interface LabelledQuery {
  query: string;
  concepts: string[][];
}

const MOROCCO = [
  'المغرب',
  'المغربي',
  'المغربية',
  'للمغرب',
  'بالمغرب',
  'مغربية',
  'مغربي',
  'والمغرب',
  'المغاربة',
];
const MALI = ['مالي', 'المالي', 'ومالي', 'المالية', 'لمالي', 'مالية', 'بمالي', 'الماليين'];
const COOPERATION = ['التعاون', 'والتعاون', 'للتعاون', 'تعاون'];
const MILITARY = ['العسكري', 'العسكرية', 'عسكرية', 'العسكريين', 'عسكريا', 'العسكريتين', 'عسكري'];
const TERRORISM = ['الإرهاب', 'الارهاب', 'والإرهاب', 'للإرهاب', 'الإرهابية'];
const SECURITY_AR = [
  'الأمن',
  'الأمني',
  'الأمنية',
  'أمنيا',
  'أمني',
  'والأمن',
  'أمن',
  'للأمن',
  'اللاأمن',
  'بأمن',
  'أمنية',
];

// prettier-ignore
export const LABELLED_QUERIES: LabelledQuery[] = [
  { query: 'مغربي', concepts: [MOROCCO] },
  { query: 'المغرب', concepts: [MOROCCO] },
  { query: 'المَغْرِب', concepts: [MOROCCO] },
  { query: 'مالي', concepts: [MALI] },
  { query: 'التعاون العسكري', concepts: [COOPERATION, MILITARY] },
  { query: 'الساحل', concepts: [['الساحل', 'بالساحل', 'للساحل', 'والساحل']] },
  { query: 'الإرهاب', concepts: [TERRORISM] },
  { query: 'ارهاب', concepts: [TERRORISM] },
  { query: 'الجيش', concepts: [['الجيش', 'للجيش', 'والجيش', 'جيش', 'الجيوش']] },
  { query: 'الدفاع', concepts: [['الدفاع', 'والدفاع', 'الدفاعية', 'والدفاعية', 'الدفاعيتين', 'دفاع']] },
  { query: 'أمن', concepts: [SECURITY_AR] },
  { query: 'شراكة', concepts: [['الشراكة', 'شراكة', 'شراكات', 'شراكاتها', 'لشراكة', 'الشراكات']] },
  { query: 'التحديات', concepts: [['التحديات', 'وتحديات', 'تحديات', 'التحدي']] },
  { query: 'باماكو', concepts: [['باماكو', 'وباماكو', 'لباماكو', 'بباماكو']] },
  { query: 'اللواء', concepts: [['اللواء', 'لواء']] },
  { query: 'défense', concepts: [['défense', 'défenses']] },
  { query: 'defence', concepts: [['defence', 'defense', 'defences']] },
  { query: 'militaire', concepts: [['militaire', 'militaires']] },
  { query: 'Mali', concepts: [['mali', 'malien', 'malienne', 'maliens', 'maliennes', 'malian', 'malians']] },
  { query: 'partnership', concepts: [['partnership', 'partnerships']] },
  { query: 'challenge', concepts: [['challenge', 'challenges']] },
  { query: 'security', concepts: [['security']] },
  { query: 'terrorisme', concepts: [['terrorisme', 'terroriste', 'terroristes']] },
  // Folding accents makes French and English spellings meet; a reader of both wants that.
  { query: 'coopération', concepts: [['coopération', 'coopérations', 'cooperation']] },
  // Probes of what stemming conflates: state/countries/international, meeting/social.
  { query: 'الدولة', concepts: [['الدولة', 'ودولة', 'دولة', 'للدولة']] },
  { query: 'الدولية', concepts: [['الدولية', 'والدولية', 'الدولي', 'دولية', 'دولي']] },
  { query: 'الاجتماع', concepts: [['الاجتماع', 'اجتماع', 'للاجتماع', 'والاجتماع']] },
  { query: 'وزارة', concepts: [['وزارة', 'لوزارة', 'الوزارة', 'بوزارة']] },
  { query: 'زيارة', concepts: [['زيارة', 'الزيارة', 'بزيارة', 'وزيارة', 'زيارات']] },
  { query: 'التدريب', concepts: [['التدريب', 'وتدريب', 'تدريب', 'تدريبات', 'والتدريبية']] },
];

interface Approach {
  name: string;
  tokenizer: string;
  index(text: string): string;
  match(query: string): string | null;
}

const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`;
const foldedWords = (text: string): string[] => {
  const folded = foldForSearch(text);
  const words: string[] = [];
  forEachWord(folded, (start, end) => words.push(folded.slice(start, end)));
  return words;
};
const andAll = (terms: string[]): string | null => (terms.length ? terms.join(' AND ') : null);

/** Larkey's light10 as published: و stripped, two-letter stems allowed. */
function light10(word: string): string {
  let stem = word;
  if (stem.length >= 4 && stem.startsWith('و')) stem = stem.slice(1);
  stem = stripArabicArticle(stem);
  for (const suffix of ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']) {
    if (stem.length - suffix.length >= 2 && stem.endsWith(suffix))
      stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

export const APPROACHES: Approach[] = [
  {
    name: 'surface (folded words, exact)',
    tokenizer: 'unicode61 remove_diacritics 0',
    index: (text) => foldedWords(text).join(' '),
    match: (query) => andAll(foldedWords(query).map(quote)),
  },
  {
    name: 'article stripped + prefix query',
    tokenizer: 'unicode61 remove_diacritics 0',
    index: (text) => foldedWords(text).map(stripArabicArticle).join(' '),
    match: (query) => andAll(foldedWords(query).map((w) => `${quote(stripArabicArticle(w))}*`)),
  },
  {
    name: 'trigram substring',
    tokenizer: 'trigram',
    index: (text) => foldForSearch(text),
    match: (query) =>
      andAll(
        foldedWords(query)
          .filter((w) => w.length >= 3)
          .map(quote),
      ),
  },
  {
    name: 'light10 stems, exact',
    tokenizer: 'unicode61 remove_diacritics 0',
    index: (text) => foldedWords(text).map(light10).join(' '),
    match: (query) => andAll(foldedWords(query).map(light10).map(quote)),
  },
  {
    name: 'chosen: light stems + joined و/ب/ل + plurals',
    tokenizer: 'unicode61 remove_diacritics 0',
    index: indexTerms,
    match: buildMatchExpression,
  },
];

export function seedSentences(): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(SEEDS).sort()) {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    for (const paragraph of segmentText(text)) {
      for (const s of paragraph.sentences) sentences.push(text.slice(s.start, s.end));
    }
  }
  return sentences;
}

const readerForm = (word: string): string =>
  word.replace(/[\u064b-\u065f\u0670\u0640]/g, '').toLowerCase();

function relevantSentences(sentences: string[], labelled: LabelledQuery): Set<number> {
  const concepts = labelled.concepts.map((forms) => new Set(forms.map(readerForm)));
  const relevant = new Set<number>();
  sentences.forEach((sentence, id) => {
    const words = new Set<string>();
    forEachWord(sentence, (start, end) => words.add(readerForm(sentence.slice(start, end))));
    if (concepts.every((forms) => [...forms].some((form) => words.has(form)))) relevant.add(id);
  });
  return relevant;
}

function all<T>(db: sqlite3.Database, sql: string, params: unknown[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (error: Error | null, rows: T[]) =>
      error ? reject(error) : resolve(rows),
    );
  });
}

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) =>
    db.exec(sql, (error) => (error ? reject(error) : resolve())),
  );
}

export interface QueryScore {
  query: string;
  relevant: number;
  retrieved: number;
  correct: number;
}

export interface ApproachScore {
  name: string;
  queries: QueryScore[];
  /** Micro-averaged over all queries. */
  precision: number;
  recall: number;
}

async function scoreApproach(approach: Approach, sentences: string[]): Promise<ApproachScore> {
  const db = new sqlite3.Database(':memory:');
  const tokenizer = approach.tokenizer.replace(/'/g, "''");
  await exec(db, `CREATE VIRTUAL TABLE s USING fts5(terms, tokenize = '${tokenizer}')`);
  await exec(db, 'BEGIN');
  for (const [id, sentence] of sentences.entries()) {
    await all(db, 'INSERT INTO s(rowid, terms) VALUES (?, ?)', [id, approach.index(sentence)]);
  }
  await exec(db, 'COMMIT');
  const queries: QueryScore[] = [];
  for (const labelled of LABELLED_QUERIES) {
    const relevant = relevantSentences(sentences, labelled);
    const expression = approach.match(labelled.query);
    const rows = expression
      ? await all<{ rowid: number }>(db, 'SELECT rowid FROM s WHERE s MATCH ?', [expression])
      : [];
    const correct = rows.filter((row) => relevant.has(row.rowid)).length;
    queries.push({
      query: labelled.query,
      relevant: relevant.size,
      retrieved: rows.length,
      correct,
    });
  }
  await new Promise<void>((resolve) => db.close(() => resolve()));
  const sum = (pick: (q: QueryScore) => number): number => queries.reduce((n, q) => n + pick(q), 0);
  return {
    name: approach.name,
    queries,
    precision:
      sum((q) => q.correct) /
      Math.max(
        1,
        sum((q) => q.retrieved),
      ),
    recall:
      sum((q) => q.correct) /
      Math.max(
        1,
        sum((q) => q.relevant),
      ),
  };
}

export async function runSearchQuality(): Promise<ApproachScore[]> {
  const sentences = seedSentences();
  const scores: ApproachScore[] = [];
  for (const approach of APPROACHES) scores.push(await scoreApproach(approach, sentences));
  return scores;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function main(): Promise<void> {
  const scores = await runSearchQuality();
  console.log(`${seedSentences().length} sentences, ${LABELLED_QUERIES.length} labelled queries\n`);
  console.log('| approach | precision | recall | F1 |\n|---|---|---|---|');
  for (const s of scores) {
    const f1 = (2 * s.precision * s.recall) / Math.max(1e-9, s.precision + s.recall);
    console.log(`| ${s.name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(f1)} |`);
  }
  console.log('\nPer query (correct / retrieved / relevant):\n');
  console.log(`| query | ${scores.map((s) => s.name).join(' | ')} |`);
  console.log(`|---|${scores.map(() => '---').join('|')}|`);
  LABELLED_QUERIES.forEach((labelled, i) => {
    const cells = scores.map((s) => {
      const q = s.queries[i] as QueryScore;
      return `${q.correct}/${q.retrieved}/${q.relevant}`;
    });
    console.log(`| ${labelled.query} | ${cells.join(' | ')} |`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
