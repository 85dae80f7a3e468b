import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plainDecimal } from '~/lib/export/plain-decimal';

describe('plainDecimal', () => {
  test('writes numbers JavaScript would print with an exponent in full', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(-2.5e22)).toBe('-25000000000000000000000');
    expect(plainDecimal(123.456)).toBe('123.456');
    expect(plainDecimal(-0)).toBe('0');
  });

  test('refuses what is not a finite number', () => {
    expect(() => plainDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => plainDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  test('always reads back as the same number and never has an exponent (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDecimal(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 1000 },
    );
  });
});
