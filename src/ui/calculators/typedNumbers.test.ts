// Issue 7 "numbers written the Italian way": every number field reads numbers as the active language writes them.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startEachTestInItalian, typeInto } from '../screenTestSetup';
import { locale } from '../i18n/locale.svelte';
import FixedTermScreen from './fixed-term/FixedTermScreen.svelte';
import LeaveScreen from './leave/LeaveScreen.svelte';
import NoticeScreen from './notice/NoticeScreen.svelte';
import SeniorityScreen from './seniority/SeniorityScreen.svelte';

startEachTestInItalian();

const type = typeInto;
const region = (name: string) => screen.getByRole('region', { name });

/** RULES.md NP-3 (TDS ov1 dismissed after 7 years: 45 days from 16 March 2024) with a monthly pay typed by hand. */
async function noticeWithPay(pay: string, labels = { hire: 'Data di assunzione', notice: 'Data di ricezione del preavviso', pay: 'Retribuzione mensile lorda' }) {
  render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
  await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: /Contratto applicato|Agreement/ }), 'confcommercio-tds');
  await type(labels.hire, '2017-01-10');
  await type(labels.notice, '2024-03-10');
  await type(labels.pay, pay);
  return screen.getByLabelText(labels.pay);
}

describe('notice: monthly pay', () => {
  // RULES.md 1.3: TDS daily pay = monthly ÷ 26, so 1800 € a month is 69,23 € a day.
  it.each(['1.800', '1.800,00', '1800', '1 800'])('%j is 1800 € a month: echoed beside the field and used as 1800 ÷ 26', async (text) => {
    const field = await noticeWithPay(text);
    expect(field).toHaveAccessibleDescription(/= 1\.?800,00\s€/);
    expect(within(region('Risultato')).getByText(/^Retribuzione mensile 1\.?800,00\s€ ÷ 26 = 69,23\s€ al giorno/)).toBeInTheDocument();
  });

  it('"1800,5" is 1800,50 €', async () => {
    const field = await noticeWithPay('1800,5');
    expect(field).toHaveAccessibleDescription(/= 1\.?800,50\s€/);
  });

  it('"1.5" is refused after Calcola with how to write it, and nothing is computed from a guess', async () => {
    const field = await noticeWithPay('1.5');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Calcola' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/scrivi 1,5 per un numero con decimali o 1\.500 se intendi 1500/);
    expect(screen.queryByText(/Retribuzione mensile 1,50/)).not.toBeInTheDocument();
  });

  it('text that is not a number is refused with the way to write one', async () => {
    const field = await noticeWithPay('milleottocento');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Calcola' }));
    expect(field).toHaveAccessibleDescription(/«milleottocento» non è un numero/);
  });

  it('in English "1,800" is €1,800.00 and "1,5" is refused with the English way to write it', async () => {
    locale.set('en');
    const labels = { hire: 'Hiring date', notice: 'Day the notice is received', pay: 'Gross monthly pay' };
    const field = await noticeWithPay('1,800', labels);
    expect(field).toHaveAccessibleDescription(/= €1,800\.00/);
    expect(within(region('Result')).getByText(/^Monthly pay €1,800\.00 ÷ 26 = €69\.23 a day/)).toBeInTheDocument();
    await type(labels.pay, '1,5');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Calculate' }));
    expect(field).toHaveAccessibleDescription(/write 1\.5 for a number with decimals or 1,500 if you mean 1500/);
  });

  it('the example fills the pay the way the active language writes it (1717,04 / 1717.04)', async () => {
    locale.set('en');
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try an example' }));
    expect(screen.getByLabelText('Gross monthly pay')).toHaveAccessibleDescription(/= €1,717\.04/);
  });
});

describe('leave: company size', () => {
  // RULES.md 2.3: from the 5th year, 32 h of ex-festività plus 72 h of ROL when the company has more than 15 employees.
  it('"1.500" employees lands in the > 15 band: 72 ROL hours over 2025', async () => {
    render(LeaveScreen, { props: { routeId: 'leave', query: {} } });
    await type('Inizio del periodo', '2025-01-01');
    await type('Fine del periodo', '2025-12-31');
    await type('Data di assunzione', '2009-04-01');
    await type('Dipendenti dell’azienda', '1.500');
    expect(screen.getByLabelText('Dipendenti dell’azienda')).toHaveAccessibleDescription(/= 1\.?500/);
    expect(within(region('Risultato')).getByText(/104,00 ore di permessi \(32,00 di ex festività e 72,00 di ROL\)/)).toBeInTheDocument();
  });
});

describe('fixed-term: headcounts and the fine', () => {
  // D.Lgs. 81/2015 art. 23 as in RULES.md 4: 20 % of the permanent staff; 1200 × 20 % = 240.
  it('"1.200" permanent staff gives the statutory cap of 240 contracts', async () => {
    render(FixedTermScreen, { props: { routeId: 'fixed-term', query: {} } });
    await type('Dipendenti a tempo indeterminato dell’unità produttiva', '1.200');
    expect(within(region('Risultato')).getByText(/^Per la legge: fino a 240 contratti a termine/)).toBeInTheDocument();
  });

  // RULES.md D-FT-5: one worker over the cap, 20 % × 1650 € = 330 € a month, × 6 months = 1980 €.
  it('a monthly pay of "1.650" gives a fine of 330 € a month', async () => {
    const user = userEvent.setup();
    render(FixedTermScreen, { props: { routeId: 'fixed-term', query: {} } });
    await user.click(screen.getByLabelText(/^La sanzione/));
    await type('Retribuzione mensile di ciascuno', '1.650');
    await type('Durata: mesi interi', '6');
    expect(within(region('Risultato')).getAllByText(/1\.?980,00\s€/).length).toBeGreaterThan(0);
  });
});

describe('seniority: part-time percent', () => {
  it('"62,5" is echoed as 62,5 %', () => {
    render(SeniorityScreen, { props: { routeId: 'seniority', query: {} } });
    void type('Percentuale di part-time', '62,5');
    return expect(screen.findByText('= 62,5 %', { normalizer: (text) => text.replace(/\s/g, ' ') })).resolves.toBeInTheDocument();
  });
});
