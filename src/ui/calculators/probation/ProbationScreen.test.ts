import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startEachTestInItalian } from '../../screenTestSetup';
import ProbationScreen from './ProbationScreen.svelte';
import { probationCalendar } from './calendar';

startEachTestInItalian();
const renderScreen = () => render(ProbationScreen, { props: { routeId: 'probation', query: {} } });
// Rendering a result with its calendar or timeline in jsdom can take seconds on a loaded machine.
const SLOW = 20_000;
const result = () => screen.getByRole('region', { name: 'Risultato' });

describe('probation screen', () => {
  it('the example (PR-6) ends on 26 May 2026, lists the absence that moved the end and skips Easter Monday', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(within(result()).getByText('La prova finisce il 26 maggio 2026.')).toBeInTheDocument();
    expect(within(result()).getByText(/dal 16 marzo 2026 al 27 marzo 2026: 12 giorni dentro la prova/)).toBeInTheDocument();
    expect(within(result()).getByText(/6 aprile 2026: Lunedì dell’Angelo/)).toBeInTheDocument();
    expect(within(result()).getByRole('table', { name: /Calendario di marzo 2026/ })).toBeInTheDocument();
  }, SLOW);

  it('adds an absence typed "dal … per N giorni", shows its last day, and removes it', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByRole('button', { name: 'Aggiungi un’assenza' }));
    fireEvent.input(screen.getByLabelText('Dal'), { target: { value: '2026-03-16' } });
    await user.type(screen.getByLabelText('Per quanti giorni di calendario'), '12');
    expect(screen.getByText(/fino al 27 marzo 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rimuovi l’assenza 1' }));
    expect(screen.getByText('Nessuna assenza inserita.')).toBeInTheDocument();
  }, SLOW);
});

describe('probation calendar', () => {
  it('marks worked days, holidays, absences and rest days by the result’s facts (PR-6 in March–May 2026)', () => {
    const months = probationCalendar({ hireDate: '2026-03-02', endDate: '2026-05-26', workingDaysPerWeek: 6, holidays: [{ date: '2026-04-06' }], absences: [{ from: '2026-03-16', to: '2026-03-27' }] });
    expect(months.map((m) => m.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    const day = (iso: string) => months.flatMap((m) => m.weeks.flat()).find((d) => d?.date === iso);
    expect(day('2026-03-01')?.kind).toBe('outside');
    expect(day('2026-03-02')?.kind).toBe('work');
    expect(day('2026-03-08')?.kind).toBe('rest');
    expect(day('2026-03-20')?.kind).toBe('absence');
    expect(day('2026-04-06')?.kind).toBe('holiday');
    expect(day('2026-05-26')).toMatchObject({ kind: 'work', last: true });
    // 2026-03-01 is a Sunday: the first week has six empty cells before it.
    expect(months[0]?.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
  });
});
