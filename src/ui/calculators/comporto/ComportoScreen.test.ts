import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startEachTestInItalian } from '../../screenTestSetup';
import ComportoScreen from './ComportoScreen.svelte';
import { timeline } from './timeline';

startEachTestInItalian();
const renderScreen = () => render(ComportoScreen, { props: { routeId: 'comporto', query: {} } });
// Rendering a result with its calendar or timeline in jsdom can take seconds on a loaded machine.
const SLOW = 20_000;
const result = () => screen.getByRole('region', { name: 'Risultato' });

describe('comporto screen', () => {
  it('the example (CO-5) has 60 days left and runs out on 28 November 2026, the old days leaving the window', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(within(result()).getByText('Restano 60 giorni di comporto su 180.')).toBeInTheDocument();
    expect(within(result()).getByText('Se la malattia continua, il comporto si supera il 28 novembre 2026.')).toBeInTheDocument();
    expect(within(result()).getByText(/escono dal periodo 90 giorni di vecchie malattie/)).toBeInTheDocument();
    expect(within(result()).getByText(/malattia dal 1° maggio 2026 al 30 maggio 2026: 30 giorni nel periodo/)).toBeInTheDocument();
  }, SLOW);
});

describe('comporto timeline', () => {
  it('splits the sick days into those leaving before the exhaustion date and those that stay (CO-5)', () => {
    const line = timeline({
      windowStart: '2025-07-01', windowEnd: '2026-06-30', exhaustionDate: '2026-11-28',
      periods: [{ from: '2025-07-01', to: '2025-09-28', kind: 'sickness' }, { from: '2026-05-01', to: '2026-05-30', kind: 'sickness' }],
    });
    // k = 151 days after asOf: window days 0…150 leave, so all 90 old days (0…89) leave.
    expect(line.segments).toEqual([
      { kind: 'leaving', from: 0, to: 89 },
      { kind: 'sick', from: 304, to: 333 },
      { kind: 'future', from: 365, to: 515 },
    ]);
  });
});
