// Hostile files for the importer, deterministic from a seed: the same seed and count give the same
// files, names and expectations on every machine. Used by `npm run fuzz` and the bounded run in
// the test suite (tests/unit/fuzz).
import { extname } from 'node:path';
import { TEXT_EXTENSIONS, type RejectionCode } from '../../src/shared/domain';
import { hostileName, NAME_KINDS, type NameKind } from './hostileNames';
import { seededRandom, type Random } from './random';
import {
  markupText,
  mutatedSeed,
  overlongUtf8,
  paragraphs,
  singleLineText,
  textPool,
  tinyParagraphsText,
  trojanSourceText,
  truncatedUtf8,
  utf16WithoutBom,
  utf8,
  whitespaceOnly,
  withNuls,
  zeroWidthText,
  type TextPool,
} from './hostileTexts';

/** What the importer must answer for a file; null where any specific answer is acceptable. */
export type Expectation =
  | { status: 'stored'; text: string; kept: readonly string[] }
  | { status: 'rejected'; rejection: RejectionCode };

export interface HostileFile {
  index: number;
  kind: FileKind;
  name: string;
  /** The kind of hostile name, or null for a plain one. */
  nameKind: NameKind | null;
  /** The content; null for a file too large to hold, written sparse on disk (`size` zero bytes). */
  bytes: Uint8Array | null;
  size: number;
  expect: Expectation | null;
}

/** Relative frequency of each kind after the first round (which has one of each). */
const KIND_WEIGHTS = {
  'random-bytes': 10,
  'truncated-utf8': 8,
  'overlong-utf8': 8,
  'nul-bytes': 6,
  'utf16le-no-bom': 5,
  'utf16be-no-bom': 5,
  'huge-line': 0.15,
  'long-line': 0.6,
  'trojan-source': 8,
  'zero-width': 6,
  markup: 8,
  'tiny-paragraphs': 0.4,
  'seed-mutation': 12,
  empty: 2,
  whitespace: 3,
  'hostile-name': 10,
} as const;
export type FileKind = keyof typeof KIND_WEIGHTS;
export const FILE_KINDS = Object.keys(KIND_WEIGHTS) as FileKind[];

export interface GeneratorOptions {
  seed: number;
  count: number;
  /** The seed articles' bytes (tests/fixtures/seeds). */
  seeds: readonly Uint8Array[];
  /**
   * 'real' builds the 60 MB single line in memory; 'sparse' leaves it to be written as a sparse
   * file (the bounded run: the importer refuses it by size before reading either way).
   */
  hugeLine: 'real' | 'sparse';
  /** Length of the long single line that is under the limit (chars). */
  longLineChars: number;
}

export const HUGE_LINE_BYTES = 60 * 1024 * 1024;

function pickKind(random: Random): FileKind {
  const total = FILE_KINDS.reduce((sum, kind) => sum + KIND_WEIGHTS[kind], 0);
  let roll = random.next() * total;
  for (const kind of FILE_KINDS) {
    roll -= KIND_WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'seed-mutation';
}

const stored = (text: string, kept: readonly string[] = []): Expectation => {
  const canonical = text.normalize('NFC');
  // A sample that NFC would change could not be checked literally: a bug in the generator.
  for (const sample of kept) {
    if (!canonical.includes(sample)) throw new Error(`not NFC-stable: ${JSON.stringify(sample)}`);
  }
  return { status: 'stored', text: canonical, kept };
};
const refused = (rejection: RejectionCode): Expectation => ({ status: 'rejected', rejection });

type Content = Pick<HostileFile, 'bytes' | 'size' | 'expect'>;
const content = (bytes: Uint8Array, expect: Expectation | null = null): Content => ({
  bytes,
  size: bytes.byteLength,
  expect,
});

function makeContent(
  kind: FileKind,
  random: Random,
  pool: TextPool,
  options: GeneratorOptions,
): Content {
  switch (kind) {
    case 'random-bytes':
      return content(random.bytes(random.pick([1, 7, 64, 512, 4096, random.int(1, 16_384)])));
    case 'truncated-utf8':
      return content(truncatedUtf8(random, pool));
    case 'overlong-utf8':
      return content(overlongUtf8(random, pool));
    case 'nul-bytes':
      return content(withNuls(random, pool), refused('binary'));
    case 'utf16le-no-bom':
    case 'utf16be-no-bom': {
      const text = paragraphs(random, pool, random.int(1, 4));
      return content(utf16WithoutBom(text, kind === 'utf16le-no-bom' ? 'le' : 'be'), stored(text));
    }
    case 'huge-line': {
      if (options.hugeLine === 'sparse')
        return { bytes: null, size: HUGE_LINE_BYTES, expect: refused('too-large') };
      const line = singleLineText(random, pool, 4096);
      return content(new Uint8Array(Buffer.alloc(HUGE_LINE_BYTES, line)), refused('too-large'));
    }
    case 'long-line': {
      const text = singleLineText(random, pool, options.longLineChars);
      return content(utf8(text), stored(text));
    }
    case 'trojan-source': {
      const { text, kept } = trojanSourceText(random, pool);
      return content(utf8(text), stored(text, kept));
    }
    case 'zero-width': {
      const { text, kept } = zeroWidthText(random, pool);
      return content(utf8(text), stored(text, kept));
    }
    case 'markup': {
      const { text, kept } = markupText(random, pool);
      return content(utf8(text), stored(text, kept));
    }
    case 'tiny-paragraphs': {
      const text = tinyParagraphsText(random);
      return content(utf8(text), stored(text));
    }
    case 'seed-mutation':
      return content(mutatedSeed(random, pool));
    case 'empty':
      return content(
        random.chance(0.7) ? new Uint8Array(0) : new Uint8Array([0xef, 0xbb, 0xbf]),
        refused('empty'),
      );
    case 'whitespace':
      return content(whitespaceOnly(random), refused('empty'));
    case 'hostile-name': {
      const text = paragraphs(random, pool, random.int(1, 3));
      return content(utf8(text), stored(text));
    }
  }
}

const acceptedExtension = (name: string): boolean =>
  (TEXT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

export function* hostileFiles(options: GeneratorOptions): Generator<HostileFile> {
  const random = seededRandom(options.seed);
  const pool = textPool(options.seeds);
  for (let index = 0; index < options.count; index++) {
    // One of each kind first, so even a small run covers them all.
    const kind = index < FILE_KINDS.length ? (FILE_KINDS[index] as FileKind) : pickKind(random);
    const nameKind =
      kind === 'hostile-name' || random.chance(0.25) ? random.pick(NAME_KINDS) : null;
    const name = nameKind ? hostileName(random, nameKind) : `${kind}-${index}.txt`;
    const made = makeContent(kind, random, pool, options);
    // The name is checked before the content: a refused extension decides the answer.
    const expect = acceptedExtension(name) ? made.expect : refused('unsupported-type');
    yield { index, kind, name, nameKind, ...made, expect };
  }
}
