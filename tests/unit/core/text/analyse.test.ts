import { describe, expect, it } from 'vitest';
import { analyseText, type TextAnalysis } from '../../../../src/main/core/text/analyse';
import { MAX_SENTENCE_CHARS } from '../../../../src/main/core/text/segment';
import { readSeed, SEED_NUMBERS, type SeedNumber } from './seeds';

const analyseSeed = (seed: SeedNumber): TextAnalysis => {
  const { text, fileName } = readSeed(seed);
  return analyseText(text, fileName);
};

describe('analyseText on the seeds', () => {
  it.each([
    ['000', 'ar', 'Assahifa', '2025-02-22'],
    ['001', 'ar', 'Hespress', '2025-02-19'],
    ['002', 'ar', null, null],
    ['003', 'fr', null, null],
    ['004', 'en', 'APA', null],
  ] as [SeedNumber, string, string | null, string | null][])(
    'seed %s: language %s, outlet %s, date %s',
    (seed, language, outlet, publishedAt) => {
      const analysis = analyseSeed(seed);
      expect(analysis).toMatchObject({ language, outlet, publishedAt });
      expect(analysis.languageConfidence).toBeGreaterThan(0.8);
      expect(analysis.bodyFingerprint).toMatch(/^[0-9a-f]{16}$/);
    },
  );

  it.each(SEED_NUMBERS)(
    'seed %s: paragraphs come before their sentences, in text order',
    (seed) => {
      const { segments } = analyseSeed(seed);
      let paragraphIndex = -1;
      let lastStart = -1;
      for (const segment of segments) {
        if (segment.kind === 'paragraph') {
          expect(segment.paragraphIndex).toBe(paragraphIndex + 1);
          paragraphIndex = segment.paragraphIndex;
        } else {
          expect(segment.paragraphIndex).toBe(paragraphIndex);
        }
        expect(segment.start).toBeGreaterThanOrEqual(lastStart);
        lastStart = segment.start;
      }
    },
  );

  it('marks a paragraph boilerplate only when all its sentences are', () => {
    const { segments } = analyseSeed('000');
    const [paragraph, crumbs, headline, byline] = segments;
    expect(paragraph).toMatchObject({ kind: 'paragraph', boilerplate: false, language: 'ar' });
    expect([crumbs?.boilerplate, headline?.boilerplate, byline?.boilerplate]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('gives the wire code of seed 004 the language of the body it closes', () => {
    const { segments } = analyseSeed('004');
    const wireCode = segments[segments.length - 1];
    expect(wireCode).toMatchObject({ kind: 'sentence', boilerplate: true, language: 'en' });
  });
});

describe('analyseText on mixed-language documents', () => {
  it('identifies each paragraph, and a sentence in another script within a paragraph', () => {
    const text = [
      'اختتمت أعمال اللجنة العسكرية المشتركة بين المملكة المغربية وجمهورية مالي في باماكو.',
      'Le Maroc et le Mali ont décidé de renforcer leur partenariat dans le domaine de la défense.',
      'Morocco and Mali have strengthened their cooperation in the field of defence and training.',
      'وقال المتحدث باسم وزارة الدفاع إن الزيارة كانت ناجحة جدا للبلدين وإن التعاون سيستمر. The minister said the visit was a success.',
    ].join('\n');
    const analysis = analyseText(text, 'mixed.txt');
    const paragraphs = analysis.segments
      .filter((s) => s.kind === 'paragraph')
      .map((s) => s.language);
    expect(paragraphs).toEqual(['ar', 'fr', 'en', 'ar']);
    const lastSentences = analysis.segments.filter(
      (s) => s.paragraphIndex === 3 && s.kind === 'sentence',
    );
    expect(lastSentences.map((s) => s.language)).toEqual(['ar', 'en']);
    expect(analysis.language).toBe('ar');
    expect(analysis.languageConfidence).toBeLessThan(0.6);
  });
});

describe('bodyFingerprint', () => {
  it('is the same for seed 001 with and without its page chrome', () => {
    const { text } = readSeed('001');
    const lines = text.split('\n');
    const bodyOnly = [lines[13], ...lines.slice(16, 32)].join('\n');
    expect(bodyOnly.startsWith('التهديدات في الساحل')).toBe(true);
    expect(analyseText(bodyOnly, 'body.txt').bodyFingerprint).toBe(
      analyseSeed('001').bodyFingerprint,
    );
  });

  it('ignores a wire code, line ends, spacing and diacritics', () => {
    const { text } = readSeed('004');
    const variant = `${text.replace('\nMK/te/Sf/fss/APA', '').replace(/\n/g, '\r\n\r\n').replace(/ /g, '  ')}\n`;
    expect(analyseText(variant, 'v.txt').bodyFingerprint).toBe(analyseSeed('004').bodyFingerprint);
  });

  it('is the same for seed 003 under a crumb line, a share button and a source link', () => {
    const { text } = readSeed('003');
    const page = `Accueil > Afrique > Défense\n${text}\nPartager sur Facebook\nCliquez ici pour lire l'article à la source.\n`;
    const analysis = analyseText(page, 'apa-page.txt');
    expect(analysis.bodyFingerprint).toBe(analyseSeed('003').bodyFingerprint);
    expect(analysis.title).toBe(analyseSeed('003').title);
  });

  it('differs between different articles', () => {
    const prints = new Set(SEED_NUMBERS.map((seed) => analyseSeed(seed).bodyFingerprint));
    expect(prints.size).toBe(5);
  });
});

describe('very large input', () => {
  it('finishes on a 5 MB single line and keeps every sentence under the cap', () => {
    const line = 'الجيش المغربي يدعم نظيره المالي في مجال التدريب العسكري '.repeat(90_000);
    expect(line.length).toBeGreaterThan(5_000_000);
    const analysis = analyseText(line, 'huge.txt');
    const sentences = analysis.segments.filter((s) => s.kind === 'sentence');
    expect(sentences.length).toBeGreaterThan(2500);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(
      MAX_SENTENCE_CHARS,
    );
    expect(analysis.language).toBe('ar');
  });

  it('finishes on a 5 MB ticker of short items joined by space runs', () => {
    const line = 'عنوان خبر قصير هنا    '.repeat(250_000);
    const analysis = analyseText(line, 'ticker.txt');
    expect(analysis.segments.filter((s) => s.kind === 'sentence').every((s) => s.boilerplate)).toBe(
      true,
    );
  });
});
