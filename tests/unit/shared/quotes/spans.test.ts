import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT_CHARS } from '../../../../src/shared/domain/quotes';
import { quoteContext, snapToWords, spanProblem } from '../../../../src/shared/quotes/spans';

/** Selects `inner` where it first occurs in `text`, and returns what snapToWords makes of it. */
function snapped(text: string, inner: string): string | null {
  const start = text.indexOf(inner);
  if (start < 0) throw new Error(`"${inner}" is not in the text`);
  const span = snapToWords(text, start, start + inner.length);
  return span && text.slice(span.start, span.end);
}

describe('snapToWords', () => {
  const cases: { name: string; text: string; selected: string; expected: string }[] = [
    {
      name: 'Arabic: a selection starting and ending mid-word widens to the whole words',
      text: 'وقال العميد عبد الغني مهيب إن التعاون مستمر',
      selected: 'ميد عبد الغني مه',
      expected: 'العميد عبد الغني مهيب',
    },
    {
      name: 'Arabic: harakat stay with their letters at both edges',
      text: 'قَالَ العَمِيدُ مُهَيْبٌ كلاماً',
      selected: 'مِيدُ مُهَ',
      expected: 'العَمِيدُ مُهَيْبٌ',
    },
    {
      name: 'Arabic: a word drawn out with tatweel is one word',
      text: 'الجيـــش المغربي',
      selected: 'يـــ',
      expected: 'الجيـــش',
    },
    {
      name: 'Arabic: the conjunction و stays attached to its word',
      text: 'المغرب والجيش المالي',
      selected: 'جيش',
      expected: 'والجيش',
    },
    {
      name: 'Arabic: the article ال stays attached to its word',
      text: 'بين المملكة المغربية',
      selected: 'مملكة',
      expected: 'المملكة',
    },
    {
      name: 'Arabic: one letter selected inside a word takes the word, never half of it',
      text: 'تعزيز التعاون العسكري',
      selected: 'ا',
      expected: 'التعاون',
    },
    {
      name: 'French: an elided article with a typographic apostrophe is part of the word',
      text: 'le renfort de l’armée malienne',
      selected: 'armé',
      expected: 'l’armée',
    },
    {
      name: 'French: an elided article with a straight apostrophe is part of the word',
      text: "le soutien d'Abdelghani Mouhib",
      selected: 'Abdel',
      expected: "d'Abdelghani",
    },
    {
      name: 'French: hyphenated words are one word',
      text: 'une visite de trois jours au Mali, a-t-il dit',
      selected: 't-i',
      expected: 'a-t-il',
    },
    {
      name: 'French: accented letters are letters',
      text: 'la coopération militaire',
      selected: 'pér',
      expected: 'coopération',
    },
    {
      name: 'a selection across a paragraph break keeps both paragraphs whole',
      text: 'fin du premier.\n\nDébut du second',
      selected: 'mier.\n\nDéb',
      expected: 'premier.\n\nDébut',
    },
    {
      name: 'white space at either end is trimmed',
      text: 'un  mot  seul',
      selected: '  mot  ',
      expected: 'mot',
    },
    {
      name: 'punctuation selected at an edge is kept as selected',
      text: 'Il a dit : « non ».',
      selected: '« non »',
      expected: '« non »',
    },
    {
      name: 'a letter outside the BMP (a surrogate pair) is widened as one character',
      text: 'x𝐀y z',
      selected: '𝐀',
      expected: 'x𝐀y',
    },
    {
      name: 'an emoji is not a word character and is kept whole when selected',
      text: 'bravo 😀 encore',
      selected: '😀',
      expected: '😀',
    },
    {
      name: 'mixed Arabic and French across a direction change',
      text: 'قال اللواء Abdelghani Mouhib اليوم',
      selected: 'واء Abdel',
      expected: 'اللواء Abdelghani',
    },
  ];

  for (const { name, text, selected, expected } of cases) {
    it(name, () => expect(snapped(text, selected)).toBe(expected));
  }

  it('returns null when only white space is selected', () => {
    expect(snapToWords('un   deux', 2, 5)).toBeNull();
  });

  it('accepts the offsets in either order', () => {
    const text = 'le général Mouhib';
    expect(snapToWords(text, 6, 4)).toEqual({ start: 3, end: 10 });
  });

  it('clamps offsets outside the text', () => {
    expect(snapToWords('abc def', -5, 50)).toEqual({ start: 0, end: 7 });
  });
});

describe('spanProblem', () => {
  const text = 'Le Maroc 😀 et le Mali';
  const emoji = text.indexOf('😀');
  const cases: { name: string; start: number; end: number; problem: RegExp | null }[] = [
    { name: 'a span of whole words is fine', start: 3, end: 8, problem: null },
    { name: 'the whole text is fine', start: 0, end: text.length, problem: null },
    { name: 'a span around a whole emoji is fine', start: emoji, end: emoji + 2, problem: null },
    { name: 'an empty span is refused', start: 4, end: 4, problem: /at least one character/ },
    { name: 'a reversed span is refused', start: 8, end: 3, problem: /at least one character/ },
    { name: 'a negative start is refused', start: -1, end: 3, problem: /outside the text/ },
    { name: 'an end past the text is refused', start: 0, end: 999, problem: /outside the text/ },
    {
      name: 'a span starting inside a surrogate pair is refused',
      start: emoji + 1,
      end: emoji + 4,
      problem: /surrogate pair/,
    },
    {
      name: 'a span ending inside a surrogate pair is refused',
      start: 3,
      end: emoji + 1,
      problem: /surrogate pair/,
    },
    { name: 'white space alone is refused', start: 2, end: 3, problem: /white space/ },
    { name: 'fractional offsets are refused', start: 1.5, end: 3, problem: /whole numbers/ },
  ];
  for (const { name, start, end, problem } of cases) {
    it(name, () => {
      const found = spanProblem(text, start, end);
      if (problem === null) expect(found).toBeNull();
      else expect(found).toMatch(problem);
    });
  }
});

describe('quoteContext', () => {
  it('gives the exact text and up to 32 characters either side', () => {
    const text = `${'a'.repeat(40)} CIBLE ${'b'.repeat(40)}`;
    const start = text.indexOf('CIBLE');
    const context = quoteContext(text, start, start + 5);
    expect(context.text).toBe('CIBLE');
    expect(context.prefix).toBe(`${'a'.repeat(31)} `);
    expect(context.suffix).toBe(` ${'b'.repeat(31)}`);
    expect(context.prefix).toHaveLength(QUOTE_CONTEXT_CHARS);
  });

  it('stops at the edges of the text', () => {
    expect(quoteContext('مالي والمغرب', 0, 4)).toEqual({
      text: 'مالي',
      prefix: '',
      suffix: ' والمغرب',
    });
  });

  it('never starts or ends the context in the middle of a surrogate pair', () => {
    const text = `😀${'x'.repeat(31)}QUOTE${'y'.repeat(31)}😀z`;
    const start = text.indexOf('QUOTE');
    const { prefix, suffix } = quoteContext(text, start, start + 5);
    expect(prefix).toBe('x'.repeat(31));
    expect(suffix).toBe('y'.repeat(31));
    expect(prefix.length + suffix.length).toBeLessThan(2 * QUOTE_CONTEXT_CHARS);
  });
});
