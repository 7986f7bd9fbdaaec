import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/main/core/text/dates';

describe('findDates', () => {
  it.each([
    ['numeric with spaced dashes (Hespress)', 'نشر في هسبريس يوم 19 - 02 - 2025', '2025-02-19'],
    ['Maghreb month name', 'الصحيفة - متابعة السبت 22 فبراير 2025 - 9:00', '2025-02-22'],
    ['Maghreb months ماي and غشت', '5 غشت 2024', '2024-08-05'],
    ['Maghreb month دجنبر', '31 دجنبر 2024', '2024-12-31'],
    ['Egyptian month', '3 أغسطس 2023', '2023-08-03'],
    ['Levant two-word month', '3 تشرين الأول 2023', '2023-10-03'],
    ['Levant month with its Maghreb twin', '22 شباط/فبراير 2025', '2025-02-22'],
    ['Algerian month', '14 جويلية 2024', '2024-07-14'],
    ['Arabic-Indic digits', '٢٢ كانون الثاني ٢٠٢٥', '2025-01-22'],
    ['French', 'le 17 février 2025', '2025-02-17'],
    ['French first of the month', '1er mars 2025', '2025-03-01'],
    ['French numeric', 'le 19/02/2025', '2025-02-19'],
    ['dotted numeric', 'le 17.02.2025 à Bamako', '2025-02-17'],
    ['English month first', 'February 17, 2025', '2025-02-17'],
    ['English day first', '17 February 2025', '2025-02-17'],
    ['ISO', 'updated 2025-02-19T10:00', '2025-02-19'],
    ['US order when the day cannot be first', '12/25/2024', '2024-12-25'],
  ])('reads %s', (_name, text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it.each([
    ['no year', 'this mission began on February 17 with a welcome'],
    ['an impossible day', '31/02/2025'],
    ['a decimal number', 'une hausse de 1.31 pour cent'],
    ['a bare year', 'في عام 2025'],
  ])('finds nothing in %s', (_name, text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('reports offsets into the text it was given', () => {
    const text = 'xx نشر يوم 19 - 02 - 2025 yy';
    const [date] = findDates(text, 3);
    expect(date && text.slice(date.start, date.end)).toBe('19 - 02 - 2025');
  });
});
