// Seniority screen (RULES.md §3.7–3.9): expected figures come from the RULES.md reference cases, not from the engine.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import SeniorityScreen from './SeniorityScreen.svelte';

const SPACE = '[\\s\\u00a0\\u202f]';
const money = (text: string) => new RegExp(`${text}${SPACE}€`);

function renderScreen() {
  render(SeniorityScreen, { props: { routeId: 'seniority', query: {} } });
  return userEvent.setup();
}

function setDate(label: string, value: string): void {
  void fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function fillCase(user: ReturnType<typeof userEvent.setup>, ruleset: string, role: string | null, hire: string, asOf: string) {
  await user.selectOptions(screen.getByLabelText('Contratto applicato'), ruleset);
  if (role) await user.selectOptions(screen.getByLabelText('Qualifica o livello'), role);
  setDate('Data di assunzione', hire);
  setDate('Data da verificare', asOf);
}

const headline = () => document.querySelector('.result .headline')?.textContent ?? '';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

describe('seniority screen', () => {
  it('renders in Italian with a labelled, hinted form and the date to check prefilled with a date', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Scatti di anzianità' })).toBeInTheDocument();
    expect(screen.getByLabelText('Data di assunzione')).toHaveAccessibleDescription(/primo giorno di lavoro/);
    expect((screen.getByLabelText('Data da verificare') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByLabelText('Percentuale di part-time')).toHaveAccessibleDescription(/Facoltativo/);
    expect(screen.getByRole('button', { name: 'Prova un esempio' })).toBeInTheDocument();
    expect(screen.getByText('Compila i dati per vedere il risultato.')).toBeInTheDocument();
  });

  it('SC-1: the example fills TDS level IV hired 2015-03-01, on 2024-06-15 → 3 steps, 61.98 €, next 2027-03-01', async () => {
    const user = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('confcommercio-tds');
    expect(screen.getByLabelText('Qualifica o livello')).toHaveValue('IV');
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2015-03-01');
    expect(screen.getByLabelText('Data da verificare')).toHaveValue('2024-06-15');
    const heading = screen.getByRole('heading', { level: 2, name: 'Risultato' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(headline()).toMatch(new RegExp(`^3 scatti in pagamento, 61,98${SPACE}€ al mese; il prossimo dal 1° marzo 2027`));
    const facts = document.querySelector('dl.facts') as HTMLElement;
    expect(within(facts).getByText('3 su un massimo di 10')).toBeInTheDocument();
    expect(within(facts).getByText(new RegExp(`^20,66${SPACE}€ al mese$`))).toBeInTheDocument();
    expect(within(facts).getByText('1° marzo 2015')).toBeInTheDocument();
  });

  it('SC-1 timeline: 10 steps from 2018-03-01, the 3rd paid and current, the 4th next and future, the 10th at 206.60 €', async () => {
    const user = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    const list = screen.getByRole('list', { name: 'Calendario dei 10 scatti' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent(/Scatto 1.*dal 1° marzo 2018.*già in pagamento/);
    expect(items[2]).toHaveTextContent(money('61,98'));
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(items[2]).toHaveTextContent(/posizione attuale/);
    expect(items[3]).toHaveTextContent(/Scatto 4.*dal 1° marzo 2027.*futuro.*il prossimo/);
    expect(items[9]).toHaveTextContent(money('206,60'));
    expect(items.filter((item) => item.getAttribute('aria-current'))).toHaveLength(1);
  });

  it('SC-7: an ov2 hired 1995-09-01 has the maximum 10 steps on 2025-10-15, 144.60 €, and no next step', async () => {
    const user = renderScreen();
    await fillCase(user, 'unimpresa-vvp-2021', 'ov2', '1995-09-01', '2025-10-15');
    await waitFor(() => expect(headline()).toMatch(new RegExp(`10 scatti in pagamento, 144,60${SPACE}€ al mese: raggiunto il massimo`)));
    expect(screen.getByText('massimo raggiunto')).toBeInTheDocument();
  });

  it('pro rata for part-time (RULES.md 3.3 "part-timers pro rata"): SC-1 at 50% gives 30.99 € a month', async () => {
    const user = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    await user.type(screen.getByLabelText('Percentuale di part-time'), '50');
    await waitFor(() => expect(headline()).toMatch(new RegExp(`^3 scatti in pagamento, 30,99${SPACE}€ al mese`)));
  });

  it('C-10: a date to check before the hire shows the error beside that field after Calcola and focuses it', async () => {
    const user = renderScreen();
    await fillCase(user, 'confcommercio-tds', 'IV', '2015-03-10', '2015-01-01');
    const asOf = screen.getByLabelText('Data da verificare');
    expect(asOf).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    await waitFor(() => expect(asOf).toHaveFocus());
    expect(asOf).toHaveAttribute('aria-invalid', 'true');
    expect(asOf).toHaveAccessibleDescription(/La data di riferimento non può essere precedente all’assunzione/);
  });

  it('a missing hire date is reported beside its field after Calcola', async () => {
    const user = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const hire = screen.getByLabelText('Data di assunzione');
    await waitFor(() => expect(hire).toHaveFocus());
    expect(hire).toHaveAccessibleDescription(/Campo obbligatorio/);
  });

  it('SC-7b / D-SC-5: an ov2 hired 1990-01-01 gets the not-covered panel explaining the conventional start', async () => {
    const user = renderScreen();
    await fillCase(user, 'unimpresa-vvp-2021', 'ov2', '1990-01-01', '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Non coperto dalle regole' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(heading.parentElement).toHaveTextContent(/prima del 1° giugno 1995.*data convenzionale/);
    expect(screen.getByLabelText('Data di assunzione')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('list', { name: /Calendario/ })).not.toBeInTheDocument();
  });

  it('D-SC-5: level IV hired 1987-03-27 is not covered, hired 1987-03-28 has 10 steps and 206.60 € on 2025-01-01', async () => {
    const user = renderScreen();
    await fillCase(user, 'confcommercio-tds', 'IV', '1987-03-27', '2025-01-01');
    expect(await screen.findByRole('heading', { level: 2, name: 'Non coperto dalle regole' })).toBeInTheDocument();
    setDate('Data di assunzione', '1987-03-28');
    await waitFor(() => expect(headline()).toMatch(new RegExp(`10 scatti in pagamento, 206,60${SPACE}€`)));
  });

  it('SC-8: switching to "Solo legge" hides the role and answers not covered; TDS offers the levels, Unimpresa only OV', async () => {
    const user = renderScreen();
    const ruleset = screen.getByLabelText('Contratto applicato');
    expect(within(screen.getByLabelText('Qualifica o livello')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'operatore di vendita di 1ª categoria',
      'operatore di vendita di 2ª categoria',
    ]);
    await user.selectOptions(ruleset, 'confcommercio-tds');
    expect(within(screen.getByLabelText('Qualifica o livello')).getByRole('option', { name: 'IV livello' })).toBeInTheDocument();
    await user.selectOptions(ruleset, 'statute');
    expect(screen.queryByLabelText('Qualifica o livello')).not.toBeInTheDocument();
    setDate('Data di assunzione', '2015-03-01');
    setDate('Data da verificare', '2024-06-15');
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Non coperto dalle regole' })).parentElement as HTMLElement;
    expect(panel).toHaveTextContent(/Nessuna legge prevede gli scatti di anzianità/);
    expect(ruleset).not.toHaveAttribute('aria-invalid');
  });

  it('Ricomincia empties the hire date and brings back the prompt', async () => {
    const user = renderScreen();
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    await user.click(screen.getByRole('button', { name: 'Ricomincia' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
    expect(screen.getByText('Compila i dati per vedere il risultato.')).toBeInTheDocument();
  });

  it('renders in English when the language is English', async () => {
    locale.set('en');
    const user = renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Seniority steps' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try an example' }));
    await waitFor(() => expect(headline()).toMatch(/^3 steps in payment, €61\.98 a month; the next from 1 March 2027/));
  });
});
