import { cleanup, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './messages';
import { calculate } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import SeniorityResult from './SeniorityResult.svelte';

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

describe('seniority result with part-time', () => {
  // TDS level IV, 20,66 € a step (RULES.md Table 3-A): 3 steps = 61,98 € full time; at 50% part-time 30,99 € (C-10).
  const input = { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-01-10', asOf: '2025-06-01', partTimePercent: 50 };

  it('leads with the amount the worker is paid; the full-time amount is context on the second line', () => {
    render(SeniorityResult, { props: { result: calculate('seniority', input), input } });
    const headline = document.querySelector('.headline') as HTMLElement;
    const [first, second] = [...headline.querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(first).toMatch(/^3 scatti in pagamento, 30,99\s€ al mese/);
    expect(first).not.toContain('61,98');
    expect(second).toMatch(/part-time del 50%; a tempo pieno sarebbe 61,98\s€ al mese/);
  });

  it('without part-time the headline is the full amount and there is no second line', () => {
    const full = { ...input, partTimePercent: undefined };
    render(SeniorityResult, { props: { result: calculate('seniority', full), input: full } });
    const headline = document.querySelector('.headline') as HTMLElement;
    expect(headline.querySelectorAll('p')).toHaveLength(1);
    expect(headline.textContent).toMatch(/61,98\s€ al mese/);
  });
});
