// The bilingual lexicon: TSV files of equivalent words in two languages (resources/lexicon, plus
// the user's own), joined into concepts shared by every language, so that وزير, ministre and
// minister have one concept id whichever files paired them. See resources/lexicon/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_NAME, appDataDir } from '../paths';
import { stripArabicArticle } from '../search/arabic-stem';
import { ISO_639_1 } from '../text/language-data';
import { foldForSearch } from '../text/normalise';
import { arabicKeyOf, tokeniseForAlignment } from './words';

/** One written form and the keys the tokeniser gives it (the keys sentences are compared by). */
export interface LexiconForm {
  text: string;
  keys: readonly string[];
}

export interface LexiconEntry {
  /** 1-based line in its file. */
  line: number;
  /** The forms of each language of the pair, in the order written. */
  sides: [LexiconForm[], LexiconForm[]];
}

export interface ParsedLexicon {
  fileName: string;
  /** The two language codes; null when neither the file name nor a header tells them. */
  pair: [string, string] | null;
  entries: LexiconEntry[];
  /** What was skipped and why, with the file name and line number. */
  problems: string[];
}

/** Longest form, in words left after function words are dropped. */
export const MAX_FORM_WORDS = 3;

const KNOWN_LANGUAGES = new Set(Object.values(ISO_639_1));
const PAIR_IN_NAME = /^([a-z]{2,3})-([a-z]{2,3})$/i;
const PAIR_HEADER = /^#\s*pair\s*:\s*([a-z]{2,3})\s*-\s*([a-z]{2,3})\s*$/i;

const baseLanguage = (language: string): string => language.slice(0, 2).toLowerCase();

/**
 * Forms already read, by language then text, shared by the files of one load: most forms appear
 * in two files (وزير in ar-en and ar-fr) and are tokenised once.
 */
export type FormsRead = Map<string, Map<string, LexiconForm>>;

function formOf(text: string, language: string, formsRead: FormsRead): LexiconForm {
  let byText = formsRead.get(language);
  if (!byText) formsRead.set(language, (byText = new Map()));
  let form = byText.get(text);
  if (!form) {
    form = { text, keys: tokeniseForAlignment(text, language).map((token) => token.key) };
    byText.set(text, form);
  }
  return form;
}

function readForms(
  side: string,
  language: string,
  where: () => string,
  problems: string[],
  formsRead: FormsRead,
): LexiconForm[] {
  const forms: LexiconForm[] = [];
  for (const written of side.split('|')) {
    const text = written.trim();
    if (!text) {
      problems.push(`${where()}: an empty form between two "|" (${language})`);
      continue;
    }
    const form = formOf(text, language, formsRead);
    if (form.keys.length === 0) {
      problems.push(`${where()}: "${text}" has only function words (${language}): skipped`);
    } else if (form.keys.length > MAX_FORM_WORDS) {
      problems.push(`${where()}: "${text}" has more than ${MAX_FORM_WORDS} words: skipped`);
    } else {
      forms.push(form);
    }
  }
  return forms;
}

function pairOf(text: string, fileName: string, problems: string[]): [string, string] | null {
  const header = PAIR_HEADER.exec(text.match(/^#\s*pair\s*:.*$/im)?.[0] ?? '');
  const named = PAIR_IN_NAME.exec(basename(fileName).replace(/\.tsv$/i, ''));
  const candidates: { pair: [string, string]; source: string }[] = [];
  if (header?.[1] && header[2]) {
    candidates.push({ pair: [header[1], header[2]], source: 'the "# pair:" line' });
  }
  if (named?.[1] && named[2])
    candidates.push({ pair: [named[1], named[2]], source: 'the file name' });
  const [chosen] = candidates;
  if (!chosen) {
    problems.push(
      `${fileName}: cannot tell the two languages: name the file like ar-en.tsv or add a line "# pair: ar-en"`,
    );
    return null;
  }
  const pair: [string, string] = [chosen.pair[0].toLowerCase(), chosen.pair[1].toLowerCase()];
  const unknown = pair.filter((code) => !KNOWN_LANGUAGES.has(code));
  if (unknown.length > 0) {
    problems.push(
      `${fileName}: unknown language code ${unknown.map((code) => `"${code}"`).join(' and ')} in ${chosen.source} (use ISO 639-1 codes such as ar, fr, en)`,
    );
    return null;
  }
  const other = candidates[1];
  if (other && other.pair.join('-').toLowerCase() !== pair.join('-')) {
    problems.push(
      `${fileName}: the "# pair:" line says ${pair.join('-')}, the file name ${other.pair.join('-')}: read as ${pair.join('-')}`,
    );
  }
  return pair;
}

/**
 * Reads one lexicon file: `forms of language 1 | … <TAB> forms of language 2 | …` per line, `#`
 * comments. The pair comes from a `# pair: ar-en` line or else the file name (ar-en.tsv). Bad
 * lines are skipped and reported; nothing is fatal.
 */
export function parseLexicon(
  text: string,
  fileName: string,
  formsRead: FormsRead = new Map(),
): ParsedLexicon {
  const problems: string[] = [];
  const pair = pairOf(text, fileName, problems);
  const entries: LexiconEntry[] = [];
  if (!pair) return { fileName, pair, entries, problems };
  const lines = text.replace(/^\ufeff/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const where = (): string => `${fileName}:${index + 1}`;
    const columns = line.split('\t');
    if (columns.length !== 2) {
      problems.push(
        columns.length === 1
          ? `${where()}: no tab between the ${pair[0]} and ${pair[1]} forms`
          : `${where()}: ${columns.length - 1} tabs; expected one, between the ${pair[0]} and ${pair[1]} forms`,
      );
      return;
    }
    const [left = '', right = ''] = columns;
    if (!left.trim() || !right.trim()) {
      problems.push(`${where()}: nothing ${left.trim() ? 'after' : 'before'} the tab`);
      return;
    }
    const sides: [LexiconForm[], LexiconForm[]] = [
      readForms(left, pair[0], where, problems, formsRead),
      readForms(right, pair[1], where, problems, formsRead),
    ];
    if (sides[0].length > 0 && sides[1].length > 0) entries.push({ line: index + 1, sides });
  });
  return { fileName, pair, entries, problems };
}

/** A lexicon form that starts at some key of a sentence: the keys that must follow it. */
interface Candidate {
  rest: readonly string[];
  concept: number;
}

/**
 * و ف ب ل ك and their pairs, written joined to an Arabic word without the article (ومجلس، بمالي),
 * longest first. The stemmer strips the article and what it carries (والمغرب → مغرب) but not a
 * bare prefix, which it cannot tell from a root letter (وزارة is not و + زارة).
 */
const ARABIC_JOINED_PREFIXES = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const ARABIC_PREFIX_LETTERS = new Set(ARABIC_JOINED_PREFIXES.map((prefix) => prefix[0]));
/** Last letters of the stemmer's suffixes (ها ان ات ون ين يه ه ي), on folded text. */
const ARABIC_SUFFIX_ENDINGS = new Set(['ا', 'ن', 'ت', 'ه', 'ي']);
/** A prefix changes how a word of at most this many letters is stemmed (see arabicPrefixedKeys). */
const MAX_LETTERS_STEMMED_DIFFERENTLY = 5;
const LAM = 'ل';

class UnionFind {
  private readonly parent: number[] = [];

  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    for (let at = node; at !== root;) {
      const next = this.parent[at] ?? root;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[rootB] = rootA;
  }
}

/** Candidates by first key, per language. */
type LexiconIndex = Map<string, Map<string, Candidate[]>>;

function addCandidate(index: LexiconIndex, language: string, first: string, candidate: Candidate) {
  let byKey = index.get(language);
  if (!byKey) index.set(language, (byKey = new Map()));
  const candidates = byKey.get(first);
  if (candidates) candidates.push(candidate);
  else byKey.set(first, [candidate]);
}

export class Lexicon {
  private constructor(
    /** Language → first key of a form → the forms starting with it. */
    private readonly index: LexiconIndex,
    /** Keys of prefixed Arabic spellings that are not the prefix plus the form's key. */
    private readonly arabicPrefixed: Map<string, Candidate[]>,
    /** Entries per pair of languages, as 'ar-en' → count. */
    readonly entryCounts: ReadonlyMap<string, number>,
    readonly conceptCount: number,
  ) {}

  /**
   * Joins the files' entries into concepts: every form is a node (a language and a key
   * sequence), every entry links all its forms, and a concept is a connected group of nodes. So
   * وزير ↔ minister (ar-en) and ministre ↔ minister (fr-en) put وزير and ministre in one concept
   * without an ar-fr line.
   */
  static fromParsed(files: readonly ParsedLexicon[]): Lexicon {
    const nodes = new Map<string, number>();
    const forms: { language: string; form: LexiconForm }[] = [];
    const groups = new UnionFind();
    const entryCounts = new Map<string, number>();
    const nodeOf = (language: string, form: LexiconForm): number => {
      const id = `${language}\u0001${form.keys.join('\u0002')}`;
      let node = nodes.get(id);
      if (node === undefined) {
        node = groups.add();
        nodes.set(id, node);
        forms.push({ language, form });
      }
      return node;
    };
    for (const file of files) {
      if (!file.pair) continue;
      const [first, second] = file.pair;
      const pairName = `${first}-${second}`;
      entryCounts.set(pairName, (entryCounts.get(pairName) ?? 0) + file.entries.length);
      for (const entry of file.entries) {
        const linked = [
          ...entry.sides[0].map((form) => nodeOf(first, form)),
          ...entry.sides[1].map((form) => nodeOf(second, form)),
        ];
        for (const node of linked) groups.union(linked[0] ?? node, node);
      }
    }
    const conceptOfRoot = new Map<number, number>();
    const index: LexiconIndex = new Map();
    const arabicPrefixed = new Map<string, Candidate[]>();
    forms.forEach(({ language, form }, node) => {
      const root = groups.find(node);
      let concept = conceptOfRoot.get(root);
      if (concept === undefined) {
        concept = conceptOfRoot.size;
        conceptOfRoot.set(root, concept);
      }
      const [first = '', ...rest] = form.keys;
      const candidate = { rest, concept };
      addCandidate(index, language, first, candidate);
      if (language === 'ar') {
        for (const key of arabicPrefixedKeys(form)) {
          const candidates = arabicPrefixed.get(key);
          if (candidates) candidates.push(candidate);
          else arabicPrefixed.set(key, [candidate]);
        }
      }
    });
    return new Lexicon(index, arabicPrefixed, entryCounts, conceptOfRoot.size);
  }

  /**
   * The forms that may start at this key: its own; for Arabic, those of the key without a joined
   * prefix (ومجلس → مجلس) and those whose prefixed spelling has this key (ولبنان → ولبن), both when
   * both exist (وسلط is و + سلطة and also وسلطان).
   */
  private candidatesAt(
    byKey: ReadonlyMap<string, readonly Candidate[]>,
    key: string,
    arabic: boolean,
  ): readonly Candidate[] | undefined {
    const own = byKey.get(key);
    if (own || !arabic) return own;
    const prefixed = this.arabicPrefixed.get(key);
    const bare = withoutJoinedPrefix(byKey, key);
    return prefixed && bare ? [...prefixed, ...bare] : (prefixed ?? bare);
  }

  /**
   * Ids of the concepts whose forms occur in a sentence's keys (from tokeniseForAlignment; a
   * multi-word form must occur as consecutive keys), sorted, each once.
   */
  conceptsOf(language: string, keys: readonly string[]): number[] {
    const base = baseLanguage(language);
    const byKey = this.index.get(base);
    if (!byKey) return [];
    const arabic = base === 'ar';
    const found: number[] = [];
    for (let at = 0; at < keys.length; at++) {
      const candidates = this.candidatesAt(byKey, keys[at] ?? '', arabic);
      if (!candidates) continue;
      for (const { rest, concept } of candidates) {
        let matches = at + rest.length < keys.length;
        for (let k = 0; matches && k < rest.length; k++) matches = keys[at + 1 + k] === rest[k];
        if (matches) found.push(concept);
      }
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a - b);
    let kept = 1;
    for (let k = 1; k < found.length; k++) {
      if (found[k] !== found[kept - 1]) found[kept++] = found[k] ?? 0;
    }
    found.length = kept;
    return found;
  }

  /** Does some form start with this key (so the word is vocabulary, not a name to transliterate)? */
  has(language: string, key: string): boolean {
    const base = baseLanguage(language);
    const byKey = this.index.get(base);
    return byKey !== undefined && this.candidatesAt(byKey, key, base === 'ar') !== undefined;
  }
}

/** The forms of an Arabic key once a joined prefix is taken off, trying the longest prefix first. */
function withoutJoinedPrefix(
  byKey: ReadonlyMap<string, readonly Candidate[]>,
  key: string,
): readonly Candidate[] | undefined {
  if (!ARABIC_PREFIX_LETTERS.has(key[0] ?? '')) return undefined;
  for (const prefix of ARABIC_JOINED_PREFIXES) {
    if (key.length - prefix.length < 2 || !key.startsWith(prefix)) continue;
    const bare = byKey.get(key.slice(prefix.length));
    if (bare) return bare;
  }
  return undefined;
}

/**
 * Keys that prefixed spellings of an Arabic form get other than prefix + the form's key, which
 * conceptsOf finds by stripping the prefix. Two cases: a short word whose suffix the stemmer
 * strips only once the prefix makes it long enough (ولبنان → ولبن, while لبنان stays), and ل
 * before a word starting with ل, which reads as the article لل (للبنان → بنان).
 */
function arabicPrefixedKeys(form: LexiconForm): string[] {
  const space = form.text.indexOf(' ');
  const folded = foldForSearch(space < 0 ? form.text : form.text.slice(0, space));
  if (folded.length < 2 || stripArabicArticle(folded) !== folded) return [];
  const stemmedDifferently =
    folded.length <= MAX_LETTERS_STEMMED_DIFFERENTLY &&
    ARABIC_SUFFIX_ENDINGS.has(folded[folded.length - 1] ?? '');
  const startsWithLam = folded.startsWith(LAM);
  if (!stemmedDifferently && !startsWithLam) return [];
  const own = form.keys[0] ?? '';
  const keys: string[] = [];
  for (const prefix of ARABIC_JOINED_PREFIXES) {
    const key = arabicKeyOf(prefix + folded);
    if (key !== prefix + own && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

const isTsv = (name: string): boolean => name.toLowerCase().endsWith('.tsv');
const isMissing = (error: unknown): boolean =>
  error instanceof Error &&
  'code' in error &&
  (error.code === 'ENOENT' || error.code === 'ENOTDIR');
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export interface LoadedLexicon {
  lexicon: Lexicon;
  /** Hash of the files read: alignments made with another lexicon are recomputed. */
  fingerprint: string;
  problems: string[];
}

/**
 * Every *.tsv file of the folders, in order; a missing folder is fine, an unreadable file a
 * problem. Synchronous: a few hundred kilobytes read once per process, by a synchronous engine.
 */
export function loadLexiconSync(folders: readonly string[]): LoadedLexicon {
  const parsed: ParsedLexicon[] = [];
  const problems: string[] = [];
  const formsRead: FormsRead = new Map();
  const contents = createHash('sha256');
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).filter(isTsv).sort();
    } catch (error) {
      if (!isMissing(error))
        problems.push(`${folder}: cannot list the folder: ${messageOf(error)}`);
      continue;
    }
    for (const name of names) {
      try {
        const text = readFileSync(join(folder, name), 'utf8');
        contents.update(`${name}\0${text}\0`);
        parsed.push(parseLexicon(text, name, formsRead));
      } catch (error) {
        problems.push(`${join(folder, name)}: cannot read the file: ${messageOf(error)}`);
      }
    }
  }
  return collect(parsed, problems, contents.digest('hex').slice(0, 12));
}

function collect(
  parsed: readonly ParsedLexicon[],
  problems: string[],
  fingerprint: string,
): LoadedLexicon {
  return {
    lexicon: Lexicon.fromParsed(parsed),
    fingerprint,
    problems: [...problems, ...parsed.flatMap((file) => file.problems)],
  };
}

const SHIPPED_FOLDER = join('resources', 'lexicon');
/** Enough levels to reach the app root from src/main/core/align, out/main or out/main/chunks. */
const MAX_LEVELS_UP = 6;

/**
 * The shipped resources/lexicon: found by walking up from this module, which is
 * src/main/core/align/ when run from source (tsx, vitest) and out/main/ (or a chunk folder below
 * it) in the built app, whose root holds resources/.
 */
export function defaultLexiconFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here, level = 0; level <= MAX_LEVELS_UP; level++, dir = dirname(dir)) {
    const folder = join(dir, SHIPPED_FOLDER);
    if (existsSync(folder)) return folder;
  }
  return join(here, '..', '..', '..', '..', SHIPPED_FOLDER);
}

/** Where a user drops lexicon files of their own (*.tsv, same format), beside the cases folder. */
export function userLexiconFolder(): string {
  return join(appDataDir(), APP_NAME, 'lexicon');
}

let shipped: LoadedLexicon | null = null;

/** The shipped lexicon, read once. Its problems (none in a good build) are in `.problems`. */
export function shippedLexicon(): LoadedLexicon {
  shipped ??= loadLexiconSync([defaultLexiconFolder()]);
  return shipped;
}

let forEngine: LoadedLexicon | null = null;

/**
 * What the aligner uses: the shipped files and the user's own, read once per process (a file
 * dropped in the user folder counts from the next start). Problems in the user's files are
 * reported on stderr, line by line, rather than failing alignments.
 */
export function engineLexicon(): LoadedLexicon {
  if (!forEngine) {
    forEngine = loadLexiconSync([defaultLexiconFolder(), userLexiconFolder()]);
    for (const problem of forEngine.problems) console.warn(`Lexicon: ${problem}`);
  }
  return forEngine;
}
