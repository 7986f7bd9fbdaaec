// Bytes → canonical text. The encoding is detected from evidence (BOM, strict UTF-8, NUL
// pattern, then how each single-byte decoding reads); the text is BOM-less, LF, NFC.
import type { TextEncodingName } from '../../../shared/domain';
import { decodeSingleByte, rankSingleByteEncodings } from './encoding-evidence';

export type DecodeRejection = 'empty' | 'binary' | 'undecodable';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; rejection: DecodeRejection; reason: string };

const SUPPORTED = 'UTF-8, UTF-16, Windows-1256, ISO-8859-6, Windows-1252, ISO-8859-1';
/** Detection looks at this much; decoding always covers the whole file. */
const SAMPLE_BYTES = 64 * 1024;
/** Text has no control characters beyond tab and line ends; a few per cent means binary. */
const MAX_CONTROL_SHARE = 0.01;
/** In UTF-16 without BOM, the zero high bytes of spaces and Latin letters fall on one parity. */
const MIN_UTF16_ZERO_SHARE = 0.1;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

const reject = (rejection: DecodeRejection, reason: string): DecodeResult => ({
  ok: false,
  rejection,
  reason,
});

function canonical(decoded: string, encoding: TextEncodingName, hadBom: boolean): DecodeResult {
  const lf = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
  const text = lf.normalize('NFC');
  if (text.length === 0 && hadBom) {
    return reject('empty', 'The file contains only a byte-order mark and no text.');
  }
  if (!/\S/.test(text)) return reject('empty', 'The file contains only whitespace.');
  return { ok: true, text, encoding };
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string | null {
  if (bytes.length % 2 !== 0) return null;
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWithBom(bytes: Uint8Array): DecodeResult | null {
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return reject(
      'undecodable',
      `The file is UTF-32 (it starts with a UTF-32 byte-order mark), which is not supported; supported encodings are ${SUPPORTED}.`,
    );
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const body = bytes.subarray(3);
    const utf8 = decodeUtf8(body);
    if (utf8.ok) return canonical(utf8.text, 'utf-8-bom', true);
    return reject(
      'undecodable',
      `The file starts with a UTF-8 byte-order mark but byte ${utf8.invalidAt + 3} is not valid UTF-8.`,
    );
  }
  for (const [first, second, label, name] of [
    [0xff, 0xfe, 'utf-16le', 'UTF-16 LE'],
    [0xfe, 0xff, 'utf-16be', 'UTF-16 BE'],
  ] as const) {
    if (b0 !== first || b1 !== second) continue;
    const body = bytes.subarray(2);
    const text = decodeUtf16(body, label);
    if (text !== null) return canonical(text, label, true);
    const why =
      body.length % 2 !== 0
        ? `has an odd number of bytes (${bytes.length})`
        : 'contains an invalid UTF-16 sequence (a lone surrogate)';
    return reject('undecodable', `The file starts with a ${name} byte-order mark but ${why}.`);
  }
  return null;
}

/** UTF-16 without BOM, recognised by its zero bytes all falling on one parity. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = end / 2;
  if (oddZeros >= units * MIN_UTF16_ZERO_SHARE && evenZeros <= oddZeros * 0.01) return 'utf-16le';
  if (evenZeros >= units * MIN_UTF16_ZERO_SHARE && oddZeros <= evenZeros * 0.01) return 'utf-16be';
  // Arabic letters have 0x06 as their high byte, not 0: a short Arabic text has few NULs (only its
  // spaces and digits), but nearly every unit's high byte is one of the scripts we read.
  if (evenZeros === 0 && highBytesShare(bytes, end, 1) >= MIN_UTF16_HIGH_SHARE) return 'utf-16le';
  if (oddZeros === 0 && highBytesShare(bytes, end, 0) >= MIN_UTF16_HIGH_SHARE) return 'utf-16be';
  return null;
}

/** High bytes of Basic Latin and Latin-1, Arabic, and general punctuation (U+00xx, 06xx, 20xx). */
const COMMON_HIGH_BYTES = new Set([0x00, 0x06, 0x20]);
const MIN_UTF16_HIGH_SHARE = 0.9;

/** Share of the UTF-16 units whose high byte (at `parity` in each pair) is a common one. */
function highBytesShare(bytes: Uint8Array, end: number, parity: 0 | 1): number {
  let common = 0;
  for (let i = parity; i < end; i += 2) if (COMMON_HIGH_BYTES.has(bytes[i] ?? -1)) common++;
  return end === 0 ? 0 : common / (end / 2);
}

function looksLikeText(text: string): boolean {
  let controls = 0;
  let letters = 0;
  for (const ch of text.slice(0, SAMPLE_BYTES)) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls++;
    else if (/\p{L}/u.test(ch)) letters++;
  }
  return controls <= text.length * 0.005 && letters >= Math.min(text.length, SAMPLE_BYTES) * 0.3;
}

/** Offset of the first byte that is not valid UTF-8, and whether it only starts a sequence the
 * end of the file cut short; null when all of it is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; truncated: boolean } | null {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return { offset: i, truncated: false };
    // The second byte is narrower after E0, ED, F0, F4 (no overlongs, surrogates, > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return { offset: i, truncated: true };
      const byte = bytes[i + k] ?? 0;
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf))
        return { offset: i, truncated: false };
    }
    i += length;
  }
  return null;
}

/**
 * Strict UTF-8, natively. Text cut short inside its last character is still accepted, the cut
 * marked with U+FFFD: the rest is intact and worth keeping.
 */
function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; invalidAt: number } {
  try {
    return { ok: true, text: utf8Strict.decode(bytes) };
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    if (!invalid || invalid.truncated) return { ok: true, text: utf8Lenient.decode(bytes) };
    return { ok: false, invalidAt: invalid.offset };
  }
}

function controlBytes(sample: Uint8Array): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] ?? 0;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) {
      count++;
      if (first === -1) first = i;
    }
  }
  return { count, first };
}

/** Detect the encoding of `bytes` and return the canonical text, or why there is none. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return reject('empty', 'The file is empty (0 bytes).');
  const withBom = decodeWithBom(bytes);
  if (withBom) return withBom;

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const label = utf16ByNulPattern(bytes);
    const text = label ? decodeUtf16(bytes, label) : null;
    if (label && text !== null && looksLikeText(text)) return canonical(text, label, false);
    return reject('binary', `The file looks binary: it contains NUL bytes at offset ${nul}.`);
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const controls = controlBytes(sample);
  if (controls.count > sample.length * MAX_CONTROL_SHARE) {
    const share = ((100 * controls.count) / sample.length).toFixed(1);
    return reject(
      'binary',
      `The file looks binary: ${share}% of its first ${sample.length} bytes are control characters (the first at offset ${controls.first}).`,
    );
  }

  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return canonical(utf8.text, 'utf-8', false);
  for (const encoding of rankSingleByteEncodings(sample)) {
    const text = decodeSingleByte(bytes, encoding);
    if (!text.includes('\ufffd')) return canonical(text, encoding, false);
  }
  return reject(
    'undecodable',
    `The bytes are not valid text in any supported encoding (${SUPPORTED}); the first byte that is not UTF-8 is at offset ${utf8.invalidAt}.`,
  );
}
