import { describe, expect, it } from 'vitest';
import { analyseBoilerplate } from '../../../../src/main/core/text/boilerplate';
import { detectMetadata, type DocumentMetadata } from '../../../../src/main/core/text/metadata';
import { segmentText } from '../../../../src/main/core/text/segment';
import { readSeed, type SeedNumber } from './seeds';

const metadataOf = (text: string, fileName = 'article.txt'): DocumentMetadata =>
  detectMetadata(text, analyseBoilerplate(text, segmentText(text)), fileName);

describe('detectMetadata on the seeds', () => {
  it.each([
    [
      '000',
      {
        title:
          'الجيش المغربي يدعم نظيره المالي في مجال التدريب العسكري والتعاون الاستخباراتي ومواجهة التحديات المشتركة',
        outlet: 'Assahifa',
        publishedAt: '2025-02-22',
      },
    ],
    [
      '001',
      {
        title: 'التهديدات في الساحل الإفريقي تقوي التعاون العسكري بين المغرب ومالي',
        outlet: 'Hespress',
        publishedAt: '2025-02-19',
      },
    ],
    [
      '002',
      {
        title: 'دفعة جديدة للتعاون العسكري بين المغرب ومالي برؤية استراتيجية موحّدة',
        outlet: null,
        publishedAt: null,
      },
    ],
    [
      '003',
      {
        title:
          'Le Maroc et le Mali, unis par des liens de coopération de longue date, ont décidé de renforcer leur partenariat dans le domaine de la défense',
        outlet: null,
        publishedAt: null,
      },
    ],
    [
      '004',
      {
        title:
          'Morocco and Mali have strengthened their long-standing cooperative relations by establishing a joint defence commission to enhance military training and collaboration',
        outlet: 'APA',
        publishedAt: null,
      },
    ],
  ] as [SeedNumber, DocumentMetadata][])('seed %s', (seed, expected) => {
    const { text, fileName } = readSeed(seed);
    expect(metadataOf(text, fileName)).toEqual(expected);
  });
});

describe('detectMetadata on other bylines', () => {
  it.each([
    [
      'an unknown outlet after نشر في',
      'عنوان الخبر\nنشر في جريدة المساء يوم 3 مارس 2025\nنص الخبر هنا.',
      'جريدة المساء',
      '2025-03-03',
    ],
    [
      'a Latin spelling of a known outlet',
      'Titre\nHespress FR - 1er mars 2025 - 10:15\nLe texte.',
      'Hespress FR',
      '2025-03-01',
    ],
    [
      'an Arabic spelling of a known outlet',
      'عنوان\nالجزيرة - 17 شباط 2025 - 08:30\nنص.',
      'Al Jazeera',
      '2025-02-17',
    ],
    [
      'a French byline',
      'Titre\nPublié le 17 février 2025 à 10h30\nLe texte de l’article.',
      null,
      '2025-02-17',
    ],
    [
      'an English byline',
      'Headline\nPublished on February 17, 2025\nThe article text.',
      null,
      '2025-02-17',
    ],
    ['a wire code of another agency', 'Headline\nThe article text.\nAB/cd/MAP', 'MAP', null],
    [
      'a dateline',
      'Titre\nRabat, 17/02/2025 (MAP) - Le ministre a reçu une délégation malienne.',
      null,
      '2025-02-17',
    ],
    [
      'Arabic-Indic digits',
      'عنوان\nنشر في هسبريس يوم ١٩ - ٠٢ - ٢٠٢٥\nنص.',
      'Hespress',
      '2025-02-19',
    ],
  ])('%s', (_name, text, outlet, publishedAt) => {
    const result = metadataOf(text);
    expect([result.outlet, result.publishedAt]).toEqual([outlet, publishedAt]);
  });

  it('prefers the byline date to a date in the body', () => {
    const text =
      'عنوان\nنشر في هسبريس يوم 19 - 02 - 2025\nبدأت الزيارة يوم الاثنين 17 فبراير 2025 في باماكو.';
    expect(metadataOf(text).publishedAt).toBe('2025-02-19');
  });

  it('does not take a date or an outlet from the body', () => {
    const text = 'عنوان\nوقال في تصريح لجريدة هسبريس يوم 17 فبراير 2025 إن التعاون مستمر.';
    expect(metadataOf(text)).toMatchObject({ outlet: null, publishedAt: null });
  });

  it('falls back to the file name without extension when everything is chrome', () => {
    expect(metadataOf('Share\nMK/te/Sf/fss/APA', 'cases/mali/brief-01.txt').title).toBe('brief-01');
  });

  it('shortens a very long first sentence at a word', () => {
    const sentence = `${'Le Maroc et le Mali renforcent leur coopération militaire '.repeat(6)}dans la région.`;
    const title = metadataOf(`${sentence}\nSuite.`).title;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
  });
});
