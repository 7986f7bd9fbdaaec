import { describe, expect, it } from 'vitest';
import { cssLengthToInches } from '../../../../src/main/core/export/pageLength';

describe('cssLengthToInches', () => {
  it.each([
    ['25.4mm', 1],
    ['22mm', 22 / 25.4],
    ['2.54cm', 1],
    ['0.5in', 0.5],
    ['96px', 1],
    ['72pt', 1],
    [' 10mm ', 10 / 25.4],
  ])('converts %s', (length, inches) => {
    expect(cssLengthToInches(length)).toBeCloseTo(inches, 10);
  });

  it.each(['', '22', '-1mm', '1em', '1e3mm', 'mm'])(
    'refuses %j with the accepted units named',
    (length) => {
      expect(() => cssLengthToInches(length)).toThrow(
        /^Unsupported page length: ".*" \(expected a number with in, mm, cm, px or pt\)\.$/,
      );
    },
  );
});
