import { describe, expect, it } from 'vitest';
import '../calculators/notice/messages';
import { andList, formatDate, translate } from './format';
import { addMessages } from './messages';

addMessages({
  it: { 'test.left': 'ne {n:plural:resta #|restano #}', 'test.contracts': 'fino a {n:plural:# contratto|# contratti} a termine', 'test.year': 'anno {y:year}' },
  en: { 'test.left': '{n:plural:# is|# are} left', 'test.contracts': 'up to {n:plural:# fixed-term contract|# fixed-term contracts}', 'test.year': 'year {y:year}' },
});

describe('message formatter', () => {
  it('chooses the plural form by Intl.PluralRules and writes the number the locale’s way', () => {
    expect(translate('it', 'test.left', { n: 1 })).toBe('ne resta 1');
    expect(translate('it', 'test.left', { n: 3 })).toBe('ne restano 3');
    expect(translate('it', 'test.contracts', { n: 1 })).toBe('fino a 1 contratto a termine');
    expect(translate('it', 'test.contracts', { n: 1200 })).toBe('fino a 1.200 contratti a termine');
    expect(translate('en', 'test.contracts', { n: 1 })).toBe('up to 1 fixed-term contract');
    expect(translate('en', 'test.left', { n: 0 })).toBe('0 are left');
  });

  it('never groups a year, in either language', () => {
    expect(translate('it', 'test.year', { y: 2025 })).toBe('anno 2025');
    expect(translate('en', 'test.year', { y: 2025 })).toBe('year 2025');
  });

  it('lists the allowed values of a closed list by their labels, not their codes', () => {
    expect(translate('it', 'error.notInList', { value: 'x', allowed: 'dismissal, resignation' })).toBe('«x» non è tra i valori ammessi: licenziamento, dimissioni.');
    expect(translate('en', 'error.notInList', { value: 'x', allowed: 'dismissal, resignation' })).toBe('“x” is not one of the allowed values: dismissal, resignation.');
  });
});

describe('dates in words, checked against Intl.DateTimeFormat', () => {
  // The oracle: what Intl writes for it-IT and en-GB (day numeric, month long, year numeric), the Italian 1st as "1°".
  const oracle = (tag: string, iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  };

  it('writes every month, first and last days, as Intl does', () => {
    for (let month = 1; month <= 12; month += 1) {
      for (const day of ['01', '09', '15', '28']) {
        const iso = `2026-${String(month).padStart(2, '0')}-${day}`;
        expect(formatDate('en', iso)).toBe(oracle('en-GB', iso));
        expect(formatDate('it', iso)).toBe(day === '01' ? oracle('it-IT', iso).replace(/^1 /, '1° ') : oracle('it-IT', iso));
      }
    }
    expect(formatDate('it', '2024-02-29')).toBe('29 febbraio 2024');
  });

  it('leaves anything that is not a YYYY-MM-DD date as written', () => {
    expect(formatDate('it', '2026-13-01')).toBe('2026-13-01');
    expect(formatDate('en', 'tomorrow')).toBe('tomorrow');
  });
});

describe('lists joined with "e" / "and", checked against Intl.ListFormat', () => {
  it('joins one, two and three items as Intl does for it-IT and en-GB', () => {
    for (const items of [['A'], ['A', 'B'], ['CCNL Unimpresa', 'CCNL Terziario', 'Solo legge']]) {
      expect(andList('it', items)).toBe(new Intl.ListFormat('it-IT', { type: 'conjunction' }).format(items));
      expect(andList('en', items)).toBe(new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items));
    }
    expect(andList('it', [])).toBe('');
  });
});
