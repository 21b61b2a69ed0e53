// Issue 7: "31/02/2019 in a date field says 'Campo obbligatorio'": an impossible day must be told apart from an empty field.
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startEachTestInItalian } from '../../screenTestSetup';
import { locale } from '../../i18n/locale.svelte';
import NoticeScreen from '../../calculators/notice/NoticeScreen.svelte';
import LeaveScreen from '../../calculators/leave/LeaveScreen.svelte';
import { dateProblem, isRealDate } from './dateInput';

startEachTestInItalian();

/** What Chromium does for 31/02/2019: the value stays "" and validity.badInput turns true (jsdom has no date editor). */
function typeImpossibleDay(field: HTMLElement): void {
  Object.defineProperty(field, 'validity', { configurable: true, value: { badInput: true, valid: false } });
  void fireEvent.blur(field);
}

describe('real calendar days', () => {
  it.each(['2019-02-28', '2024-02-29', '2000-02-29', '0001-01-01'])('%s exists', (day) => expect(isRealDate(day)).toBe(true));
  it.each(['2019-02-29', '2019-02-31', '1900-02-29', '2019-13-01', '2019-04-31', '0000-00-00', '22019-03-10', '10/03/2019'])('%s does not', (day) =>
    expect(isRealDate(day)).toBe(false),
  );
  it('an empty field has no date problem (it may be required, which the engine says)', () => expect(dateProblem('')).toBeNull());
});

describe('a date that does not exist', () => {
  it('says the day does not exist, not "Campo obbligatorio"', async () => {
    const user = userEvent.setup();
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await user.type(screen.getByLabelText('Data di ricezione del preavviso'), '2024-03-10');
    const hire = screen.getByLabelText('Data di assunzione');
    typeImpossibleDay(hire);
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(hire).toHaveAttribute('aria-invalid', 'true');
    expect(hire).toHaveAccessibleDescription(/Questa data non esiste o è incompleta: controlla giorno, mese e anno\./);
    expect(hire).not.toHaveAccessibleDescription(/Campo obbligatorio/);
  });

  it('names the day when a link carries it: "Il 31/02/2019 non esiste"', () => {
    render(NoticeScreen, { props: { routeId: 'notice', query: { in: JSON.stringify({ hireDate: '2019-02-31', noticeDate: '2024-03-10' }) } } });
    expect(screen.getByLabelText('Data di assunzione')).toHaveAccessibleDescription(/Il 31\/02\/2019 non esiste: controlla giorno e mese\./);
  });

  it('in English', async () => {
    locale.set('en');
    const user = userEvent.setup();
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await user.type(screen.getByLabelText('Day the notice is received'), '2024-03-10');
    const hire = screen.getByLabelText('Hiring date');
    typeImpossibleDay(hire);
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(hire).toHaveAccessibleDescription(/This date does not exist or is incomplete/);
  });

  it('an optional date that does not exist is refused, not left out of the calculation (leave hiring date)', async () => {
    const user = userEvent.setup();
    render(LeaveScreen, { props: { routeId: 'leave', query: {} } });
    await user.type(screen.getByLabelText('Inizio del periodo'), '2025-01-01');
    await user.type(screen.getByLabelText('Fine del periodo'), '2025-12-31');
    await user.type(screen.getByLabelText('Dipendenti dell’azienda'), '10');
    const hire = screen.getByLabelText('Data di assunzione');
    typeImpossibleDay(hire);
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(hire).toHaveAccessibleDescription(/Questa data non esiste/);
    expect(screen.queryByRole('region', { name: 'Risultato' })).not.toBeInTheDocument();
  });
});
