import { describe, expect, it } from 'vitest';
import { compare, decimalText, div, mul, round2, roundHalfUp, sum } from './decimal';

describe('exact decimal arithmetic (RULES.md 0.4, D-FT-1, C-1)', () => {
  it('15% of 50 is exactly 7.5 and rounds to 8', () => {
    expect(mul(0.15, 50).toString()).toBe('7.5');
    expect(roundHalfUp(mul(0.15, 50))).toBe(8);
  });
  it.each([
    [0.2, 12.5, 3],
    [0.3, 5, 2],
    [0.2, 7, 1],
    [0.2, 2.5, 1],
    [0.3, 1, 0],
  ])('round(%d × %d) = %d', (rate, base, expected) => expect(roundHalfUp(mul(rate, base))).toBe(expected));
  it('rounds money half-up once, at the end', () => {
    expect(round2(mul(26, div(5, 12)))).toBe(10.83);
    expect(round2(mul(32, div(1, 12), 0.625))).toBe(1.67);
    expect(round2(mul(36, div(1, 12), 0.625))).toBe(1.88);
    expect(round2(sum(mul(32, div(1, 12), 0.625), mul(36, div(1, 12), 0.625)))).toBe(3.54);
    expect(round2('2.675')).toBe(2.68);
    expect(round2('-1.875')).toBe(-1.88);
    expect(round2(div(2, 3))).toBe(0.67);
  });
  it('keeps thirds and twelfths exact (no truncated quotient)', () => {
    expect(compare(mul(div(1, 3), 3), 1)).toBe(0);
    expect(compare(sum(...Array.from({ length: 12 }, () => div(56, 12))), 56)).toBe(0);
  });
  it('prints decimals without binary noise', () => {
    expect(decimalText(mul(0.1, 3))).toBe('0.3');
    expect(decimalText(div(26, 3))).toBe('8.6667');
    expect(decimalText(mul(0.1, 0.2))).toBe('0.02');
    expect(decimalText(8)).toBe('8');
  });
});
