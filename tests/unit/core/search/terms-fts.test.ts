import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearchQuality } from '../../../../bench/search-quality';
import { buildMatchExpression, indexTerms } from '../../../../src/main/core/search/terms';
import { segmentText } from '../../../../src/main/core/text/segment';
import { readSeed, SEED_NUMBERS } from '../text/seeds';

/** The table the database engineer creates; this test proves the terms work with it. */
const CREATE_TABLE =
  "CREATE VIRTUAL TABLE segment_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_''')";

const EXTRA_SENTENCES = [
  'زار الوفد الرباط والمغرب كله يرحب بالتعاون.',
  'وقع الحادث في شمالي البلاد وفي إجمالي المناطق.',
  'La sécurité du Sahel est une priorité pour Rabat.',
];

const sentences: string[] = [];
const db = new sqlite3.Database(':memory:');

function run(sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
}

function search(query: string): Promise<string[]> {
  const expression = buildMatchExpression(query);
  if (expression === null) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    db.all(
      'SELECT rowid FROM segment_fts WHERE segment_fts MATCH ? ORDER BY rowid',
      [expression],
      (error: Error | null, rows: { rowid: number }[]) =>
        error ? reject(error) : resolve(rows.map((row) => sentences[row.rowid] ?? '')),
    );
  });
}

beforeAll(async () => {
  for (const seed of SEED_NUMBERS) {
    const { text } = readSeed(seed);
    for (const p of segmentText(text))
      for (const s of p.sentences) sentences.push(text.slice(s.start, s.end));
  }
  sentences.push(...EXTRA_SENTENCES);
  await run(CREATE_TABLE);
  for (const [rowid, sentence] of sentences.entries()) {
    await run('INSERT INTO segment_fts(rowid, terms) VALUES (?, ?)', [rowid, indexTerms(sentence)]);
  }
});

afterAll(() => new Promise<void>((resolve) => db.close(() => resolve())));

describe('FTS5 search over the seeds with indexTerms and buildMatchExpression', () => {
  it('finds المغربي and والمغرب for مغربي, and only Morocco words', async () => {
    const hits = await search('مغربي');
    expect(hits).toContain('زار الوفد الرباط والمغرب كله يرحب بالتعاون.');
    expect(hits).toContain(
      'الجيش المغربي يدعم نظيره المالي في مجال التدريب العسكري والتعاون الاستخباراتي ومواجهة التحديات المشتركة',
    );
    expect(hits.length).toBeGreaterThan(30);
    for (const hit of hits) expect(hit).toMatch(/مغرب/);
  });

  it('finds المغربي for المغرب (Morocco finds Moroccan)', async () => {
    const hits = await search('المغرب');
    expect(hits).toContain('دفعة جديدة للتعاون العسكري بين المغرب ومالي برؤية استراتيجية موحّدة');
    expect(hits).toContain(
      'الجيش المغربي يدعم نظيره المالي في مجال التدريب العسكري والتعاون الاستخباراتي ومواجهة التحديات المشتركة',
    );
  });

  it('finds the same with and without diacritics', async () => {
    expect(await search('المَغْرِب')).toEqual(await search('المغرب'));
    expect(await search('موحدة')).toEqual([
      'دفعة جديدة للتعاون العسكري بين المغرب ومالي برؤية استراتيجية موحّدة',
    ]);
  });

  it('finds المالي and لمالي for مالي but not شمالي or إجمالي', async () => {
    const hits = await search('مالي');
    expect(hits.some((h) => h.includes('الجيش المالي'))).toBe(true);
    expect(hits.some((h) => /(^|\s)لمالي/.test(h))).toBe(true);
    expect(hits).not.toContain('وقع الحادث في شمالي البلاد وفي إجمالي المناطق.');
  });

  it('finds sécurité for securite and Défense for défense', async () => {
    expect(await search('securite')).toEqual(['La sécurité du Sahel est une priorité pour Rabat.']);
    expect(await search('défense')).toContain(
      'Cette mission a été officiellement accueillie au ministère malien de la Défense.',
    );
  });

  it('matches English without regard to case', async () => {
    const upper = await search('MOROCCO');
    expect(upper).toEqual(await search('morocco'));
    expect(upper).toContain(
      'Morocco and Mali have strengthened their long-standing cooperative relations by establishing a joint defence commission to enhance military training and collaboration.',
    );
  });

  it('requires every word, and keeps a quoted phrase in order', async () => {
    const both = await search('الساحل باماكو');
    for (const hit of both) expect(hit).toMatch(/الساحل[\s\S]*باماكو|باماكو[\s\S]*الساحل/);
    const phrase = await search('"التعاون العسكري"');
    expect(phrase.length).toBeGreaterThan(5);
    for (const hit of phrase) expect(hit).toMatch(/(^|\P{L})[وبل]*(ال)?تعاون\s+(ال)?عسكري/u);
  });

  it.each([
    'AND',
    'OR OR',
    'NOT',
    'NEAR(a b)',
    '"',
    '(',
    ')',
    '*',
    'a*b',
    '-x',
    '^a',
    'terms:mali',
    '"unterminated',
    '{a b}',
    "l'objectif",
    '\u0000',
    '😀',
    'مالي OR',
    '; DROP TABLE segment_fts',
  ])('never produces an FTS5 syntax error: %j', async (query) => {
    await expect(search(query)).resolves.toBeInstanceOf(Array);
  });
});

describe('search quality on the labelled query set', () => {
  it('is better with the chosen terms than with any alternative measured', async () => {
    const scores = await runSearchQuality();
    const f1 = (s: { precision: number; recall: number }): number =>
      (2 * s.precision * s.recall) / (s.precision + s.recall);
    const chosen = scores.find((s) => s.name.startsWith('chosen'));
    expect(chosen?.precision).toBeGreaterThan(0.9);
    expect(chosen?.recall).toBeGreaterThan(0.9);
    for (const other of scores.filter((s) => s !== chosen)) {
      expect(f1(chosen ?? { precision: 0, recall: 0 })).toBeGreaterThan(f1(other));
    }
  });
});
