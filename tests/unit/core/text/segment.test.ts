import { describe, expect, it } from 'vitest';
import {
  MAX_SENTENCE_CHARS,
  segmentText,
  type ParagraphSegment,
} from '../../../../src/main/core/text/segment';
import { readSeed, SEED_NUMBERS } from './seeds';

const sentencesOf = (text: string): string[] =>
  segmentText(text).flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));

describe('sentence boundaries', () => {
  it.each([
    [
      'Arabic question mark ends, Arabic comma does not',
      'هل حضر الوزير؟ نعم، حضر الوزير الاجتماع. وقال إن التعاون مستمر',
      ['هل حضر الوزير؟', 'نعم، حضر الوزير الاجتماع.', 'وقال إن التعاون مستمر'],
    ],
    [
      'Arabic semicolon does not end',
      'يرأسه اللواء عبد الغني محيب؛ وذلك لعقد الاجتماع الأول.',
      ['يرأسه اللواء عبد الغني محيب؛ وذلك لعقد الاجتماع الأول.'],
    ],
    [
      'a quote then a full stop',
      'وقال إن "التعاون مستمر". وأضاف أن الزيارة ناجحة.',
      ['وقال إن "التعاون مستمر".', 'وأضاف أن الزيارة ناجحة.'],
    ],
    [
      'French guillemets before the reporting clause',
      '« Le Maroc est déterminé à appuyer le Sahel face aux dangers qui menacent sa stabilité », a-t-il souligné. La visite a duré trois jours.',
      [
        '« Le Maroc est déterminé à appuyer le Sahel face aux dangers qui menacent sa stabilité », a-t-il souligné.',
        'La visite a duré trois jours.',
      ],
    ],
    [
      'a guillemet closing after the full stop',
      'Il a dit : « C’est fini. » Puis il est parti.',
      ['Il a dit : « C’est fini. »', 'Puis il est parti.'],
    ],
    [
      'a curly quote closing after the full stop',
      '“Morocco reaffirms its commitment.” He left.',
      ['“Morocco reaffirms its commitment.”', 'He left.'],
    ],
    [
      'French spacing before ? and !',
      'Vraiment ? Oui ! Il est parti.',
      ['Vraiment ?', 'Oui !', 'Il est parti.'],
    ],
    [
      'French civil titles',
      'M. Dupont est arrivé. Mme Martin et Mlle Petit aussi.',
      ['M. Dupont est arrivé.', 'Mme Martin et Mlle Petit aussi.'],
    ],
    [
      'military ranks',
      'Le Gén. Mouhib a rencontré le Col. Diarra. Gen. Smith met Lt. Jones.',
      ['Le Gén. Mouhib a rencontré le Col. Diarra.', 'Gen. Smith met Lt. Jones.'],
    ],
    [
      'initialisms',
      'The U.S. delegation met the U.N. Security Council. It voted.',
      ['The U.S. delegation met the U.N. Security Council.', 'It voted.'],
    ],
    [
      'Latin abbreviations',
      'Some, e.g. this and i.e. that, are fine. Next one.',
      ['Some, e.g. this and i.e. that, are fine.', 'Next one.'],
    ],
    [
      'French p. ex.',
      'Des pays, p. ex. le Mali, coopèrent. Fin.',
      ['Des pays, p. ex. le Mali, coopèrent.', 'Fin.'],
    ],
    [
      'an Arabic word with tanween before the full stop',
      'بقي الوفد يومًا. ثم عاد إلى الرباط.',
      ['بقي الوفد يومًا.', 'ثم عاد إلى الرباط.'],
    ],
    ['initials before a surname', 'J. Smith arrived. He left.', ['J. Smith arrived.', 'He left.']],
    [
      'No. before a number',
      'See No. 5 for details. Then stop.',
      ['See No. 5 for details.', 'Then stop.'],
    ],
    [
      'decimals and dotted dates',
      'Le taux est de 3.5 pour cent. La réunion a eu lieu le 17.02.2025 à Bamako.',
      ['Le taux est de 3.5 pour cent.', 'La réunion a eu lieu le 17.02.2025 à Bamako.'],
    ],
    ['an ellipsis before a capital', 'Il hésite… Puis il part.', ['Il hésite…', 'Puis il part.']],
    ['an ellipsis before lower case', 'Il hésite… puis il part.', ['Il hésite… puis il part.']],
    ['a numbered list marker', '1. Première étape du plan.', ['1. Première étape du plan.']],
    [
      'a double space that is a typing slip',
      'A sentence with  a double space in it.',
      ['A sentence with  a double space in it.'],
    ],
    [
      'a ticker joined by runs of spaces',
      'Headline one\u00a0\u00a0\u00a0\u00a0Headline two\u00a0\u00a0\u00a0\u00a0Headline three    Headline four',
      ['Headline one', 'Headline two', 'Headline three', 'Headline four'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  it('puts one paragraph per line and skips blank lines, trimmed', () => {
    const text = '  First line.  \n\n\nSecond line\n \t\nThird';
    const paragraphs = segmentText(text).map((p) => text.slice(p.start, p.end));
    expect(paragraphs).toEqual(['First line.', 'Second line', 'Third']);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(' \n \n')).toEqual([]);
  });
});

describe('page structures inside one line (seed 000)', () => {
  it('separates crumbs, headline, byline and body', () => {
    expect(sentencesOf(readSeed('000').text).slice(0, 4)).toEqual([
      '1. الرئيسية 2. غير مصنف',
      'الجيش المغربي يدعم نظيره المالي في مجال التدريب العسكري والتعاون الاستخباراتي ومواجهة التحديات المشتركة',
      'الصحيفة - متابعة السبت 22 فبراير 2025 - 9:00',
      'اختتمت أعمال اللجنة العسكرية المشتركة بين المملكة المغربية وجمهورية مالي، والتي استمرت على مدى ثلاثة أيام، بدءًا من يوم الاثنين 17 فبراير 2025، في إطار تعزيز التعاون العسكري الثنائي بين البلدين.',
    ]);
  });

  it('separates a French byline with a time from the body that follows it', () => {
    const text =
      'Le Maroc et le Mali renforcent leur coopération Publié le 17 février 2025 à 10h30 Le Maroc a envoyé une délégation.';
    expect(sentencesOf(text)).toEqual([
      'Le Maroc et le Mali renforcent leur coopération',
      'Publié le 17 février 2025 à 10h30',
      'Le Maroc a envoyé une délégation.',
    ]);
  });

  it('splits the ticker of seed 001 into headline-sized pieces', () => {
    const { text } = readSeed('001');
    const [ticker] = segmentText(text);
    const pieces = (ticker?.sentences ?? []).map((s) => text.slice(s.start, s.end));
    expect(pieces.length).toBeGreaterThan(50);
    expect(pieces[0]).toBe(
      'المغرب يستعد لإطلاق رحلات جوية مباشرة بين الدار البيضاء وسانت بطرسبورغ',
    );
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });
});

describe('long lines', () => {
  it('cuts a sentence longer than the cap at whitespace', () => {
    const text = 'كلمة '.repeat(1200).trim(); // 5,999 characters
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.length)).toEqual([1999, 1999, 1999]);
    for (const s of sentences) {
      expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.startsWith('كلمة')).toBe(true);
      expect(s.endsWith('كلمة')).toBe(true);
    }
  });

  it('cuts a run without any whitespace at the cap', () => {
    const sentences = sentencesOf('x'.repeat(4500));
    expect(sentences.map((s) => s.length)).toEqual([2000, 2000, 500]);
  });
});

function checkInvariants(text: string, paragraphs: ParagraphSegment[]): void {
  let previousEnd = 0;
  for (const paragraph of paragraphs) {
    expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd);
    expect(paragraph.end).toBeGreaterThan(paragraph.start);
    expect(text.slice(paragraph.start, paragraph.end)).toBe(
      text.slice(paragraph.start, paragraph.end).trim(),
    );
    let sentenceEnd = paragraph.start;
    let covered = '';
    for (const sentence of paragraph.sentences) {
      const slice = text.slice(sentence.start, sentence.end);
      expect(sentence.start).toBeGreaterThanOrEqual(sentenceEnd);
      expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
      expect(slice.length).toBeGreaterThan(0);
      expect(slice).toBe(slice.trim());
      expect(text.slice(sentenceEnd, sentence.start).trim()).toBe('');
      covered += slice;
      sentenceEnd = sentence.end;
    }
    expect(text.slice(sentenceEnd, paragraph.end).trim()).toBe('');
    expect(covered.replace(/\s/g, '')).toBe(
      text.slice(paragraph.start, paragraph.end).replace(/\s/g, ''),
    );
    previousEnd = paragraph.end;
  }
}

describe('segment invariants', () => {
  it.each(SEED_NUMBERS)(
    'seed %s: trimmed, ordered, non-overlapping, covering every letter',
    (seed) => {
      const { text } = readSeed(seed);
      const paragraphs = segmentText(text);
      expect(paragraphs.length).toBeGreaterThan(0);
      checkInvariants(text, paragraphs);
    },
  );

  it('holds on awkward input', () => {
    const text = ' .\n!!! ?\n1.\n« »\n…\nA.B.C.\n\u00a0\u00a0x\u00a0\u00a0\u00a0y\u00a0\u00a0 ';
    checkInvariants(text, segmentText(text));
  });
});
