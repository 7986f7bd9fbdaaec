import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../../../src/main/core/text/language';
import { readSeed, type SeedNumber } from './seeds';

const paragraphs = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

describe('identifyLanguage on the seeds', () => {
  it.each([
    ['000', 'ar'],
    ['001', 'ar'],
    ['002', 'ar'],
    ['003', 'fr'],
    ['004', 'en'],
  ] as [SeedNumber, string][])('identifies seed %s as %s with confidence', (seed, language) => {
    const result = identifyLanguage(readSeed(seed).text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['002', 'ar'],
    ['003', 'fr'],
  ] as [SeedNumber, string][])('identifies every paragraph of seed %s as %s', (seed, language) => {
    for (const paragraph of paragraphs(readSeed(seed).text)) {
      expect(identifyLanguage(paragraph).language).toBe(language);
    }
  });

  it('identifies every prose paragraph of seed 004 as English, and not the wire code', () => {
    const [wireCode, ...prose] = paragraphs(readSeed('004').text).reverse();
    for (const paragraph of prose) expect(identifyLanguage(paragraph).language).toBe('en');
    expect(identifyLanguage(wireCode ?? '').language).toBe('und');
  });
});

describe('identifyLanguage on short and other texts', () => {
  it.each([
    ['empty text', '', 'und'],
    ['whitespace', '  \n ', 'und'],
    ['digits only', '2025 - 19', 'und'],
    ['a button label', 'Share', 'und'],
    ['a French button label', 'Partager', 'und'],
    ['two English words', 'Morocco and', 'und'],
    ['one Arabic word', 'المغرب', 'ar'],
    ['a few Arabic words', 'شكرا على الإبلاغ!', 'ar'],
    ['a short French phrase', 'Le Maroc et le Mali', 'fr'],
    ['Persian', 'این کتاب بسیار خوب است و من آن را دوست دارم', 'fa'],
    ['Urdu', 'یہ کتاب بہت اچھی ہے اور میں اسے پسند کرتا ہوں', 'ur'],
    ['Spanish', 'El gobierno de España ha anunciado nuevas medidas para la economía', 'es'],
    ['Italian', 'Il governo italiano ha annunciato nuove misure per l’economia', 'it'],
    ['German', 'Die Regierung hat neue Maßnahmen für die Wirtschaft angekündigt', 'de'],
    [
      'Indonesian (via franc)',
      'Pemerintah Indonesia mengumumkan kebijakan baru untuk ekonomi nasional',
      'id',
    ],
    ['Russian', 'Москва является столицей России и крупнейшим городом страны', 'ru'],
    ['Greek', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία', 'el'],
  ])('%s → %s', (_name, text, language) => {
    const result = identifyLanguage(text);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('is less sure of one Arabic word than of a paragraph', () => {
    const word = identifyLanguage('المغرب').confidence;
    const paragraph = identifyLanguage(paragraphs(readSeed('002').text)[1] ?? '').confidence;
    expect(word).toBeLessThan(0.7);
    expect(paragraph).toBeGreaterThan(0.95);
  });

  it('gives undetermined text zero confidence', () => {
    expect(identifyLanguage('12345')).toEqual({ language: 'und', confidence: 0 });
  });

  it('looks only at the start of a very long text', () => {
    const huge = 'Le Maroc et le Mali renforcent leur coopération. '.repeat(200_000);
    expect(identifyLanguage(huge).language).toBe('fr');
  });
});
