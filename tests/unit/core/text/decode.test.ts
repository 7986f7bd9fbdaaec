import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../../src/main/core/text/decode';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/encodings/', import.meta.url));
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(FIXTURES + name));
const expected = (name: string): string => readFileSync(FIXTURES + name, 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText on real bytes in every supported encoding', () => {
  it.each([
    ['ar.windows-1256-crlf.txt', 'windows-1256', 'ar.expected.txt'],
    ['ar.iso-8859-6.txt', 'iso-8859-6', 'ar.expected.txt'],
    ['ar.utf-8-bom.txt', 'utf-8-bom', 'ar.expected.txt'],
    ['ar.utf-16le-bom.txt', 'utf-16le', 'ar.expected.txt'],
    ['ar.utf-16be-bom.txt', 'utf-16be', 'ar.expected.txt'],
    ['ar.utf-16le-nobom.txt', 'utf-16le', 'ar.expected.txt'],
    ['ar.expected.txt', 'utf-8', 'ar.expected.txt'],
    ['fr.windows-1252.txt', 'windows-1252', 'fr.expected.txt'],
    ['fr.iso-8859-1.txt', 'iso-8859-1', 'fr-latin1.expected.txt'],
    ['fr.utf-8-bom.txt', 'utf-8-bom', 'fr.expected.txt'],
    ['fr.utf-8-nfd-cr.txt', 'utf-8', 'fr.expected.txt'],
    ['fr.utf-16be-nobom.txt', 'utf-16be', 'fr.expected.txt'],
  ])('decodes %s as %s to the canonical text', (file, encoding, expectedFile) => {
    const result = decodeText(fixture(file));
    expect(result).toEqual({ ok: true, encoding, text: expected(expectedFile) });
  });

  it.each(['utf-16le', 'utf-16be'] as const)(
    'reads a short Arabic line in %s without a BOM, which has few NUL bytes (found by npm run fuzz)',
    (encoding) => {
      const text = 'خبرات تتصدى للتهديدات';
      const bytes = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const [high, low] = [code >> 8, code & 0xff];
        bytes[2 * i] = encoding === 'utf-16le' ? low : high;
        bytes[2 * i + 1] = encoding === 'utf-16le' ? high : low;
      }
      expect(decodeText(bytes)).toEqual({ ok: true, encoding, text });
    },
  );

  it('produces canonical text: no BOM, LF only, NFC', () => {
    const result = decodeText(utf8('\ufeffLigne un\r\nLigne deux\rcafe\u0301\n'));
    expect(result).toEqual({
      ok: true,
      encoding: 'utf-8-bom',
      text: 'Ligne un\nLigne deux\ncafé\n',
    });
  });

  it('keeps valid UTF-8 cut inside its last character, marking the cut with U+FFFD', () => {
    const bytes = utf8('مرحبا بالعالم');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result).toEqual({ ok: true, encoding: 'utf-8', text: 'مرحبا بالعال\ufffd' });
  });

  it('reads mostly-ASCII text with a stray Windows-1252 quote as Windows-1252', () => {
    const bytes = new Uint8Array([...utf8('Morocco'), 0x92, ...utf8('s army and Mali')]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      encoding: 'windows-1252',
      text: 'Morocco’s army and Mali',
    });
  });
});

describe('decodeText rejects bad input with a specific reason', () => {
  const highBytes = new Uint8Array(4000);
  for (let i = 0, x = 12345; i < highBytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    highBytes[i] = 0x80 | (x >>> 24);
  }
  const pngHeader = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  const controls = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', 'The file is empty (0 bytes).'],
    ['whitespace only', utf8(' \n\t\u00a0\r\n'), 'empty', 'The file contains only whitespace.'],
    [
      'a lone BOM',
      new Uint8Array([0xef, 0xbb, 0xbf]),
      'empty',
      'The file contains only a byte-order mark and no text.',
    ],
    ['NUL bytes', pngHeader, 'binary', 'The file looks binary: it contains NUL bytes at offset 8.'],
    [
      'control characters',
      controls,
      'binary',
      'The file looks binary: 10.0% of its first 1000 bytes are control characters (the first at offset 0).',
    ],
    [
      'random high bytes',
      highBytes,
      'undecodable',
      'The bytes are not valid text in any supported encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6, Windows-1252, ISO-8859-1); the first byte that is not UTF-8 is at offset 2.',
    ],
    [
      'UTF-32',
      new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
      'undecodable',
      'The file is UTF-32 (it starts with a UTF-32 byte-order mark), which is not supported; supported encodings are UTF-8, UTF-16, Windows-1256, ISO-8859-6, Windows-1252, ISO-8859-1.',
    ],
    [
      'odd-length UTF-16',
      new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42]),
      'undecodable',
      'The file starts with a UTF-16 LE byte-order mark but has an odd number of bytes (5).',
    ],
    [
      'bad bytes after a UTF-8 BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]),
      'undecodable',
      'The file starts with a UTF-8 byte-order mark but byte 4 is not valid UTF-8.',
    ],
  ] as const)('%s', (_name, bytes, rejection, reason) => {
    expect(decodeText(bytes)).toEqual({ ok: false, rejection, reason });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', utf8('é ب 😀'), null],
    ['an overlong encoding', new Uint8Array([0x41, 0xc0, 0x80]), { offset: 1, truncated: false }],
    ['an encoded surrogate', new Uint8Array([0xed, 0xa0, 0x80]), { offset: 0, truncated: false }],
    [
      'a byte that never starts a sequence',
      new Uint8Array([0x41, 0x42, 0xf5, 0x80]),
      { offset: 2, truncated: false },
    ],
    [
      'a sequence cut by the end',
      new Uint8Array([0x41, 0xe2, 0x82]),
      { offset: 1, truncated: true },
    ],
    [
      'a sequence broken in the middle',
      new Uint8Array([0xe2, 0x41, 0x82]),
      { offset: 0, truncated: false },
    ],
  ])('finds %s', (_name, bytes, expectedResult) => {
    expect(firstInvalidUtf8(bytes)).toEqual(expectedResult);
  });
});
