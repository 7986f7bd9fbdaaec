import { describe, expect, it } from 'vitest';
import {
  STOP_WORDS,
  tokeniseForAlignment,
  type AlignToken,
} from '../../../../src/main/core/align/words';
import { foldForSearch } from '../../../../src/main/core/text/normalise';

const keys = (text: string, language: string): string[] =>
  tokeniseForAlignment(text, language).map((token) => token.key);

const numbers = (text: string, language = 'en'): string[] =>
  tokeniseForAlignment(text, language)
    .filter((token) => token.kind === 'number')
    .map((token) => token.key);

describe('tokeniseForAlignment: numbers', () => {
  it.each([
    ['comma thousands', '1,000', ['1000']],
    ['point thousands', '1.000', ['1000']],
    ['space thousands', '1 000', ['1000']],
    ['no-break space thousands', '1\u00a0000', ['1000']],
    ['narrow no-break space thousands', '25\u202f000', ['25000']],
    ['Arabic thousands separator and digits', '١٬٠٠٠', ['1000']],
    ['several groups', '1,000,000 and 2.500.000', ['1000000', '2500000']],
    ['decimal point', '3.5', ['3.5']],
    ['decimal comma', '3,5', ['3.5']],
    ['Arabic decimal separator', '٣٫٥', ['3.5']],
    ['Persian digits', '۱۲ و ۲۰۲۵', ['12', '2025']],
    ['thousands then decimals', '1,234.5 or 1.234,5 or 1 234,5', ['1234.5', '1234.5', '1234.5']],
    ['a leading zero keeps the decimals', '0,125', ['0.125']],
    ['trailing decimal zeros dropped', '2.50 and 3.0', ['2.5', '3']],
    ['leading zeros dropped', '007', ['7']],
    ['percentages keep the number', '50% ٪٥٠ 12 %', ['50', '50', '12']],
    ['a date is three numbers', '12.03.2020', ['12', '3', '2020']],
    ['a four-digit number does not group', 'in 2019 300 people', ['2019', '300']],
    ['a comma and a space list numbers', 'in 2010, 2011', ['2010', '2011']],
    ['letters after a number split off', '2019م COVID-19 1er', ['2019', '19', '1']],
    ['a sentence-final point is not a decimal', 'It cost 40.', ['40']],
  ])('%s', (_name, text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it('marks numbers as numbers and keeps their surface', () => {
    expect(tokeniseForAlignment('قتل ١٬٠٠٠ شخص', 'ar')).toEqual<AlignToken[]>([
      { surface: 'قتل', key: 'قتل', kind: 'word' },
      { surface: '١٬٠٠٠', key: '1000', kind: 'number' },
      { surface: 'شخص', key: 'شخص', kind: 'word' },
    ]);
  });
});

describe('tokeniseForAlignment: months and weekdays', () => {
  it.each([
    ['English', 'on 5 January', 'en', '#month:1'],
    ['English capitalised May', 'in May', 'en', '#month:5'],
    ['English abbreviation', 'Sept. 11', 'en', '#month:9'],
    ['French', 'le 5 janvier', 'fr', '#month:1'],
    ['French with accents', 'en février', 'fr', '#month:2'],
    ['French without accents', 'en fevrier', 'fr', '#month:2'],
    ['French août', 'le 15 août', 'fr', '#month:8'],
    ['French décembre', 'en décembre', 'fr', '#month:12'],
    ['Arabic (Egypt, Gulf)', 'في يناير', 'ar', '#month:1'],
    ['Arabic (Algeria, Tunisia)', 'في جانفي', 'ar', '#month:1'],
    ['Arabic (Morocco)', 'في شتنبر', 'ar', '#month:9'],
    ['Arabic with hamza', 'في أغسطس', 'ar', '#month:8'],
    ['Arabic without hamza', 'في اغسطس', 'ar', '#month:8'],
    ['Arabic joined to و', 'ديسمبر ويناير', 'ar', '#month:1'],
    ['Syriac شباط', 'في شباط', 'ar', '#month:2'],
    ['Syriac آذار', 'في آذار', 'ar', '#month:3'],
    ['Syriac حزيران', 'في حزيران', 'ar', '#month:6'],
    ['Syriac آب', 'في آب', 'ar', '#month:8'],
    ['Syriac أيلول', 'في أيلول', 'ar', '#month:9'],
    ['English weekday', 'on Monday', 'en', '#day:1'],
    ['French weekday', 'dimanche', 'fr', '#day:7'],
    ['Arabic weekday', 'يوم الاثنين', 'ar', '#day:1'],
    ['Arabic weekday with hamza', 'يوم الإثنين', 'ar', '#day:1'],
    ['Arabic weekday joined to و', 'الخميس والجمعة', 'ar', '#day:5'],
    ['Arabic Sunday', 'الأحد', 'ar', '#day:7'],
  ])('%s', (_name, text, language, key) => {
    expect(keys(text, language)).toContain(key);
  });

  it.each([
    ['كانون الثاني', '#month:1'],
    ['كانون الأول', '#month:12'],
    ['تشرين الأول', '#month:10'],
    ['تشرين الثاني', '#month:11'],
    ['وتشرين الثاني', '#month:11'],
    ['كانونَ الثانيَ', '#month:1'],
  ])('reads the two-word month %s as one token', (text, key) => {
    expect(tokeniseForAlignment(`في ${text} ٢٠٢٤`, 'ar')).toEqual<AlignToken[]>([
      { surface: text, key, kind: 'word' },
      { surface: '٢٠٢٤', key: '2024', kind: 'number' },
    ]);
  });

  it('reads كانون or تشرين without an ordinal as a word', () => {
    expect(keys('كانون', 'ar')).not.toContain('#month:1');
    expect(keys('الفصل الأول', 'ar').some((key) => key.startsWith('#'))).toBe(false);
  });

  it.each([
    ['may as a verb', 'it may rain', 'en'],
    ['march as a verb', 'they march', 'en'],
    ['أب (father) is not آب (August)', 'أب', 'ar'],
    ['bare أحد (one, anyone) is not Sunday', 'أحد', 'ar'],
    ['جمعة without the article is a name', 'جمعة', 'ar'],
  ])('does not read %s as a date', (_name, text, language) => {
    expect(keys(text, language).some((key) => key.startsWith('#'))).toBe(false);
  });

  it('gives the same key to a month in the three languages', () => {
    expect(keys('mars', 'fr')).toEqual(keys('March', 'en'));
    expect(keys('مارس', 'ar')).toEqual(keys('آذار', 'ar'));
    expect(keys('آذار', 'ar')).toEqual(keys('mars', 'fr'));
  });
});

describe('tokeniseForAlignment: words', () => {
  it.each([
    ['splits French elisions', "l'armée d'un pays qu'il aime", 'fr', ['armee', 'pay', 'aime']],
    ['with typographic apostrophes', 'l’Afrique jusqu’à', 'fr', ['afriqu']],
    ['aujourd’hui is one word', 'aujourd’hui', 'fr', ['aujourd']],
    ['drops an English possessive', "Morocco's army", 'en', ['morocco', 'armi']],
    [
      'drops French function words',
      'le président de la République',
      'fr',
      ['president', 'republiqu'],
    ],
    [
      'drops English function words',
      'the minister of the interior',
      'en',
      ['minister', 'interior'],
    ],
    ['drops Arabic function words', 'قال إن الوزير في المغرب', 'ar', ['قال', 'وزير', 'مغرب']],
    ['drops Arabic function words with و or ف', 'وفي والتي فإن', 'ar', []],
    [
      'strips the Arabic article and what it carries',
      'والمغرب للمغرب بالمغرب',
      'ar',
      ['مغرب', 'مغرب', 'مغرب'],
    ],
    ['folds Arabic letter variants and harakat', 'إلى الوِزارة', 'ar', ['وزار']],
    ['keeps مائة (hundred) apart from ماء (water)', 'بالمائة الماء', 'ar', ['مءه', 'ماء']],
    ['splits hyphens', 'cessez-le-feu', 'fr', ['cessez', 'feu']],
    ['keeps acronyms that spell function words', 'the WHO and the US', 'en', ['who', 'usa']],
  ])('%s', (_name, text, language, expected) => {
    expect(keys(text, language)).toEqual(expected);
  });

  it.each([
    ['forces', 'force', 'en'],
    ['countries', 'country', 'en'],
    ['churches', 'church', 'en'],
    ['planes', 'plane', 'en'],
    ['forces', 'force', 'fr'],
    ['ministres', 'ministre', 'fr'],
    ['grandes', 'grand', 'fr'],
    ['malienne', 'malien', 'fr'],
    ['journaux', 'journal', 'fr'],
    ['bureaux', 'bureau', 'fr'],
    ['Sécurité', 'sécurité', 'fr'],
  ])('stems %s like %s (%s)', (a, b, language) => {
    expect(keys(a, language)).toEqual(keys(b, language));
  });

  it.each([
    ['news', 'new', 'en'],
    ['partie', 'parti', 'fr'],
    ['cours', 'cour', 'fr'],
    ['crisis', 'crisi', 'en'],
  ])('keeps %s apart from %s (%s)', (a, b, language) => {
    expect(keys(a, language)).not.toEqual(keys(b, language));
  });

  it('keeps the surface as written', () => {
    const [token] = tokeniseForAlignment('L’Armée', 'fr').slice(-1);
    expect(token).toEqual({ surface: 'Armée', key: 'armee', kind: 'word' });
  });

  it('reads Arabic words in a Latin document with the Arabic rules', () => {
    expect(keys('Le roi الملك', 'fr')).toEqual(['roi', 'ملك']);
  });

  it('exports its stop words folded', () => {
    expect(STOP_WORDS.en.has('the')).toBe(true);
    expect(STOP_WORDS.fr.has('apres')).toBe(true);
    expect(STOP_WORDS.ar.has(foldForSearch('إلى'))).toBe(true);
  });
});
