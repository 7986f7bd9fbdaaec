// The one fold for looking names up as typed (tags, and documents in the source picker and the
// core's page filter): case, accents, harakat, tatweel and alef/ya spellings do not matter.
import { describe, expect, it } from 'vitest';
import { foldForLookup, lookupWords, matchesLookup } from '../../../../src/shared/text/lookup';

describe('foldForLookup', () => {
  const cases: [string, string][] = [
    ['Coopération', 'cooperation'],
    ['  Défense   nationale ', 'defense nationale'],
    ['تَعَاوُن', 'تعاون'],
    ['تعـــاون', 'تعاون'],
    ['إتفاق', 'اتفاق'],
    ['مستشفى', 'مستشفي'],
  ];
  for (const [name, folded] of cases) {
    it(`folds "${name}"`, () => expect(foldForLookup(name)).toBe(folded));
  }
});

describe('lookupWords', () => {
  it('splits what was typed into folded words', () => {
    expect(lookupWords('  Défense   NATIONALE ')).toEqual(['defense', 'nationale']);
    expect(lookupWords(' \t ')).toEqual([]);
  });
});

describe('matchesLookup', () => {
  it.each([
    ['Le Maroc et le Mali — Défense', 'defense', true],
    ['Le Maroc et le Mali — Défense', 'MALI maroc', true],
    ['Le Maroc et le Mali — Défense', 'mali niger', false],
    ['Hespress 001_50a2ec957d30357a.txt', 'hespress', true],
    ['الجيش المغربي يدعم نظيره المالي', 'المالي', true],
    ['مُهيب', 'مهيب', true],
    ['أعرب العميد', 'اعرب', true],
    ['anything', '   ', true],
  ])('%s ∋ %s: %s', (text, query, expected) => {
    expect(matchesLookup(text, query)).toBe(expected);
  });
});
