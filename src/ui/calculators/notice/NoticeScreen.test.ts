import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import NoticeScreen from './NoticeScreen.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

const renderScreen = (query: Record<string, string> = {}) => render(NoticeScreen, { props: { routeId: 'notice', query } });
const result = () => screen.getByRole('region', { name: 'Risultato' });

describe('notice screen', () => {
  it('asks the questions in Italian with hints', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Preavviso' })).toBeInTheDocument();
    expect(screen.getByLabelText('Data di assunzione')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Data di ricezione del preavviso')).toHaveAccessibleDescription(/arrivano all’altra parte/);
    expect(screen.getByRole('group', { name: 'Chi interrompe il rapporto?' })).toBeInTheDocument();
  });

  it('the example fills the form with RULES.md NP-3 and shows 45 days from 16 March to 29 April 2024', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2017-01-10');
    expect(within(result()).getByText('45 giorni di calendario, dal 16 marzo 2024 al 29 aprile 2024')).toBeInTheDocument();
    expect(within(result()).getByText('7 anni compiuti')).toBeInTheDocument();
    expect(result().querySelector('h2')).toHaveFocus();
  });

  it('shows a notice date before the hiring beside its field, in words, and moves focus there on Calcola', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(screen.getByLabelText('Data di assunzione'), '2024-05-10');
    await user.type(screen.getByLabelText('Data di ricezione del preavviso'), '2024-05-01');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const field = screen.getByLabelText('Data di ricezione del preavviso');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/non può essere precedente all’assunzione/);
    expect(field).toHaveFocus();
  });

  it('answers "non coperto" under the law alone, with what to check instead (D-NP-8)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'statute');
    expect(screen.queryByLabelText('Qualifica o livello')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Data di assunzione'), '2015-01-01');
    await user.type(screen.getByLabelText('Data di ricezione del preavviso'), '2025-01-15');
    const panel = screen.getByRole('region', { name: 'Non coperto dalle regole' });
    expect(within(panel).getByText(/art\. 2118 c\.c\./)).toBeInTheDocument();
    expect(within(panel).getByText(/^Cosa fare: controlla il CCNL applicato/)).toBeInTheDocument();
  });

  it('reverse mode: to leave by 14 April 2024 an ov1 resigning after 3 years must give notice by 15 March', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByLabelText('Entro quando dare il preavviso per terminare in un giorno preciso'));
    await user.click(screen.getByLabelText('Il lavoratore (dimissioni)'));
    await user.type(screen.getByLabelText('Data di assunzione'), '2021-01-10');
    await user.type(screen.getByLabelText('Ultimo giorno di lavoro desiderato'), '2024-04-14');
    expect(within(result()).getByText('Il preavviso deve arrivare entro il 15 marzo 2024')).toBeInTheDocument();
  });

  it('marks Unimpresa figures as interpretation with the W-1 warning, and opens a shared link with a version warning', () => {
    const input = { role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', noticeDate: '2024-03-10' };
    renderScreen({ in: JSON.stringify(input), rv: '2020.01.01' });
    expect(within(result()).getByText('30 giorni di calendario, dal 16 marzo 2024 al 14 aprile 2024')).toBeInTheDocument();
    expect(within(result()).getAllByText('Interpretazione').length).toBeGreaterThan(0);
    expect(within(result()).getByText(/scaduto il 14 marzo 2024/)).toBeInTheDocument();
    expect(screen.getByText(/Il link è stato creato con le regole «2020.01.01»/)).toBeInTheDocument();
  });
});
