import { describe, expect, it } from 'vitest';
import '../calculators/notice/messages';
import { translate } from './format';
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
