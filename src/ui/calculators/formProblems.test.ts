// Issue 7 "Submitting an empty or wrong form flags only the first problem": every field's problem at once.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startEachTestInItalian, typeInto } from '../screenTestSetup';
import { locale } from '../i18n/locale.svelte';
import { IMPOSSIBLE_DATE } from '../components/calc/dateInput';
import FixedTermScreen from './fixed-term/FixedTermScreen.svelte';
import { EMPTY_FIXED_TERM_FORM, formProblems as fixedTermProblems } from './fixed-term/form';
import LeaveScreen from './leave/LeaveScreen.svelte';
import { EMPTY_LEAVE_FORM, formProblems as leaveProblems } from './leave/form';
import NoticeScreen from './notice/NoticeScreen.svelte';
import { EMPTY_NOTICE_FORM, formProblems as noticeProblems } from './notice/form';
import SeniorityScreen from './seniority/SeniorityScreen.svelte';
import { emptySeniorityForm, formProblems as seniorityProblems } from './seniority/form';

startEachTestInItalian();

const type = typeInto;
const summary = () => screen.getByRole('region', { name: 'Da correggere prima del calcolo' });
const problemsOf = (problems: { field: string; message: { key: string } }[]) => problems.map((p) => `${p.field}:${p.message.key}`);

describe('formProblems (pure, per calculator)', () => {
  it('notice: both required dates, the ambiguous pay and a day that does not exist, in the form’s order', () => {
    expect(problemsOf(noticeProblems(EMPTY_NOTICE_FORM, 'it'))).toEqual(['hireDate:error.required', 'noticeDate:error.required']);
    const form = { ...EMPTY_NOTICE_FORM, hireDate: IMPOSSIBLE_DATE, monthlyPay: '1.5', leaveDaysDuringNotice: 'tre' };
    expect(problemsOf(noticeProblems(form, 'it'))).toEqual([
      'hireDate:calc.date.impossible',
      'noticeDate:error.required',
      'leaveDaysDuringNotice:calc.number.notANumber',
      'monthlyPay:calc.number.ambiguousThousands',
    ]);
    // Reverse mode asks for the last day wanted instead of the notice date, and no pay.
    expect(problemsOf(noticeProblems({ ...EMPTY_NOTICE_FORM, mode: 'reverse', monthlyPay: '1.5' }, 'it'))).toEqual(['hireDate:error.required', 'targetEndDate:error.required']);
  });

  it('the locale decides what reads two ways: "1,800" is fine in English, "1,5" is not', () => {
    const form = { ...EMPTY_NOTICE_FORM, hireDate: '2017-01-10', noticeDate: '2024-03-10', monthlyPay: '1,800' };
    expect(noticeProblems(form, 'en')).toEqual([]);
    expect(problemsOf(noticeProblems({ ...form, monthlyPay: '1,5' }, 'en'))).toEqual(['monthlyPay:calc.number.ambiguousThousands']);
  });

  it('leave: the period, the part-time figure of the chosen schedule, and no permit fields under the statute (C-8, C-9)', () => {
    expect(problemsOf(leaveProblems({ ...EMPTY_LEAVE_FORM, scheduleKind: 'horizontal', companyEmployees: '1.5' }, 'it'))).toEqual([
      'periodStart:error.required',
      'periodEnd:error.required',
      'schedule.percent:error.required',
      'companyEmployees:calc.number.ambiguousThousands',
    ]);
    const statute = { ...EMPTY_LEAVE_FORM, ruleset: 'statute', periodStart: '2025-01-01', periodEnd: '2025-12-31', companyEmployees: 'x', permitHoursTaken: 'x' };
    expect(leaveProblems(statute, 'it')).toEqual([]);
  });

  it('seniority: both dates and the part-time percent', () => {
    expect(problemsOf(seniorityProblems({ ...emptySeniorityForm('2025-01-01'), asOf: '', partTimePercent: '50 percento' }, 'it'))).toEqual([
      'hireDate:error.required',
      'asOf:error.required',
      'partTimePercent:calc.number.notANumber',
    ]);
  });

  it('fixed-term: the base for the caps, all four figures for the fine', () => {
    expect(problemsOf(fixedTermProblems({ ...EMPTY_FIXED_TERM_FORM, agencyInForce: '2,5' }, 'en'))).toEqual([
      'permanentHeadcount:error.required',
      'agencyInForce:calc.number.ambiguousThousands',
    ]);
    expect(problemsOf(fixedTermProblems({ ...EMPTY_FIXED_TERM_FORM, mode: 'fine', workersOver: '', extraDays: 'dieci' }, 'it'))).toEqual([
      'fine.workersOver:error.required',
      'fine.monthlyPay:error.required',
      'fine.months:error.required',
      'fine.extraDays:calc.number.notANumber',
    ]);
  });
});

describe('the screens show every problem at once', () => {
  it('notice: an empty form flags both dates and the pay, lists them at the top and focuses the first', async () => {
    const user = userEvent.setup();
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await type('Retribuzione mensile lorda', '1.5');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    const hire = screen.getByLabelText('Data di assunzione');
    const notice = screen.getByLabelText('Data di ricezione del preavviso');
    const pay = screen.getByLabelText('Retribuzione mensile lorda');
    for (const field of [hire, notice, pay]) expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(hire).toHaveAccessibleDescription(/Campo obbligatorio/);
    expect(notice).toHaveAccessibleDescription(/Campo obbligatorio/);
    expect(pay).toHaveAccessibleDescription(/scrivi 1,5 per un numero con decimali/);
    expect(hire).toHaveFocus();
    const links = within(summary()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Data di assunzione', 'Data di ricezione del preavviso', 'Retribuzione mensile lorda']);
    await user.click(links[2] as HTMLElement);
    expect(pay).toHaveFocus();
  });

  it('notice: the engine’s own error (notice before hiring) still shows beside its field and in the list', async () => {
    const user = userEvent.setup();
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await type('Data di assunzione', '2024-05-10');
    await type('Data di ricezione del preavviso', '2024-05-01');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(screen.getByLabelText('Data di ricezione del preavviso')).toHaveAccessibleDescription(/non può essere precedente all’assunzione/);
    expect(within(summary()).getByText(/non può essere precedente all’assunzione/)).toBeInTheDocument();
  });

  it('leave: both period dates and an ambiguous company size together', async () => {
    const user = userEvent.setup();
    render(LeaveScreen, { props: { routeId: 'leave', query: {} } });
    await type('Dipendenti dell’azienda', '1.5');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    for (const label of ['Inizio del periodo', 'Fine del periodo', 'Dipendenti dell’azienda']) {
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByLabelText('Inizio del periodo')).toHaveFocus();
    expect(within(summary()).getAllByRole('link')).toHaveLength(3);
  });

  it('seniority: the hiring date and a percent that is not a number together', async () => {
    const user = userEvent.setup();
    render(SeniorityScreen, { props: { routeId: 'seniority', query: {} } });
    await type('Percentuale di part-time', 'metà');
    await user.click(screen.getByRole('button', { name: 'Calcola' }));
    expect(screen.getByLabelText('Data di assunzione')).toHaveAccessibleDescription(/Campo obbligatorio/);
    expect(screen.getByLabelText('Percentuale di part-time')).toHaveAccessibleDescription(/«metà» non è un numero/);
    expect(screen.getByLabelText('Data di assunzione')).toHaveFocus();
  });

  it('fixed-term, in English: the missing base and an ambiguous count of contracts together', async () => {
    locale.set('en');
    const user = userEvent.setup();
    render(FixedTermScreen, { props: { routeId: 'fixed-term', query: {} } });
    await user.type(screen.getByLabelText(/^Fixed-term contracts/), '2,5');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    const base = screen.getAllByRole('textbox')[0] as HTMLElement;
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(base).toHaveAccessibleDescription(/Required field/);
    expect(screen.getByLabelText(/^Fixed-term contracts/)).toHaveAccessibleDescription(/write 2\.5 for a number with decimals or 2,500 if you mean 2500/);
    expect(base).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'To correct before calculating' })).getAllByRole('link')).toHaveLength(2);
  });
});
