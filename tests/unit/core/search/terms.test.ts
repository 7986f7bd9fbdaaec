import { describe, expect, it } from 'vitest';
import { stemArabicWord } from '../../../../src/main/core/search/arabic-stem';
import {
  buildMatchExpression,
  highlightRanges,
  indexTerms,
  makeSnippet,
} from '../../../../src/main/core/search/terms';
import { termsOfWord } from '../../../../src/main/core/search/terms-query';
import { forEachWord } from '../../../../src/main/core/text/words';
import { readSeed, SEED_NUMBERS } from '../text/seeds';

describe('stemArabicWord', () => {
  it.each([
    ['والمغرب', 'مغرب'],
    ['المغربي', 'مغرب'],
    ['المغربيه', 'مغرب'],
    ['للمغرب', 'مغرب'],
    ['بالمغرب', 'مغرب'],
    ['مالي', 'مال'],
    ['الماليين', 'مال'],
    ['التحديات', 'تحد'],
    ['الشراكات', 'شراك'],
    ['التعاون', 'تعاون'],
    ['لبنان', 'لبنان'],
    ['قوات', 'قوات'],
    ['وزاره', 'وزار'],
    ['في', 'في'],
  ])('%s → %s', (word, stem) => {
    expect(stemArabicWord(word)).toBe(stem);
  });
});

describe('indexTerms', () => {
  it.each([
    ['folds and stems Arabic words', 'والمغرب المغربي لمالي المَغْرِب', 'مغرب مغرب لمال مغرب'],
    [
      'folds French accents and splits elisions',
      'L’objectif de la Défense, a-t-il dit',
      'l objectif de la defense a t il dit',
    ],
    ['lowercases English', 'Morocco’s ARMED Forces', 'morocco s armed forces'],
    ['keeps numbers', 'بنسبة 1,31 بالمائة سنة ٢٠٢٥', 'بنسب 1 31 ماء سنه 2025'],
    ['drops punctuation and symbols', '« — » ! ؟ ، …', ''],
  ])('%s', (_name, text, terms) => {
    expect(indexTerms(text)).toBe(terms);
  });
});

describe('buildMatchExpression', () => {
  it.each([
    [
      'an Arabic word asks for its stem and joined و/ب/ل',
      'مغربي',
      '("مغرب" OR "ومغرب" OR "بمغرب" OR "لمغرب" OR "وبمغرب" OR "ولمغرب")',
    ],
    [
      'diacritics do not matter',
      'المَغْرِب',
      '("مغرب" OR "ومغرب" OR "بمغرب" OR "لمغرب" OR "وبمغرب" OR "ولمغرب")',
    ],
    ['a short Arabic stem is not expanded', 'في', '"في"'],
    ['a French word asks for singular and plural', 'Défense', '("defense" OR "defenses")'],
    ['a plural asks for the singular too', 'challenges', '("challenges" OR "challenge")'],
    ['several words must all match', 'Mali Sahel', '("mali" OR "malis") AND ("sahel" OR "sahels")'],
    ['a quoted phrase keeps its order', '"التعاون العسكري"', '"تعاون عسكر"'],
    ['guillemets quote too', '« coopération militaire »', '"cooperation militaire"'],
    ['a trailing star asks for a prefix', 'secur*', '"secur"*'],
    [
      'an Arabic prefix drops the article',
      'المغر*',
      '("مغر"* OR "ومغر"* OR "بمغر"* OR "لمغر"* OR "وبمغر"* OR "ولمغر"*)',
    ],
    ['FTS5 operators are plain words', 'NEAR OR', '("near" OR "nears") AND "or"'],
    ['an unbalanced quote is a separator', 'Mali"', '("mali" OR "malis")'],
    ['numbers match as written', '2025', '"2025"'],
  ])('%s', (_name, query, expression) => {
    expect(buildMatchExpression(query)).toBe(expression);
  });

  it.each(['', '   ', '!!!', '"', '""', '« »', '*', '()', '،؛؟'])('is null for %j', (query) => {
    expect(buildMatchExpression(query)).toBeNull();
  });
});

const highlighted = (text: string, query: string): string[] =>
  highlightRanges(text, query).map((r) => text.slice(r.start, r.end));

describe('highlightRanges', () => {
  it.each([
    [
      'Arabic words with article and clitics',
      'الجيش المغربي يدعم التعاون بين المغرب ومالي والمغرب',
      'مغربي',
      ['المغربي', 'المغرب', 'والمغرب'],
    ],
    ['a word with diacritics in the text', 'وفي السياق ذاته المَغْرِب يدعم', 'المغرب', ['المَغْرِب']],
    [
      'Mali and Malian',
      'استقبلت وزارة الدفاع في مالي وفدا من الجيش المالي بمالي',
      'مالي',
      ['مالي', 'المالي', 'بمالي'],
    ],
    [
      'French accents',
      'La sécurité et la Défense du Sahel',
      'securite defense',
      ['sécurité', 'Défense'],
    ],
    ['English case', 'MOROCCO and Morocco’s army', 'morocco', ['MOROCCO', 'Morocco']],
    ['a prefix', 'security and securities, not insecurity', 'secur*', ['security', 'securities']],
  ])('%s', (_name, text, query, words) => {
    expect(highlighted(text, query)).toEqual(words);
  });

  it('returns offsets into the original text, in text order whatever the query order', () => {
    const text = 'Le Mali et le Sahel, le Mali';
    expect(highlightRanges(text, 'Sahel Mali')).toEqual([
      { start: 3, end: 7 },
      { start: 14, end: 19 },
      { start: 24, end: 28 },
    ]);
  });

  it('keeps a bidi mark inside a word within the highlighted word', () => {
    const text = 'في الم\u200fغرب اليوم';
    expect(highlighted(text, 'المغرب')).toEqual(['الم\u200fغرب']);
  });

  it('finds nothing for a query without words', () => {
    expect(highlightRanges('Le Maroc et le Mali', '!!!')).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('returns a short text whole', () => {
    const text = 'Le Maroc et le Mali';
    const ranges = highlightRanges(text, 'Mali');
    expect(makeSnippet(text, ranges)).toEqual({
      snippet: text,
      highlights: [{ start: 15, end: 19 }],
      excerpt: { start: 0, end: text.length },
    });
  });

  it('cuts a long text around the first match at word boundaries, shifting highlights', () => {
    const text = `${'avant '.repeat(80)}la cible est ici ${'après '.repeat(80)}`.trim();
    const { snippet, highlights, excerpt } = makeSnippet(text, highlightRanges(text, 'cible'), 100);
    expect(snippet.length).toBeLessThanOrEqual(100);
    expect(snippet.startsWith('…avant')).toBe(true);
    expect(snippet.endsWith('après…')).toBe(true);
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['cible']);
    // The words between the ellipses are the text at the excerpt's offsets, for quoting from it.
    expect(`…${text.slice(excerpt.start, excerpt.end)}…`).toBe(snippet);
  });

  it('starts at the beginning when the match is near it', () => {
    const text = `Mali ${'mot '.repeat(200)}`.trim();
    const { snippet, highlights } = makeSnippet(text, highlightRanges(text, 'Mali'), 50);
    expect(snippet.startsWith('Mali mot')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toEqual([{ start: 0, end: 4 }]);
  });

  it('drops highlights that fall outside the window', () => {
    const text = `Mali ${'mot '.repeat(200)}Mali`;
    const { snippet, highlights } = makeSnippet(text, highlightRanges(text, 'Mali'), 60);
    expect(highlights).toEqual([{ start: 0, end: 4 }]);
    expect(snippet.length).toBeLessThanOrEqual(60);
  });
});

describe('indexTerms and termsOfWord agree', () => {
  it.each(SEED_NUMBERS)('on every word of seed %s', (seed) => {
    const { text } = readSeed(seed);
    const wordByWord: string[] = [];
    forEachWord(text, (start, end) => wordByWord.push(...termsOfWord(text.slice(start, end))));
    expect(indexTerms(text)).toBe(wordByWord.join(' '));
  });
});
