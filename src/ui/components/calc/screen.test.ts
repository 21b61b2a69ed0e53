// The screen controller through real screens (issue 7, "answers first" and "nothing lost by a tap"):
// shared links, drafts, example/reset with undo, the statute switch, coverage and the remembered contract.
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULES_VERSION } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import FixedTermScreen from '../../calculators/fixed-term/FixedTermScreen.svelte';
import NoticeScreen from '../../calculators/notice/NoticeScreen.svelte';
import SeniorityScreen from '../../calculators/seniority/SeniorityScreen.svelte';
import { loadDraft } from './draft';
import RulesetField from './RulesetField.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(() => cleanup());

type Query = Record<string, string>;
const renderNotice = (query: Query = {}) => render(NoticeScreen, { props: { routeId: 'notice', query } });
const renderSeniority = (query: Query = {}) => render(SeniorityScreen, { props: { routeId: 'seniority', query } });
const renderFixedTerm = (query: Query = {}) => render(FixedTermScreen, { props: { routeId: 'fixed-term', query } });
const link = (input: object, rv: string = RULES_VERSION): Query => ({ in: JSON.stringify(input), rv });
const result = () => screen.getByRole('region', { name: 'Risultato' });
const DAMAGED = 'Il link condiviso è danneggiato: i dati non sono stati caricati.';

// RULES.md NP-3 (TDS ov1, 7 years: 45 days) and an Unimpresa resignation after 3 years (30 days, notice.spec).
const NP3 = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
const RESIGNATION = { ruleset: 'unimpresa-vvp-2021', role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', noticeDate: '2024-03-10' };

describe('a shared link', () => {
  it('opens on the result, focused, with the form folded under "Modifica i dati"', async () => {
    const user = userEvent.setup();
    renderNotice(link(NP3));
    await waitFor(() => expect(within(result()).getByRole('heading', { name: 'Risultato' })).toHaveFocus());
    expect(within(result()).getByText(/^45 giorni di calendario/)).toBeInTheDocument();
    expect(screen.getByLabelText('Data di assunzione')).not.toBeVisible();
    const edit = screen.getByRole('button', { name: 'Modifica i dati' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    await user.click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Data di assunzione')).toBeVisible();
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2017-01-10');
  }, 15_000);

  it('a second link in the same tab shows its own data, banner and form together', async () => {
    const view = renderNotice(link(NP3));
    expect(within(result()).getByText(/^45 giorni di calendario/)).toBeInTheDocument();
    await view.rerender({ routeId: 'notice', query: link(RESIGNATION, '2020.01.01') });
    expect(within(result()).getByText('30 giorni di calendario, dal 16 marzo 2024 al 14 aprile 2024')).toBeInTheDocument();
    expect(screen.getByText(/creato con le regole «2020\.01\.01»/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Modifica i dati' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2021-01-10');
  });

  it('leaves the tab’s draft alone and offers "Torna ai tuoi dati"', async () => {
    const user = userEvent.setup();
    renderNotice();
    await user.type(screen.getByLabelText('Data di assunzione'), '2019-05-02');
    const draft = sessionStorage.getItem('cit.draft.notice');
    cleanup();
    renderNotice(link(NP3));
    expect(within(result()).getByText(/^45 giorni di calendario/)).toBeInTheDocument();
    expect(sessionStorage.getItem('cit.draft.notice')).toBe(draft);
    await user.click(screen.getByRole('button', { name: 'Torna ai tuoi dati' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2019-05-02');
    expect(screen.queryByText(/Hai aperto un caso condiviso/)).not.toBeInTheDocument();
  });

  it.each(['constructor', 'hasOwnProperty', '__defineGetter__', '__proto__'])('with ruleset «%s» is damaged, not a crash', (ruleset) => {
    renderSeniority(link({ ruleset, role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15' }));
    expect(screen.getByText(DAMAGED)).toBeInTheDocument();
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
  });

  it('with an enumerated value that is not an option is damaged, not half-loaded', () => {
    renderNotice(link({ ...NP3, kind: 'x' }));
    expect(screen.getByText(DAMAGED)).toBeInTheDocument();
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
  });

  it('with a role of another contract (or `constructor`) is damaged', () => {
    renderNotice(link({ ...NP3, ruleset: 'unimpresa-vvp-2021', role: 'constructor' }));
    expect(screen.getByText(DAMAGED)).toBeInTheDocument();
  });

  it.each([
    ['markup', '<b>attacker</b> text'],
    ['a trailing space', '2026.11.23 '],
    ['2,000 digits', `2026.11.23.${'1'.repeat(2000)}`],
    ['a short year', '26.11.23'],
  ])('with a rules version of %s is damaged and never prints it', (_, rv) => {
    renderNotice(link(NP3, rv));
    expect(screen.getByText(DAMAGED)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(rv.trim());
  });
});

describe('drafts', () => {
  it.each(['constructor', 'hasOwnProperty', '__defineGetter__'])('the ruleset field given «%s» shows no roles instead of crashing', (ruleset) => {
    render(RulesetField, { props: { calculator: 'notice', ruleset, role: 'ov1', result: null, showErrors: false } });
    expect(screen.getByLabelText('Contratto applicato')).toBeInTheDocument();
    expect(screen.queryByLabelText('Qualifica o livello')).not.toBeInTheDocument();
  });

  it.each(['constructor', 'hasOwnProperty', '__defineGetter__'])('a draft with ruleset «%s» is dropped whole, and the screen works', (ruleset) => {
    sessionStorage.setItem('cit.draft.seniority', JSON.stringify({ ruleset, role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15', partTimePercent: '' }));
    renderSeniority();
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
    expect(screen.getByLabelText('Qualifica o livello')).toBeInTheDocument();
  });

  it('a draft with one value of the wrong kind is dropped whole, not half-loaded', () => {
    sessionStorage.setItem('cit.draft.notice', JSON.stringify({ hireDate: '2017-01-10', kind: 'x' }));
    renderNotice();
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
  });

  it('a `__proto__` key never changes the prototype of the form', () => {
    sessionStorage.setItem('cit.draft.notice', '{"__proto__": {"polluted": true}, "hireDate": "2017-01-10"}');
    const form = loadDraft('notice', { hireDate: '', kind: 'dismissal' });
    expect(form).not.toBeNull();
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
    expect((form as Record<string, unknown>).polluted).toBeUndefined();
    expect(form?.hireDate).toBe('2017-01-10');
  });
});

describe('nothing lost by a tap', () => {
  it('"Prova un esempio" over typed data says so and "Annulla" brings the data back', async () => {
    const user = userEvent.setup();
    renderNotice();
    await user.type(screen.getByLabelText('Data di assunzione'), '2019-05-02');
    await user.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2017-01-10');
    expect(screen.getByText('L’esempio ha sostituito i dati che avevi inserito.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2019-05-02');
    expect(screen.queryByRole('button', { name: 'Annulla' })).not.toBeInTheDocument();
  });

  it('"Prova un esempio" on an empty form offers no undo', async () => {
    renderNotice();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prova un esempio' }));
    expect(screen.queryByRole('button', { name: 'Annulla' })).not.toBeInTheDocument();
  });

  it('"Ricomincia" clears the form and "Annulla" restores it; editing again withdraws the offer', async () => {
    const user = userEvent.setup();
    renderNotice();
    await user.type(screen.getByLabelText('Data di assunzione'), '2019-05-02');
    await user.click(screen.getByRole('button', { name: 'Ricomincia' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('');
    expect(screen.getByText('Il modulo è stato svuotato.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2019-05-02');
    await user.click(screen.getByRole('button', { name: 'Ricomincia' }));
    await user.type(screen.getByLabelText('Data di assunzione'), '2020-01-01');
    expect(screen.queryByRole('button', { name: 'Annulla' })).not.toBeInTheDocument();
  });

  it('"Calcola con la sola legge" announces the switch and offers the way back (Unimpresa asked about 2020: D-GEN-5)', async () => {
    // Unimpresa answers from 15.03.2021, the statutory frame from 14.07.2018: on 1 June 2020 only the law answers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2020, 5, 1, 12));
    try {
      const user = userEvent.setup();
      renderFixedTerm();
      await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'unimpresa-vvp-2021');
      await user.type(screen.getByLabelText('Dipendenti a tempo indeterminato dell’unità produttiva'), '20');
      await user.click(screen.getByRole('button', { name: 'Calcola' }));
      await user.click(screen.getByRole('button', { name: 'Calcola con la sola legge' }));
      expect(screen.getByLabelText('Contratto applicato')).toHaveValue('statute');
      const status = screen.getAllByRole('status').find((s) => /Contratto cambiato in «Solo legge»/.test(s.textContent ?? ''));
      expect(status).toBeDefined();
      await user.click(screen.getByRole('button', { name: /^Torna a «CCNL Unimpresa/ }));
      expect(screen.getByLabelText('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('contracts', () => {
  it('says before the form which contracts a calculator covers: fixed-term all three since rev. 2 (R-7), notice not the law alone (D-NP-8)', () => {
    renderFixedTerm();
    const note = screen.getByText(/^Questo calcolo copre:/);
    expect(note).toHaveTextContent(/CCNL Terziario Confcommercio \(TDS\)/);
    expect(note).not.toHaveTextContent(/Non copre/);
    expect(note.compareDocumentPosition(screen.getByLabelText('Contratto applicato')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();
    renderNotice();
    expect(screen.getByText(/^Questo calcolo copre:/)).toHaveTextContent(/Non copre: Solo legge\.$/);
  });

  it('says that notice under the law alone is not covered (D-NP-8)', () => {
    renderNotice();
    expect(screen.getByText(/^Questo calcolo copre:/)).toHaveTextContent(/Non copre: Solo legge\.$/);
  });

  it('remembers the contract last chosen, in a new tab too', async () => {
    const user = userEvent.setup();
    renderSeniority();
    await user.selectOptions(screen.getByLabelText('Contratto applicato'), 'confcommercio-tds');
    cleanup();
    sessionStorage.clear();
    renderSeniority();
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('confcommercio-tds');
    await user.click(screen.getByRole('button', { name: 'Ricomincia' }));
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('confcommercio-tds');
  });

  it('a shared link’s contract is not remembered as the user’s choice', () => {
    renderNotice(link(NP3));
    cleanup();
    renderNotice();
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
  });
});
