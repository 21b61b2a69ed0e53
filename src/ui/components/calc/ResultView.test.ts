import { cleanup, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../calculators/notice/messages';
import '../../calculators/seniority/messages';
import '../../calculators/leave/messages';
import '../../calculators/fixed-term/messages';
import { calculate, type CalcResult, type CalculatorId } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import ResultView from './ResultView.svelte';

const headline = createRawSnippet(() => ({ render: () => '<p>headline</p>' }));
const show = (calculator: CalculatorId, result: CalcResult) => render(ResultView, { props: { calculator, result, input: {}, formFields: [], headline } });
const stepText = (label: string) => screen.getAllByRole('listitem').find((li) => li.textContent?.startsWith(label))?.textContent ?? '';
const inputsUsed = () => document.querySelector('.inputs-used') as HTMLElement;
const definition = (term: string) => within(inputsUsed()).getByText(term).nextElementSibling?.textContent ?? '';

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

describe('numbers in steps and inputs, the locale’s way', () => {
  // Notice, TDS ov1 after 7 years (45 days), pay 3150: RULES.md 1.3 indemnity 3150 ÷ 26 × 38 working days.
  const notice = calculate('notice', { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10', monthlyPay: 3150 });

  it('writes money as money: the pay input "3.150,00 €" and the indemnity step in euro', () => {
    show('notice', notice);
    expect(definition('Retribuzione mensile lorda')).toMatch(/^3\.150,00\s€$/);
    expect(stepText('Indennità sostitutiva')).toMatch(/: \d{1,3}(\.\d{3})*,\d{2}\s€/);
  });

  it('writes money in English the English way', () => {
    locale.set('en');
    show('notice', notice);
    expect(within(inputsUsed()).getByText('3,150.00', { exact: false })).toBeInTheDocument();
  });

  it('writes a seniority step amount with two decimals and the euro sign (20,66 €, not 20,66 or 20,3)', () => {
    // TDS level IV: RULES.md Table 3-A, 20.66 per step.
    show('seniority', calculate('seniority', { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-01-10', asOf: '2025-06-01' }));
    expect(stepText('Importo mensile di ogni scatto')).toMatch(/: 20,66\s€/);
  });

  it('shows a schedule as "tempo pieno", not "tipo: tempo pieno"', () => {
    const leave = calculate('leave', { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2020-01-10', periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: { kind: 'full-time' } });
    show('leave', leave);
    expect(within(inputsUsed()).getByText('tempo pieno')).toBeInTheDocument();
  });

  it('keeps a space before "(valore predefinito, non indicato)"', () => {
    show('fixed-term', calculate('fixed-term', { ruleset: 'statute', permanentHeadcount: 100 }, { today: '2026-11-23' as never }));
    expect(inputsUsed().textContent).toContain('23 novembre 2026 (valore predefinito');
    expect(inputsUsed().textContent).not.toMatch(/\S\(valore predefinito/);
  });

  it('explains a reverse notice ending before the day asked for (only from the 1st or the 16th)', () => {
    show('notice', calculate('notice', { mode: 'reverse', ruleset: 'confcommercio-tds', role: 'ov1', kind: 'resignation', hireDate: '2018-01-10', targetEndDate: '2025-09-30' }));
    expect(document.body.textContent).toContain('Il preavviso può decorrere solo dal giorno 1 o 16 del mese, quindi il rapporto non può finire proprio il 30 settembre 2025');
    expect(document.body.textContent).not.toMatch(/giorno 1, 16/);
  });

});

describe('the browser’s own print', () => {
  it('opens the collapsed steps and inputs on beforeprint and closes them again on afterprint', () => {
    show('notice', calculate('notice', { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' }));
    const why = document.querySelector('details.why') as HTMLDetailsElement;
    const inputs = inputsUsed() as HTMLDetailsElement;
    expect([why.open, inputs.open]).toEqual([false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect([why.open, inputs.open]).toEqual([true, true]);
    window.dispatchEvent(new Event('afterprint'));
    expect([why.open, inputs.open]).toEqual([false, false]);
  });
});
