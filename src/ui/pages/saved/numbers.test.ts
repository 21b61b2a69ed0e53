// The archive forms read numbers like the calculators do (issue 7 blocker): a headcount typed "1.200" is 1200.
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import { numberText, optionalNumber } from './numbers';

afterEach(() => locale.set('it'));

describe('archive form numbers', () => {
  it('Italian: 1.200 and 1200 are twelve hundred, 62,5 is a decimal, 1.5 is refused as ambiguous', () => {
    locale.set('it');
    expect(optionalNumber('1.200')).toBe(1200);
    expect(optionalNumber('1200')).toBe(1200);
    expect(optionalNumber('62,5')).toBe(62.5);
    expect(optionalNumber('1.5')).toBeNaN();
    expect(optionalNumber('  ')).toBeUndefined();
    expect(numberText(62.5)).toBe('62,5');
  });

  it('English: 1,200 is twelve hundred and 62.5 a decimal', () => {
    locale.set('en');
    expect(optionalNumber('1,200')).toBe(1200);
    expect(optionalNumber('62.5')).toBe(62.5);
    expect(numberText(62.5)).toBe('62.5');
  });
});
