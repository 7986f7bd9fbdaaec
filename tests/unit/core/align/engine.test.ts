// The engine on constructed pairs (where the right answer is known by construction) and on the
// seeds: a wire story in French and English, and two outlets' accounts of one visit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../src/main/core/align';
import type { AlignSide, Bead } from '../../../../src/main/core/align/types';
import { analyseText } from '../../../../src/main/core/text/analyse';
import { SEEDS_DIR } from '../../helpers/temp';

// Sentence k of a constructed pair: the same two numbers on both sides (an anchor only it has),
// with words of its own language around them so lengths stay in proportion.
const english = (k: number): string =>
  `The committee met on the ${100 + k}th day and counted ${5000 + k} visitors in the city.`;
const french = (k: number): string =>
  `Le comité s'est réuni le ${100 + k}e jour et a compté ${5000 + k} visiteurs dans la ville.`;

const side = (language: string, sentences: string[]): AlignSide => ({ language, sentences });
const shape = (beads: Bead[]): string[] => beads.map((b) => `${b.a.join('+')}-${b.b.join('+')}`);
const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

describe('translation alignment on constructed pairs', () => {
  it('pairs an unchanged translation one to one, in order', () => {
    const result = alignSentences(
      side('fr', range(12).map(french)),
      side('en', range(12).map(english)),
    );
    expect(result.mode).toBe('translation');
    expect(shape(result.beads)).toEqual(range(12).map((k) => `${k}-${k}`));
    expect(result.beads.every((b) => b.score > 0.9 && !b.manual)).toBe(true);
  });

  it('leaves a sentence the other side omits without counterpart (1-0)', () => {
    const b = range(12)
      .filter((k) => k !== 5)
      .map(english);
    const result = alignSentences(side('fr', range(12).map(french)), side('en', b), {
      mode: 'translation',
    });
    expect(shape(result.beads)).toContain('5-');
    expect(shape(result.beads)).toContain('6-5');
  });

  it('finds a sentence the other side added (0-1)', () => {
    const b = range(12).map(english);
    b.splice(4, 0, 'Meanwhile an unrelated storm hit the coast of Norway without warning.');
    const result = alignSentences(side('fr', range(12).map(french)), side('en', b), {
      mode: 'translation',
    });
    expect(shape(result.beads)).toContain('-4');
    expect(shape(result.beads)).toContain('4-5');
  });

  it('joins two sentences the other side merged into one (2-1) and a split (1-2)', () => {
    const b = range(12).map(english);
    // 3 and 4 merged into one English sentence; 8 split in two.
    const merged = `${english(3).slice(0, -1)}; ${english(4)[0]!.toLowerCase()}${english(4).slice(1)}`;
    const [firstHalf, secondHalf] = [
      `The committee met on the ${108}th day.`,
      `It counted ${5008} visitors in the city.`,
    ];
    b.splice(8, 1, firstHalf, secondHalf);
    b.splice(3, 2, merged);
    const result = alignSentences(side('fr', range(12).map(french)), side('en', b), {
      mode: 'translation',
    });
    expect(shape(result.beads)).toContain('3+4-3');
    expect(shape(result.beads)).toContain('8-7+8');
  });

  it('keeps hand-made beads and aligns the rest around them', () => {
    const result = alignSentences(
      side('fr', range(10).map(french)),
      side('en', range(10).map(english)),
      {
        mode: 'translation',
        fixed: [
          { a: [2, 3], b: [2] },
          { a: [], b: [3] },
          { a: [7], b: [] },
        ],
      },
    );
    const beads = shape(result.beads);
    expect(beads).toContain('2+3-2');
    expect(beads).toContain('-3');
    expect(beads).toContain('7-');
    expect(beads).toContain('6-6');
    expect(beads).toContain('8-8');
    const manual = result.beads.filter((b) => b.manual).map((b) => `${b.a}-${b.b}`);
    expect(manual).toEqual(['2,3-2', '-3', '7-']);
  });

  it('never puts a rejected pair in one bead', () => {
    const result = alignSentences(
      side('fr', range(6).map(french)),
      side('en', range(6).map(english)),
      { mode: 'translation', rejected: [{ a: 2, b: 2 }] },
    );
    expect(shape(result.beads)).not.toContain('2-2');
  });

  it('covers every sentence exactly once, whatever the texts', () => {
    const a = range(30).map((k) => (k % 3 === 0 ? french(k) : `Phrase ${k} sans rapport.`));
    const b = range(25).map((k) => (k % 2 === 0 ? english(k) : `Unrelated line ${k * 7}.`));
    const { beads } = alignSentences(side('fr', a), side('en', b), { mode: 'translation' });
    expect(beads.flatMap((x) => x.a)).toEqual(range(30));
    expect(beads.flatMap((x) => x.b)).toEqual(range(25));
  });
});

function seed(prefix: string): AlignSide {
  const name = ['000_078b0cfc3fe8756e', '003_c9acab6d558fb12f', '004_ced1be549008465e'].find((n) =>
    n.startsWith(prefix),
  )!;
  const text = readFileSync(join(SEEDS_DIR, `${name}.txt`), 'utf8');
  const analysis = analyseText(text, `${name}.txt`);
  const sentences = analysis.segments
    .filter((s) => s.kind === 'sentence' && !s.boilerplate)
    .map((s) => text.slice(s.start, s.end));
  return { language: analysis.language, sentences };
}

describe('the seeds', () => {
  it('reads the French and English wire story as a translation, the visit beside its translation', () => {
    const fr = seed('003');
    const en = seed('004');
    const result = alignSentences(fr, en);
    expect(result.mode).toBe('translation');
    expect(result.modeReason).toMatch(/translation/);
    const visit = fr.sentences.findIndex((s) => s.includes('visite de trois jours'));
    const bead = result.beads.find((b) => b.a.includes(visit))!;
    expect(bead.b.map((j) => en.sentences[j]).join(' ')).toContain('three-day visit');
  });

  it('reads the Arabic and English accounts as comparable, Mouhib linked across scripts', () => {
    const ar = seed('000');
    const en = seed('004');
    const result = alignSentences(ar, en);
    expect(result.mode).toBe('comparable');
    expect(result.modeReason).toMatch(/two accounts/);
    const mouhib = ar.sentences.findIndex((s) => s.includes('مهيب'));
    const related = result.beads.filter((b) => b.a.includes(mouhib));
    expect(related.length).toBeGreaterThan(0);
    expect(related.some((b) => en.sentences[b.b[0]!]!.includes('Mouhib'))).toBe(true);
    for (const link of result.beads) {
      expect(link.score).toBeGreaterThanOrEqual(0.3);
      expect(link.score).toBeLessThanOrEqual(1);
    }
  });

  it('honours a forced mode and a rejected pair in comparable mode', () => {
    const fr = seed('003');
    const en = seed('004');
    const first = alignSentences(fr, en, { mode: 'comparable' });
    expect(first.mode).toBe('comparable');
    const [link] = first.beads;
    const again = alignSentences(fr, en, {
      mode: 'comparable',
      rejected: [{ a: link!.a[0]!, b: link!.b[0]! }],
    });
    expect(again.beads.some((b) => b.a[0] === link!.a[0] && b.b[0] === link!.b[0])).toBe(false);
  });
});
