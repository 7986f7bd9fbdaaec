import { describe, expect, it } from 'vitest';
import {
  analyseBoilerplate,
  classifySentence,
  type AnalysedParagraph,
} from '../../../../src/main/core/text/boilerplate';
import { segmentText } from '../../../../src/main/core/text/segment';
import { readSeed, type SeedNumber } from './seeds';

function analyse(seed: SeedNumber): { text: string; paragraphs: AnalysedParagraph[] } {
  const { text } = readSeed(seed);
  return { text, paragraphs: analyseBoilerplate(text, segmentText(text)) };
}

/** Boilerplate sentences of a seed as [kind, text]. */
function flagged(seed: SeedNumber): [string, string][] {
  const { text, paragraphs } = analyse(seed);
  return paragraphs.flatMap((p) =>
    p.sentences
      .filter((s) => s.boilerplate !== null && s.boilerplate !== 'ticker')
      .map((s): [string, string] => [s.boilerplate ?? '', text.slice(s.start, s.end)]),
  );
}

describe('boilerplate in the seeds', () => {
  it('flags every piece of seed 001’s ticker, and the whole ticker paragraph', () => {
    const { paragraphs } = analyse('001');
    const [ticker] = paragraphs;
    expect(ticker?.sentences.length).toBeGreaterThan(50);
    expect(ticker?.sentences.every((s) => s.boilerplate === 'ticker')).toBe(true);
    expect(ticker?.boilerplate).toBe(true);
  });

  it('flags seed 001’s widgets, byline and source link, and nothing of its article', () => {
    expect(flagged('001')).toEqual([
      ['widget', 'شكرا على الإبلاغ!'],
      ['widget', 'سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.'],
      ['byline', 'نشر في هسبريس يوم 19 - 02 - 2025'],
      ['source-link', 'انقر هنا لقراءة الخبر من مصدره.'],
    ]);
  });

  it('flags seed 000’s crumbs and byline but not its headline or body', () => {
    expect(flagged('000')).toEqual([
      ['crumbs', '1. الرئيسية 2. غير مصنف'],
      ['byline', 'الصحيفة - متابعة السبت 22 فبراير 2025 - 9:00'],
    ]);
    expect(analyse('000').paragraphs[0]?.boilerplate).toBe(false);
  });

  it('flags only the wire code of seed 004', () => {
    expect(flagged('004')).toEqual([['wire-code', 'MK/te/Sf/fss/APA']]);
  });

  it.each(['002', '003'] as SeedNumber[])('flags no sentence of seed %s', (seed) => {
    const { paragraphs } = analyse(seed);
    expect(paragraphs.flatMap((p) => p.sentences).filter((s) => s.boilerplate !== null)).toEqual(
      [],
    );
  });

  it('keeps an article glued after a ticker as prose', () => {
    const body = 'Le Maroc a envoyé une délégation militaire de haut niveau au Mali. '
      .repeat(5)
      .trim();
    const text = `Titre un    Titre deux    Titre trois    Titre quatre    ${body}`;
    const [paragraph] = analyseBoilerplate(text, segmentText(text));
    const kinds = paragraph?.sentences.map((s) => s.boilerplate);
    expect(kinds).toEqual(['ticker', 'ticker', 'ticker', 'ticker', null, null, null, null, null]);
  });
});

describe('classifySentence', () => {
  it.each([
    ['Share', 'widget'],
    ['Partager', 'widget'],
    ['Signaler', 'widget'],
    ['Report', 'widget'],
    ['Partager | Imprimer | Facebook | WhatsApp', 'widget'],
    ['شكرا على الإبلاغ!', 'widget'],
    ['Lire aussi : le Maroc et le Mali signent un accord', 'widget'],
    ['انقر هنا لقراءة الخبر من مصدره.', 'source-link'],
    ['Cliquez ici pour lire l’article sur le site de la source.', 'source-link'],
    ['Click here to read the source.', 'source-link'],
    ['MK/te/Sf/fss/APA', 'wire-code'],
    ['1. Accueil 2. Politique', 'crumbs'],
    ['Accueil > Maroc > Politique', 'crumbs'],
    ['Accueil > Afrique > Défense', 'crumbs'],
    ['1. Home 2. World 3. Middle East', 'crumbs'],
    ['نشر في هسبريس يوم 19 - 02 - 2025', 'byline'],
    ['Publié le 17 février 2025 à 10h30', 'byline'],
    ['Published on February 17, 2025', 'byline'],
    ['By John Smith', 'byline'],
    ['© 2025 Hespress. Tous droits réservés.', 'copyright'],
  ])('%s → %s', (sentence, kind) => {
    expect(classifySentence(sentence)).toBe(kind);
  });

  it.each([
    'Par ailleurs, le ministre a salué la coopération.',
    'Le 17 février 2025, le ministre est arrivé à Bamako.',
    'Report: the ministry says cooperation will continue.',
    'الإبلاغ عن الفساد واجب وطني.',
    'التهديدات في الساحل الإفريقي تقوي التعاون العسكري بين المغرب ومالي',
    'خبرات تتصدى للتهديدات',
    'Share prices rose sharply in Casablanca on Monday.',
    'يوم 17 فبراير 2025 وصل الوفد.',
  ])('leaves prose alone: %s', (sentence) => {
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe('space runs that are not a ticker', () => {
  it('leaves prose typed with two spaces after each sentence alone', () => {
    const text =
      'Le Maroc a envoyé une délégation.  La visite a duré trois jours.  Elle a été un succès.  Les deux pays coopèrent.';
    const [paragraph] = analyseBoilerplate(text, segmentText(text));
    expect(paragraph?.sentences.map((s) => s.boilerplate)).toEqual([null, null, null, null]);
  });

  it('leaves prose typed with two spaces between words alone', () => {
    const text = 'Le  Maroc  a  envoyé  une  délégation  militaire  au  Mali  pour  trois  jours.';
    const [paragraph] = analyseBoilerplate(text, segmentText(text));
    expect(paragraph?.sentences.map((s) => [text.slice(s.start, s.end), s.boilerplate])).toEqual([
      [text, null],
    ]);
  });
});
