import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import LeaveScreen from './LeaveScreen.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

const renderScreen = (query: Record<string, string> = {}) => render(LeaveScreen, { props: { routeId: 'leave', query } });
const result = () => screen.getByRole('region', { name: 'Risultato' });
const facts = () => result().querySelector('dl.facts') as HTMLElement;
/** The <dd> that follows the <dt> with this text. */
const fact = (term: string) => within(facts()).getByText(term, { selector: 'dt' }).nextElementSibling;

async function fillPeriod(user: ReturnType<typeof userEvent.setup>, start: string, end: string) {
  await user.type(screen.getByLabelText('Inizio del periodo'), start);
  await user.type(screen.getByLabelText('Fine del periodo'), end);
}

describe('leave screen', () => {
  it('asks the questions in Italian, with a hint explaining the jargon', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Ferie e permessi' })).toBeInTheDocument();
    expect(screen.getByText(/ROL \(riduzione dell’orario di lavoro\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Inizio del periodo')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Inizio del periodo')).toHaveValue('');
    expect(screen.getByRole('group', { name: 'Orario di lavoro' })).toBeInTheDocument();
    expect(screen.getByLabelText('Dipendenti dell’azienda')).toHaveAccessibleDescription(/Tutti i dipendenti dell’azienda/);
    expect(screen.getByLabelText('Data di assunzione')).toHaveAccessibleDescription(/crescono con l’anzianità/);
    expect(screen.queryByRole('group', { name: 'Settimana lavorativa a tempo pieno' })).not.toBeInTheDocument();
    expect(screen.getByText('Compila i dati per vedere il risultato.')).toBeInTheDocument();
  });

  it('the example fills RULES.md LV-1a: 3 months (May 12 days and September 10 do not count), 6.50 days, 8 hours', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.getByLabelText('Inizio del periodo')).toHaveValue('2025-05-20');
    expect(screen.getByLabelText('Fine del periodo')).toHaveValue('2025-09-10');
    expect(within(result()).getByText('In questo periodo hai maturato 6,50 giorni di ferie e 8,00 ore di permessi (8,00 di ex festività e 0,00 di ROL).')).toBeInTheDocument();
    expect(fact('Mesi contati (dodicesimi)')).toHaveTextContent('3 su 12');
    expect(fact('ROL (riduzione dell’orario di lavoro)')).toHaveTextContent('0,00 ore');
    const months = within(result()).getByRole('list', { name: 'I mesi del periodo' });
    expect(within(months).getAllByRole('listitem')).toHaveLength(5);
    expect(within(months).getByText('12 giorni a maggio: meno di 15, il mese non conta.')).toBeInTheDocument();
    expect(within(months).getByText('10 giorni a settembre: meno di 15, il mese non conta.')).toBeInTheDocument();
    expect(within(months).getByText('30 giorni a giugno: almeno 15, il mese conta come un dodicesimo.')).toBeInTheDocument();
    // Art. 10 D.Lgs. 66/2003: 2 weeks within 2025, the rest within 18 months after it (RULES.md 2.2).
    expect(fact('Almeno 2 settimane da godere entro')).toHaveTextContent('31 dicembre 2025');
    expect(fact('Le altre settimane da godere entro')).toHaveTextContent('30 giugno 2027');
    await waitFor(() => expect(result().querySelector('h2')).toHaveFocus());
  });

  it('shows the ferie balance when the days taken are given (LV-1a: 6.50 accrued − 2 taken)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    await user.type(screen.getByLabelText('Ferie già godute (giorni)'), '2');
    expect(fact('Ferie ancora da godere')).toHaveTextContent('4,50 giorni lavorativi');
  });

  it('shows an end before the start beside its field, in words, only after Calcola, and moves focus there (C-7)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await fillPeriod(user, '2025-09-30', '2025-03-01');
    const end = screen.getByLabelText('Fine del periodo');
    expect(end).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(/La fine del periodo non può precedere l’inizio\./);
    await waitFor(() => expect(end).toHaveFocus());
  });

  it('asks for the days per week of a vertical part-timer beside that field', async () => {
    const user = userEvent.setup();
    renderScreen();
    await fillPeriod(user, '2025-01-01', '2025-12-31');
    await user.click(screen.getByLabelText(/^Part-time verticale/));
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const days = screen.getByLabelText('Giorni lavorati a settimana');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(days).toHaveFocus());
  });

  it('LV-7: a vertical part-timer on 3 days accrues 13 days, 16 + 28 = 44 permit hours over 2025', async () => {
    const user = userEvent.setup();
    renderScreen();
    await fillPeriod(user, '2025-01-01', '2025-12-31');
    await user.click(screen.getByLabelText(/^Part-time verticale/));
    await user.type(screen.getByLabelText('Giorni lavorati a settimana'), '3');
    await user.type(screen.getByLabelText('Dipendenti dell’azienda'), '10');
    await user.type(screen.getByLabelText('Data di assunzione'), '2009-04-01');
    expect(within(result()).getByText('In questo periodo hai maturato 13,00 giorni di ferie e 44,00 ore di permessi (16,00 di ex festività e 28,00 di ROL).')).toBeInTheDocument();
  });

  it('rounds each permit figure on its own (RULES.md 2.6, C-1): 1.67 + 1.88 beside a total of 3.54', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'confcommercio-tds');
    await fillPeriod(user, '2025-03-01', '2025-03-31');
    await user.click(screen.getByLabelText(/^Part-time orizzontale/));
    await user.type(screen.getByLabelText('Percentuale del part-time'), '62,5');
    await user.type(screen.getByLabelText('Dipendenti dell’azienda'), '20');
    await user.type(screen.getByLabelText('Data di assunzione'), '2022-06-01');
    expect(fact('Ex festività')).toHaveTextContent('1,67 ore');
    expect(fact('ROL (riduzione dell’orario di lavoro)')).toHaveTextContent('1,88 ore');
    expect(fact('Totale permessi')).toHaveTextContent(/^3,54 ore .*può differire di 0,01/);
  });

  it('without the company headcount says ROL need it, as a part not covered (D-LV-5)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'confcommercio-tds');
    await fillPeriod(user, '2025-01-01', '2025-12-31');
    expect(within(result()).getByText(/^In questo periodo hai maturato 26,00 giorni di ferie e 32,00 ore di ex festività; per i ROL serve/)).toBeInTheDocument();
    expect(fact('ROL (riduzione dell’orario di lavoro)')).toHaveTextContent('Non calcolati: serve il numero di dipendenti dell’azienda.');
    expect(within(result()).getByRole('heading', { name: 'Non coperto' })).toBeInTheDocument();
    expect(within(result()).getByText('ROL e totale delle ore di permesso: serve il numero di dipendenti dell’azienda.')).toBeInTheDocument();
  });

  it('shows the not-covered panel for a period before the Unimpresa CCNL existed (15 March 2021)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await fillPeriod(user, '2020-01-01', '2020-06-30');
    const panel = screen.getByRole('region', { name: 'Non coperto dalle regole' });
    expect(within(panel).getByText(/^Cosa fare: controlla il CCNL applicato/)).toBeInTheDocument();
  });

  it('under the law alone asks the working week, drops the permits and gives 24 days on a 6-day week (RULES.md 2.6)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'statute');
    expect(screen.queryByLabelText('Dipendenti dell’azienda')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Permessi già goduti (ore)')).not.toBeInTheDocument();
    const week = screen.getByRole('group', { name: 'Settimana lavorativa a tempo pieno' });
    expect(within(week).getByLabelText('5 giorni (dal lunedì al venerdì)')).toBeChecked();
    await fillPeriod(user, '2025-01-01', '2025-12-31');
    // LV-6: 4 weeks of 5 days.
    expect(within(result()).getByText('In questo periodo hai maturato 20,00 giorni di ferie; la legge da sola non prevede permessi retribuiti.')).toBeInTheDocument();
    await user.click(within(week).getByLabelText('6 giorni (dal lunedì al sabato)'));
    expect(fact('Ferie maturate')).toHaveTextContent('24,00 giorni lavorativi');
    expect(fact('Permessi retribuiti')).toHaveTextContent(/Non previsti dalla legge/);
  });

  it('opens a shared link (LV-2) with its inputs in the form', () => {
    const input = { ruleset: 'confcommercio-tds', periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: { kind: 'full-time' }, companyEmployees: 30, hireDate: '2015-01-12' };
    renderScreen({ in: JSON.stringify(input), rv: '2020.01.01' });
    expect(screen.getByLabelText('Dipendenti dell’azienda')).toHaveValue('30');
    expect(within(result()).getByText('In questo periodo hai maturato 26,00 giorni di ferie e 104,00 ore di permessi (32,00 di ex festività e 72,00 di ROL).')).toBeInTheDocument();
    expect(screen.getByText(/Il link è stato creato con le regole «2020.01.01»/)).toBeInTheDocument();
  });

  it('speaks English when the language is English', async () => {
    locale.set('en');
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try an example' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Leave' })).toBeInTheDocument();
    expect(screen.getByText('In this period you accrued 6.50 days of ferie and 8.00 hours of permits (8.00 of ex-festività and 0.00 of ROL).')).toBeInTheDocument();
  });
});
