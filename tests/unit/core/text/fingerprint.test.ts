import { describe, expect, it } from 'vitest';
import { Fnv1a64, fnv1a64 } from '../../../../src/main/core/text/fingerprint';

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
    ['المغرب ومالي', '66b6bf960f354382'],
  ])('hashes %j to the published FNV-1a 64-bit value', (text, hex) => {
    expect(fnv1a64(text)).toBe(hex);
  });
});

describe('Fnv1a64.addWords', () => {
  const wordsHash = (...parts: string[]): string => {
    const hash = new Fnv1a64();
    for (const part of parts) hash.addWords(part);
    return hash.digest();
  };

  it('hashes words with single spaces, whatever the punctuation and spacing', () => {
    expect(wordsHash('  le maroc, et   le mali. ')).toBe(fnv1a64('le maroc et le mali'));
  });

  it('never joins the last word of one call to the first word of the next', () => {
    expect(wordsHash('le maroc', 'et le mali')).toBe(fnv1a64('le maroc et le mali'));
    expect(wordsHash('le maroc', 'et le mali')).not.toBe(wordsHash('le maro', 'cet le mali'));
  });
});
