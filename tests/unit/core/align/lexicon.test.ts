import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultLexiconFolder,
  Lexicon,
  loadLexiconSync,
  parseLexicon,
  shippedLexicon,
} from '../../../../src/main/core/align/lexicon';
import { tokeniseForAlignment } from '../../../../src/main/core/align/words';

const keysOf = (text: string, language: string): string[] =>
  tokeniseForAlignment(text, language).map((token) => token.key);

const lexiconOf = (files: Record<string, string>): Lexicon =>
  Lexicon.fromParsed(Object.entries(files).map(([name, text]) => parseLexicon(text, name)));

const conceptsIn = (lexicon: Lexicon, text: string, language: string): number[] =>
  lexicon.conceptsOf(language, keysOf(text, language));

/** Does some concept of the first text also occur in the second? */
const share = (
  lexicon: Lexicon,
  [a, languageA]: [string, string],
  [b, languageB]: [string, string],
) => {
  const inB = new Set(conceptsIn(lexicon, b, languageB));
  return conceptsIn(lexicon, a, languageA).some((concept) => inB.has(concept));
};

describe('parseLexicon', () => {
  it('reads forms on both sides of the tab, skipping comments and blank lines', () => {
    const parsed = parseLexicon('# a comment\n\nوزير|الوزراء\tminister|ministers\r\n', 'ar-en.tsv');
    expect(parsed.pair).toEqual(['ar', 'en']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      {
        line: 3,
        sides: [
          [
            { text: 'وزير', keys: ['وزير'] },
            { text: 'الوزراء', keys: ['وزراء'] },
          ],
          [
            { text: 'minister', keys: ['minister'] },
            { text: 'ministers', keys: ['minister'] },
          ],
        ],
      },
    ]);
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const text = [
      '# pair: fr-en',
      'ministre\tminister',
      'ministère ministry',
      '\tdefence',
      'armée\t',
      'le|armée\tarmy',
      'police||gendarmerie\tpolice',
      'a\tb\tc',
      'conseil de sécurité des Nations unies\tUN Security Council',
    ].join('\n');
    const parsed = parseLexicon(text, 'fr-en.tsv');
    expect(parsed.problems).toEqual([
      'fr-en.tsv:3: no tab between the fr and en forms',
      'fr-en.tsv:4: nothing before the tab',
      'fr-en.tsv:5: nothing after the tab',
      'fr-en.tsv:6: "le" has only function words (fr): skipped',
      'fr-en.tsv:7: an empty form between two "|" (fr)',
      'fr-en.tsv:8: 2 tabs; expected one, between the fr and en forms',
      'fr-en.tsv:9: "conseil de sécurité des Nations unies" has more than 3 words: skipped',
    ]);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([2, 6, 7]);
  });

  it('takes the pair from a "# pair:" line when the file name does not tell it', () => {
    const parsed = parseLexicon('# pair: ar-fr\nوزير\tministre\n', 'my words.tsv');
    expect(parsed.pair).toEqual(['ar', 'fr']);
    expect(parsed.entries).toHaveLength(1);
  });

  it('reads a file whose name and "# pair:" line disagree by the line, and says so', () => {
    const parsed = parseLexicon('# pair: fr-en\nministre\tminister\n', 'ar-en.tsv');
    expect(parsed.pair).toEqual(['fr', 'en']);
    expect(parsed.problems).toEqual([
      'ar-en.tsv: the "# pair:" line says fr-en, the file name ar-en: read as fr-en',
    ]);
  });

  it.each([
    ['an unknown language code', 'xx-en.tsv', 'unknown language code "xx" in the file name'],
    ['no pair at all', 'words.tsv', 'cannot tell the two languages'],
  ])('skips a file with %s', (_name, fileName, problem) => {
    const parsed = parseLexicon('ministre\tminister\n', fileName);
    expect(parsed.pair).toBeNull();
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toContain(`${fileName}: ${problem}`);
  });
});

describe('Lexicon', () => {
  const lexicon = lexiconOf({
    'ar-en.tsv':
      'وزير|وزراء\tminister|ministers\nمجلس الأمن\tSecurity Council\nمجلس\tcouncil\nلبنان\tLebanon\n',
    'fr-en.tsv': 'ministre\tminister\nConseil de sécurité\tSecurity Council\n',
    'ar-fr.tsv': 'وزير\tministre\nمالي\tMali\n',
  });

  it('shares a concept id across the three languages', () => {
    const [minister] = conceptsIn(lexicon, 'minister', 'en');
    expect(minister).toBeDefined();
    expect(conceptsIn(lexicon, 'الوزراء', 'ar')).toEqual([minister]);
    expect(conceptsIn(lexicon, 'les ministres', 'fr')).toEqual([minister]);
  });

  it('links two languages through a third even without a line between them', () => {
    const pivot = lexiconOf({
      'ar-en.tsv': 'جيش\tarmy\n',
      'fr-en.tsv': 'armée\tarmy\n',
    });
    expect(share(pivot, ['الجيش', 'ar'], ["l'armée", 'fr'])).toBe(true);
    expect(pivot.entryCounts).toEqual(
      new Map([
        ['ar-en', 1],
        ['fr-en', 1],
      ]),
    );
  });

  it('matches a multi-word form only on consecutive keys', () => {
    const [securityCouncil] = conceptsIn(lexicon, 'Security Council', 'en').filter(
      (concept) => !conceptsIn(lexicon, 'council', 'en').includes(concept),
    );
    expect(securityCouncil).toBeDefined();
    expect(conceptsIn(lexicon, 'اجتمع مجلس الأمن الدولي', 'ar')).toContain(securityCouncil);
    expect(conceptsIn(lexicon, 'le Conseil de sécurité', 'fr')).toContain(securityCouncil);
    expect(conceptsIn(lexicon, 'security forces and the council', 'en')).not.toContain(
      securityCouncil,
    );
  });

  it('returns sorted ids, each once', () => {
    const concepts = conceptsIn(lexicon, 'الوزير والوزراء ومجلس الأمن والوزير', 'ar');
    expect(concepts).toEqual([...new Set(concepts)].sort((a, b) => a - b));
    expect(concepts.length).toBeGreaterThan(1);
  });

  it.each([
    ['و', 'ومجلس'],
    ['ب', 'بمالي'],
    ['ل before ل', 'للبنان'],
    ['و on a short word', 'ولبنان'],
    ['وب', 'وبلبنان'],
  ])('finds an Arabic word with a joined %s', (_prefix, word) => {
    expect(conceptsIn(lexicon, word, 'ar')).toHaveLength(1);
  });

  it('knows its vocabulary, not names', () => {
    expect(lexicon.has('ar', keysOf('الوزير', 'ar')[0] ?? '')).toBe(true);
    expect(lexicon.has('en', 'bamako')).toBe(false);
    expect(lexicon.conceptsOf('de', ['minister'])).toEqual([]);
  });
});

describe('loadLexiconSync', () => {
  let folder = '';
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('adds the files of a user folder to the shipped ones', async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-lexicon-'));
    await writeFile(join(folder, 'ar-fr.tsv'), 'قمرة\tcockpit\n');
    await writeFile(join(folder, 'notes.txt'), 'not a lexicon');
    const { lexicon, problems } = loadLexiconSync([defaultLexiconFolder(), folder]);
    expect(problems).toEqual([]);
    expect(share(lexicon, ['القمرة', 'ar'], ['le cockpit', 'fr'])).toBe(true);
    expect(share(lexicon, ['الوزير', 'ar'], ['le ministre', 'fr'])).toBe(true);
  });

  it('passes over a missing folder and reports an unreadable file', async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-lexicon-'));
    await mkdir(join(folder, 'fr-en.tsv'));
    const missing = join(folder, 'missing');
    const { problems } = loadLexiconSync([missing, folder]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('fr-en.tsv: cannot read the file');
  });
});

describe('the shipped lexicon', () => {
  it('is found beside the sources', () => {
    expect(existsSync(join(defaultLexiconFolder(), 'ar-en.tsv'))).toBe(true);
  });

  it('loads without problems, with at least 1,500 entries per pair', () => {
    const { lexicon, problems } = shippedLexicon();
    expect(problems).toEqual([]);
    for (const pair of ['ar-en', 'ar-fr', 'fr-en']) {
      expect(lexicon.entryCounts.get(pair)).toBeGreaterThanOrEqual(1500);
    }
  });

  it('finds its Arabic words with a joined و ف ب ل ك', () => {
    const { lexicon } = shippedLexicon();
    const words = new Set<string>();
    for (const name of ['ar-en.tsv', 'ar-fr.tsv']) {
      const text = readFileSync(join(defaultLexiconFolder(), name), 'utf8');
      for (const line of text.split('\n')) {
        if (line.startsWith('#')) continue;
        for (const form of (line.split('\t')[0] ?? '').split('|')) {
          if (form && !form.includes(' ') && !form.startsWith('ال')) words.add(form);
        }
      }
    }
    let found = 0;
    let tried = 0;
    for (const word of words) {
      const concepts = conceptsIn(lexicon, word, 'ar');
      for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول']) {
        tried++;
        if (conceptsIn(lexicon, prefix + word, 'ar').some((c) => concepts.includes(c))) found++;
      }
    }
    expect(found / tried).toBeGreaterThan(0.99);
  });

  it.each([
    [
      ['قال وزير الخارجية المغربي', 'ar'],
      ['le ministre marocain des Affaires étrangères a dit', 'fr'],
    ],
    [
      ['اجتمع مجلس الأمن الدولي', 'ar'],
      ['the UN Security Council met', 'en'],
    ],
    [
      ['Le virus a tué des milliers de personnes', 'fr'],
      ['The virus killed thousands of people', 'en'],
    ],
    [
      ['أعلنت الحكومة المالية حالة الطوارئ', 'ar'],
      ["Le gouvernement a déclaré l'état d'urgence", 'fr'],
    ],
  ] as [[string, string], [string, string]][])('pairs %j with %j', (a, b) => {
    expect(share(shippedLexicon().lexicon, a, b)).toBe(true);
  });
});
