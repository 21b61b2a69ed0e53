import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../i18n/locale.svelte';
import FixedTermScreen from './FixedTermScreen.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

const renderScreen = (query: Record<string, string> = {}) => render(FixedTermScreen, { props: { routeId: 'fixed-term', query } });
const result = () => screen.getByRole('region', { name: 'Risultato' });
const ccnlPanel = () => screen.getByRole('region', { name: 'CCNL Unimpresa – operatori di vendita (2021)' });
const statutePanel = () => screen.getByRole('region', { name: 'Solo legge (D.Lgs. 81/2015)' });
/** The figure shown for a row ("Contratti a termine" …) of a panel. */
const figure = (panel: HTMLElement, row: string) => within(panel).getByText(row, { selector: 'dt' }).nextElementSibling?.querySelector('strong')?.textContent;
const base = () => screen.getByLabelText('Dipendenti a tempo indeterminato dell’unità produttiva');

describe('fixed-term screen', () => {
  it('asks for the caps in Italian, explaining "unità produttiva", pro-rata decimals and the two bases (C-12)', () => {
    renderScreen();
    expect(screen.getByRole('heading', { level: 1, name: 'Contratti a termine' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Che cosa vuoi calcolare?' })).toBeInTheDocument();
    expect(base()).toHaveAccessibleDescription(/«unità produttiva» è la sede in cui si assume.*per esempio 12,5/);
    expect(screen.getByLabelText('Dipendenti a tempo indeterminato dell’intera azienda al 1° gennaio')).toHaveAccessibleDescription(/La base della legge/);
    expect(screen.getByLabelText('Data dell’assunzione (o di riferimento)')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('checkbox', { name: 'L’azienda compensa i limiti tra le sue unità produttive' })).not.toBeChecked();
    expect(screen.queryByLabelText('Qualifica o livello')).not.toBeInTheDocument();
  });

  it('the example fills RULES.md FT-7 (rev. 2): CCNL 10 / 8 (15% × 50 = 7,5 → 8) / together 14 (28%) / offsetting 14 beside the statute 10 / 15', async () => {
    renderScreen();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(base()).toHaveValue('50');
    expect(screen.getByRole('checkbox', { name: /compensa i limiti/ })).toBeChecked();
    expect(figure(ccnlPanel(), 'Contratti a termine')).toBe('10');
    expect(figure(ccnlPanel(), 'Lavoratori somministrati a termine')).toBe('8');
    expect(within(ccnlPanel()).getByText(/^15% × 50 = 7,5 → 8/)).toBeInTheDocument();
    // 28% × 50 = 14 together, under the statute's 15, so the law no longer allows less here.
    expect(figure(ccnlPanel(), 'Contratti a termine e somministrati insieme')).toBe('14');
    expect(figure(ccnlPanel(), 'Contratti a termine nell’unità, con la compensazione tra unità')).toBe('14');
    expect(figure(statutePanel(), 'Contratti a termine')).toBe('10');
    expect(figure(statutePanel(), 'Contratti a termine e somministrati insieme')).toBe('15');
    expect(within(result()).getByText(/Solo i CCNL firmati dai sindacati comparativamente più rappresentativi/)).toBeInTheDocument();
    expect(result().querySelector('h2')).toHaveFocus();
  });

  it('FT-5 typed in: a unit of 12 gets 4 / 2 / 6 together under the CCNL and 2 / 4 under the law, with the headroom in words', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(base(), '12');
    await user.type(screen.getByLabelText('Contratti a termine in corso'), '3');
    await user.type(screen.getByLabelText('Lavoratori somministrati a termine in corso'), '1');
    expect(within(result()).getByText('Con il CCNL: fino a 4 contratti a termine e 2 somministrati a termine, 6 in tutto.')).toBeInTheDocument();
    expect(within(result()).getByText('Per la legge: fino a 2 contratti a termine e 4 in tutto con i somministrati a termine.')).toBeInTheDocument();
    expect(within(ccnlPanel()).getByText(/^Minimo garantito «in ogni caso» dal CCNL: 4/)).toBeInTheDocument();
    expect(within(ccnlPanel()).getByText(/^20% × 12 = 2,4 → 2/)).toBeInTheDocument();
    // Headroom = cap − contracts running: CCNL 4 − 3 = 1; law 2 − 3 = −1; law together 4 − (3 + 1) = 0.
    expect(within(ccnlPanel()).getAllByText('Con i contratti in corso puoi ancora assumerne 1.').length).toBeGreaterThan(0);
    expect(within(statutePanel()).getByText('Con i contratti in corso sei oltre il limite di 1.')).toBeInTheDocument();
    expect(within(statutePanel()).getByText('Con i contratti in corso hai raggiunto il limite: nessuna nuova assunzione.')).toBeInTheDocument();
    expect(within(result()).getByRole('heading', { name: 'Contratti che non contano nei limiti' })).toBeInTheDocument();
    expect(within(result()).getByText(/lavoratori con più di 50 anni/)).toBeInTheDocument();
  });

  it('C-21 under Unimpresa: the headline is the safe answer, labelled, with the position against it in the same weight (FT-6: base 25)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(base(), '25');
    await user.type(screen.getByLabelText('Contratti a termine in corso'), '8');
    await user.type(screen.getByLabelText('Lavoratori somministrati a termine in corso'), '0');
    // RULES.md 4.6: safe CTD min(6, 5) = 5, combined min(7, 8) = 7; 8 CTD in force are 3 over the 5.
    const safe = within(result()).getByText('Risposta prudente: fino a 5 contratti a termine e 7 in tutto con i somministrati a termine.');
    expect(safe.tagName).toBe('STRONG');
    const over = within(result()).getByText('Sei oltre il limite: 3 contratti in più del consentito.');
    expect(over.tagName).toBe('STRONG');
    // Both regimes below, the CCNL's own figure no longer in the headline's weight.
    expect(within(result()).getByText('Con il CCNL: fino a 6 contratti a termine e 5 somministrati a termine, 7 in tutto.').tagName).toBe('P');
    expect(figure(ccnlPanel(), 'Contratti a termine')).toBe('6');
    expect(figure(statutePanel(), 'Contratti a termine')).toBe('5');
  });

  it('C-21 under the TDS: the CCNL caps lead, the law beside them, the base and the transcription explained; within the cap in words', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'confcommercio-tds');
    await user.type(base(), '100');
    await user.type(screen.getByLabelText('Contratti a termine in corso'), '17');
    await user.type(screen.getByLabelText('Lavoratori somministrati a termine in corso'), '10');
    // RULES.md 4.6: TDS base 100 gives 20 / 15 / 28; 17 + 10 = 27 together leaves 1, 17 CTD leave 3: the tighter is 1.
    expect(within(result()).getByText('Con il CCNL: fino a 20 contratti a termine e 15 somministrati a termine, 28 in tutto.').tagName).toBe('STRONG');
    expect(within(result()).getByText('Sei entro il limite: puoi assumere ancora 1 contratto.').tagName).toBe('STRONG');
    expect(within(result()).getByText(/^Per la legge: fino a 20 contratti a termine e 30 in tutto.*\(Solo per confronto: qui valgono i limiti del CCNL\.\)$/)).toBeInTheDocument();
    expect(within(result()).getByText(/dipendenti a tempo indeterminato dell’unità produttiva\. Le clausole sono state lette in una trascrizione/)).toBeInTheDocument();
    expect(within(result()).queryByText(/Risposta prudente/)).not.toBeInTheDocument();
  });

  it('shows a missing base beside its field after Calcola and moves focus there', async () => {
    const user = userEvent.setup();
    renderScreen();
    expect(screen.queryByText(/Campo obbligatorio/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(base()).toHaveAttribute('aria-invalid', 'true');
    expect(base()).toHaveAccessibleDescription(/Campo obbligatorio: inserisci un valore\./);
    expect(base()).toHaveFocus();
  });

  it('refuses a negative headcount as out of range beside the field (RULES.md 4.6)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(base(), '-1');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(base()).toHaveAttribute('aria-invalid', 'true');
    expect(base()).toHaveFocus();
  });

  it('FT-10 (rev. 2, R-7): under the TDS a unit of 20 gets 6 / 5 / 6 together, the statute 4 / 6 beside it, without W-3', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'confcommercio-tds');
    await user.type(base(), '20');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const tds = screen.getByRole('region', { name: 'CCNL Terziario Confcommercio (TDS)' });
    expect(figure(tds, 'Contratti a termine')).toBe('6');
    expect(figure(tds, 'Lavoratori somministrati a termine')).toBe('5');
    expect(figure(tds, 'Contratti a termine e somministrati insieme')).toBe('6');
    expect(figure(statutePanel(), 'Contratti a termine')).toBe('4');
    expect(figure(statutePanel(), 'Contratti a termine e somministrati insieme')).toBe('6');
    expect(within(result()).queryByText(/Solo i CCNL firmati dai sindacati comparativamente più rappresentativi/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Non coperto dalle regole' })).not.toBeInTheDocument();
  });

  it('switching to the law alone shows only the statutory panel (FT-1: 100 → 20 and 30) and hides the CCNL offsets', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.type(base(), '100');
    expect(ccnlPanel()).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'statute');
    expect(screen.queryByRole('checkbox', { name: /compensa i limiti/ })).not.toBeInTheDocument();
    expect(base()).toHaveAccessibleDescription(/Con «Solo legge» la base è l’intera azienda al 1° gennaio/);
    expect(screen.queryByRole('region', { name: /CCNL Unimpresa/ })).not.toBeInTheDocument();
    expect(figure(statutePanel(), 'Contratti a termine')).toBe('20');
    expect(figure(statutePanel(), 'Contratti a termine e somministrati insieme')).toBe('30');
    expect(within(result()).getByRole('heading', { name: 'I limiti di legge' })).toBeInTheDocument();
  });

  it('the fine example is RULES.md FT-8: €1,800.00 for one worker, 6 months counted at 20%', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByLabelText('La sanzione per i contratti a termine oltre il limite'));
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.getByLabelText('Retribuzione mensile di ciascuno')).toHaveValue('1500');
    expect(within(result()).getByText(/^Sanzione: 1\.?800,00\s€ in tutto \(1\.?800,00\s€ per ciascun lavoratore\)\.$/)).toBeInTheDocument();
    expect(within(result()).getByText('20% della retribuzione mensile, per ogni lavoratore')).toBeInTheDocument();
    expect(result().querySelector('h2')).toHaveFocus();
  });

  it('R-1: the monthly amount per worker is rounded to the euro before the multiplication, which is shown', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByLabelText('La sanzione per i contratti a termine oltre il limite'));
    const fill = async (label: string, text: string) => {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), text);
    };
    await fill('Lavoratori a termine oltre il limite', '1');
    await fill('Retribuzione mensile di ciascuno', '1234');
    await fill('Durata: mesi interi', '3');
    await fill('Durata: giorni oltre i mesi interi', '0');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    // D-FT-5: 20% × 1.234 = 246,80 → 247 € a month; 1 × 247 × 3 = 741 €, not 740,40 from one rounding at the end.
    expect(within(result()).getByText(/^1 × 247,00\s€ al mese × 3 mesi = 741,00\s€\.$/)).toBeInTheDocument();
    expect(within(result()).getByText(/^247,00\s€ \(arrotondato all’euro\)$/)).toBeInTheDocument();
  });

  it('FT-9: two workers over the cap for 4 months and 20 days cost €7,500.00, €3,750.00 each, same pay assumed', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByLabelText('La sanzione per i contratti a termine oltre il limite'));
    const workers = screen.getByLabelText('Lavoratori a termine oltre il limite');
    await user.clear(workers);
    await user.type(workers, '2');
    await user.type(screen.getByLabelText('Retribuzione mensile di ciascuno'), '1500');
    await user.type(screen.getByLabelText('Durata: mesi interi'), '4');
    const days = screen.getByLabelText('Durata: giorni oltre i mesi interi');
    await user.clear(days);
    await user.type(days, '20');
    expect(within(result()).getByText(/^Sanzione: 7\.?500,00\s€ in tutto \(3\.?750,00\s€ per ciascun lavoratore\)\.$/)).toBeInTheDocument();
    expect(within(result()).getByText(/stessa retribuzione e la stessa durata per tutti i 2 lavoratori/)).toBeInTheDocument();
  });

  it('shows extraDays 31 as out of range beside its field in the fine form (RULES.md 4.6)', async () => {
    const user = userEvent.setup();
    renderScreen();
    await user.click(screen.getByLabelText('La sanzione per i contratti a termine oltre il limite'));
    await user.type(screen.getByLabelText('Retribuzione mensile di ciascuno'), '1500');
    await user.type(screen.getByLabelText('Durata: mesi interi'), '2');
    const days = screen.getByLabelText('Durata: giorni oltre i mesi interi');
    await user.clear(days);
    await user.type(days, '31');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveFocus();
  });

  it('opens a shared FT-11 link: decimals in the base, 9 (8,5 → 9) and 6 under the CCNL, 9 and 13 under the law', () => {
    renderScreen({ in: JSON.stringify({ ruleset: 'unimpresa-vvp-2021', permanentHeadcount: 42.5, unitEmployees: 45 }), rv: '2020.01.01' });
    expect(figure(ccnlPanel(), 'Contratti a termine')).toBe('9');
    expect(within(ccnlPanel()).getByText(/^20% × 42,5 = 8,5 → 9/)).toBeInTheDocument();
    expect(figure(ccnlPanel(), 'Lavoratori somministrati a termine')).toBe('6');
    expect(figure(statutePanel(), 'Contratti a termine')).toBe('9');
    expect(figure(statutePanel(), 'Contratti a termine e somministrati insieme')).toBe('13');
    expect(screen.getByText(/Il link è stato creato con le regole «2020.01.01»/)).toBeInTheDocument();
  });
});
