import { describe, expect, it } from 'vitest';
import {
  arabicSkeleton,
  isTransliteration,
  latinSkeleton,
  nameKey,
  skeletonSimilarity,
  TRANSLITERATION_THRESHOLD,
  transliterationSimilarity,
} from '../../../../src/main/core/align/transliterate';

const SPELLINGS_OF_ONE_NAME: [string, string][] = [
  ['محيب', 'Mouhib'],
  ['مهيب', 'Mouhib'],
  ['باماكو', 'Bamako'],
  ['الساحل', 'Sahel'],
  ['مالي', 'Mali'],
  ['موريتانيا', 'Mauritanie'],
  ['موريتانيا', 'Mauritania'],
  ['النيجر', 'Niger'],
  ['غويتا', 'Goïta'],
  ['أخنوش', 'Akhannouch'],
  ['الرباط', 'Rabat'],
  ['بوركينا', 'Burkina'],
  ['فاسو', 'Faso'],
  ['تيمبكتو', 'Tombouctou'],
  ['تيمبكتو', 'Timbuktu'],
  ['ماكرون', 'Macron'],
  ['واشنطن', 'Washington'],
  ['محمد', 'Mohamed'],
  ['أحمد', 'Ahmed'],
  ['عمر', 'Omar'],
  ['واغادوغو', 'Ouagadougou'],
  ['نواكشوط', 'Nouakchott'],
  ['الخرطوم', 'Khartoum'],
  ['غانا', 'Ghana'],
  ['السنغال', 'Sénégal'],
  ['بوتين', 'Putin'],
  ['أردوغان', 'Erdogan'],
  ['والرباط', 'al-Rabat'],
];

const DIFFERENT_WORDS: [string, string][] = [
  ['مالي', 'Malaysia'],
  ['مالي', 'Milan'],
  ['مالي', 'Lima'],
  ['وزير', 'Washington'],
  ['وزارة', 'Warsaw'],
  ['باماكو', 'Bangui'],
  ['تونس', 'Toulouse'],
  ['ماكرون', 'Marco'],
  ['ماكرون', 'Cameroun'],
  ['الرباط', 'Rabih'],
  ['غويتا', 'Gueye'],
  ['النيجر', 'Nadia'],
  ['موريتانيا', 'Martinique'],
  ['الساحل', 'Seoul'],
  ['تيمبكتو', 'Timor'],
  ['بوركينا', 'Burundi'],
  ['واشنطن', 'Wellington'],
  ['قطر', 'Cotonou'],
  ['جيش', 'Jesus'],
  ['العراق', 'Iran'],
  ['إيران', 'Iraq'],
  ['ليبيا', 'Lebanon'],
  ['مصر', 'Mars'],
  ['لندن', 'Lyon'],
  ['باريس', 'Brest'],
  ['أمريكا', 'Morocco'],
  ['فرنسا', 'Florence'],
  ['مدرسة', 'Madrid'],
  ['كتاب', 'Kabul'],
  ['الجيش', 'Gazette'],
  ['رئيس', 'Paris'],
  ['قال', 'Carl'],
  ['أخنوش', 'Akhbar'],
];

describe('skeletons', () => {
  it.each([
    ['باماكو', 'BMKw'],
    ['الرباط', 'RBT'],
    ['أخنوش', 'aXNwC'],
    ['مدرسة', 'MDRS'],
    ['مُهَيَّب', 'MHyB'],
  ])('of the Arabic %s is %s', (word, skeleton) => {
    expect(arabicSkeleton(word)).toBe(skeleton);
  });

  it.each([
    ['Bamako', 'BMKw'],
    ['Rabat', 'RBT'],
    ['Akhannouch', 'aXNwC'],
    ['Niger', 'NyJR'],
    ['Ghana', 'GN'],
    ['Washington', 'wCyNTwN'],
    ['el-Fasher', 'FCR'],
  ])('of the Latin %s is %s', (word, skeleton) => {
    expect(latinSkeleton(word)).toBe(skeleton);
  });
});

describe('isTransliteration', () => {
  it.each(SPELLINGS_OF_ONE_NAME)('accepts %s ↔ %s', (arabic, latin) => {
    expect(isTransliteration(arabic, latin)).toBe(true);
    expect(transliterationSimilarity(arabic, latin)).toBeGreaterThanOrEqual(
      TRANSLITERATION_THRESHOLD,
    );
  });

  it.each(DIFFERENT_WORDS)('rejects %s ↔ %s', (arabic, latin) => {
    expect(isTransliteration(arabic, latin)).toBe(false);
  });

  it('scores in [0, 1], 1 for the same skeleton', () => {
    expect(transliterationSimilarity('باماكو', 'Bamako')).toBe(1);
    expect(transliterationSimilarity('وزير', 'Washington')).toBeGreaterThanOrEqual(0);
    expect(skeletonSimilarity('', '')).toBe(0);
  });
});

describe('nameKey', () => {
  it.each(SPELLINGS_OF_ONE_NAME)('puts %s and %s in one bucket', (arabic, latin) => {
    expect(nameKey(arabicSkeleton(arabic))).toBe(nameKey(latinSkeleton(latin)));
  });

  it('is the first two consonants in coarse groups', () => {
    expect(nameKey('BMKw')).toBe('BM');
    expect(nameKey('aXNwC')).toBe('KN');
    expect(nameKey('wy')).toBe('');
  });
});
