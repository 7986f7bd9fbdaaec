import { describe, expect, it } from 'vitest';
import { foldForSearch, normaliseArabic } from '../../../../src/main/core/text/normalise';

describe('foldForSearch', () => {
  it.each([
    ['lowercases English', 'Morocco AND Mali', 'morocco and mali'],
    ['folds French accents', 'Sécurité, Défense, À l’issue', 'securite, defense, a l’issue'],
    ['unfolds ligatures and ß', 'Œuvre ŒUVRE Straße ﬁnal', 'oeuvre oeuvre strasse final'],
    ['removes harakat and shadda', 'المَغْرِب موحّدة', 'المغرب موحده'],
    ['removes tanwin and dagger alef', 'رسميًا هٰذا', 'رسميا هذا'],
    ['removes tatweel', 'المـــغرب', 'المغرب'],
    ['unifies alef forms', 'أحمد إلى آخر ٱلله', 'احمد الي اخر الله'],
    [
      'writes hamza on a seat as hamza, so both spellings meet',
      'مسؤول مسئول شؤون شئون',
      'مسءول مسءول شءون شءون',
    ],
    ['turns alef maqsura into ya and ta marbuta into ha', 'مستشفى مدرسة', 'مستشفي مدرسه'],
    ['maps Arabic-Indic and Persian digits to ASCII', '٢٢ فبراير ٢٠٢٥ و ۱۹', '22 فبراير 2025 و 19'],
    [
      'removes bidi controls and zero-width characters',
      'a\u200fb\u202bc\u2066d\u061ce\u200bf\u200dg',
      'abcdefg',
    ],
    ['unfolds Arabic presentation forms', 'ﻻ ﷲ', 'لا الله'],
    ['maps Persian letters to their Arabic forms', 'کتاب یک', 'كتاب يك'],
    ['leaves other scripts intact', 'हिन्दी 한국어', 'हिन्दी 한국어'],
    ['recomposes a decomposed hamza on waw', 'مسو\u0654ول', 'مسءول'],
  ])('%s', (_name, input, output) => {
    expect(foldForSearch(input)).toBe(output);
  });

  it('folds a text the same as it folds each of its words', () => {
    const text = 'والمَغْرِب، Défense: ﻻ مسؤول!';
    const wordByWord = text.split(/(\s+)/).map(foldForSearch).join('');
    expect(foldForSearch(text)).toBe(wordByWord);
  });
});

describe('normaliseArabic', () => {
  it.each([
    ['normalises Arabic letters', 'إِلى المدرسةِ', 'الي المدرسه'],
    ['leaves Latin case and accents alone', 'Défense المَغْرِب', 'Défense المغرب'],
    ['maps digits', '١٩ - ٠٢ - ٢٠٢٥', '19 - 02 - 2025'],
  ])('%s', (_name, input, output) => {
    expect(normaliseArabic(input)).toBe(output);
  });
});
