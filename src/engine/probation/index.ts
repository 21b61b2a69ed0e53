/**
 * Probation (periodo di prova), RULES-probation-comporto.md §9: its length
 * under the CCNL or, for fixed-term contracts from 12.1.2025, the law's
 * 1-day-per-15 rule (the shorter applies), and its last day counted on the
 * worker's working week, skipping public holidays and suspending absences.
 */
import { fromDayNumber, minDate, monthsEnd, parts, toDayNumber, type IsoDate } from '../core/dates';
import { holidayLookup } from '../core/holidays';
import { periodIntervals } from '../core/periods';
import { inForce } from '../core/rules';
import { Explanation, refuse, runSafely, success, type CalcResult, type Flag, type SourceId } from '../core/result';
import { addRulesetWarnings } from '../core/warnings';
import { isWorkDay, nthDay, tally, type WorkCalendar } from './compute';
import type { ProbationAlternative, ProbationOutputs, ProbationRow, ProbationRules, ProbationUnit, StatutoryProbation } from './types';
import { readProbationInput, type ProbationInput } from './validate';

export * from './types';

export interface EngineContext {
  rulesVersion: string;
}

interface Figure {
  unit: ProbationUnit;
  length: number;
  /** Last day before any cut at the contract end. */
  end: IsoDate;
}

/** The last day of a figure counted on the calendar (D-PR-4, D-PR-6). */
function lastDay(cal: WorkCalendar, hireDate: IsoDate, unit: ProbationUnit, length: number): IsoDate {
  const start = toDayNumber(hireDate);
  if (unit === 'work-days') return fromDayNumber(nthDay(cal, start, length, true));
  const span = toDayNumber(monthsEnd(hireDate, length)) - start + 1;
  return fromDayNumber(nthDay(cal, start, span, false));
}

/** C-31 (7): not-covered in the order the brief lists, then the ruleset's window (D-GEN-5, checked last). */
function checkCovered(input: ProbationInput, rules: ProbationRules): { row: ProbationRow | null; statute: StatutoryProbation | null } {
  const calendarStart = rules.holidays.entries[0]?.validFrom;
  if (calendarStart && input.hireDate < calendarStart) refuse('not-covered', 'hireDate', 'probation.error.calendar', { from: calendarStart }, ['S77']);
  if (input.ruleset === 'statute' && input.contractEndDate === null) {
    refuse('not-covered', 'contractEndDate', 'probation.error.statuteOpenEnded', { months: rules.ceilingMonths }, ['S70', 'S79']);
  }
  let statute: StatutoryProbation | null = null;
  if (input.contractEndDate !== null) {
    const from = rules.fixedTerm.entries[0]?.validFrom ?? null;
    if (from === null || input.hireDate < from) refuse('not-covered', 'hireDate', 'probation.error.fixedTermBefore', { from }, ['S70', 'S72']);
    statute = inForce(rules.fixedTerm, input.hireDate, 'hireDate').value;
  }
  let row: ProbationRow | null = null;
  const table = rules.ccnl[input.ruleset];
  if (table && input.role !== null) {
    const role = input.role;
    row = inForce(table, input.hireDate, 'hireDate').value.find((r) => r.roles.includes(role)) ?? null;
    if (!row) refuse('not-covered', 'role', 'probation.error.noRow', { role });
  }
  return { row, statute };
}

/** The statutory figure (D-PR-8, D-PR-9): 1 day per 15 calendar days, minimum and caps. */
function statutoryFigure(input: ProbationInput, terms: StatutoryProbation, end: IsoDate) {
  const contractDays = toDayNumber(end) - toDayNumber(input.hireDate) + 1;
  const sixMonths = monthsEnd(input.hireDate, terms.shortContractMonths);
  const twelveMonths = monthsEnd(input.hireDate, terms.longContractMonths);
  const cap = end <= sixMonths ? terms.capShort : end < twelveMonths ? terms.capMedium : null;
  const raw = Math.floor(contractDays / terms.ratioDays);
  const length = cap === null ? Math.max(terms.minimum, raw) : Math.min(Math.max(terms.minimum, raw), cap);
  return { contractDays, cap, raw, length, sixMonths, twelveMonths };
}

function explainWeek(e: Explanation, week: 5 | 6, defaulted: boolean): void {
  if (defaulted) e.defaulted('workingDaysPerWeek');
  e.step({
    label: { key: 'probation.step.week' },
    value: week,
    detail: { key: `probation.detail.${defaulted ? 'weekDefault' : 'week'}.${week}` },
    sourceIds: ['S75'],
    status: 'inferred',
  });
}

function explainCcnl(e: Explanation, row: ProbationRow, end: IsoDate): void {
  e.step({
    label: { key: 'probation.step.ccnl' },
    value: row.length,
    detail: { key: `probation.detail.ccnl.${row.unit}`, params: { length: row.length, end } },
    sourceIds: row.sourceIds,
    status: row.status,
    ...(row.flags ? { flags: row.flags } : {}),
  });
}

/**
 * Computes a probation.
 * @example computeProbation({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2025-03-03' }, rules, ctx)
 *   // outputs: { unit: 'work-days', length: 60, endDate: '2025-05-14', workDaysCounted: 60, suspendedDays: 0, applied: 'ccnl', … }
 */
export function computeProbation(raw: unknown, rules: ProbationRules, ctx: EngineContext): CalcResult<ProbationOutputs> {
  return runSafely('probation', ctx.rulesVersion, () => {
    const input = readProbationInput(raw, rules.roles);
    const { row, statute } = checkCovered(input, rules);
    const e = new Explanation();
    const week = input.workingDaysPerWeek ?? rules.defaultWorkingDays[input.ruleset];
    const absences = periodIntervals(input.absences);
    const cal: WorkCalendar = { week, holidays: holidayLookup(rules.holidays), absences: absences.intervals };
    explainWeek(e, week, input.workingDaysPerWeek === null);
    if (!isWorkDay(cal, toDayNumber(input.hireDate))) e.note('probation.info.hireNotWorkDay', { hire: input.hireDate });
    if (absences.overlap) e.warn('absences-merged', 'probation.warning.merged');

    const ccnl: Figure | null = row ? { unit: row.unit, length: row.length, end: lastDay(cal, input.hireDate, row.unit, row.length) } : null;
    if (row && ccnl) explainCcnl(e, row, ccnl.end);

    const contractEnd = input.contractEndDate;
    let chosen = ccnl as Figure;
    let applied: 'ccnl' | 'statute' = 'ccnl';
    let alternative: ProbationAlternative | null = null;
    let stat: ReturnType<typeof statutoryFigure> | null = null;
    if (contractEnd !== null && statute) {
      stat = statutoryFigure(input, statute, contractEnd);
      const statEnd = lastDay(cal, input.hireDate, 'work-days', stat.length);
      const flags: Flag[] = [...statute.flags, ...(stat.cap === null ? (['contested'] as const) : [])];
      e.step({
        label: { key: 'probation.step.statutory' },
        value: stat.length,
        detail: {
          key: stat.cap === null ? 'probation.detail.statutoryNoCap' : 'probation.detail.statutory',
          params: { days: stat.contractDays, ratio: statute.ratioDays, quotient: Math.round((stat.contractDays / statute.ratioDays) * 100) / 100, raw: stat.raw, min: statute.minimum, cap: stat.cap, length: stat.length, end: statEnd },
        },
        sourceIds: stat.cap === null ? [...statute.sourceIds, ...statute.longContractSourceIds] : statute.sourceIds,
        status: statute.status,
        flags,
      });
      const statFigure: Figure = { unit: 'work-days', length: stat.length, end: statEnd };
      if (!ccnl) {
        chosen = statFigure;
        applied = 'statute';
      } else {
        // D-PR-10: both cut at the contract end; the CCNL applies only when strictly earlier (a tie goes to the law).
        const cc = minDate(ccnl.end, contractEnd);
        const sc = minDate(statEnd, contractEnd);
        applied = cc < sc ? 'ccnl' : 'statute';
        chosen = applied === 'ccnl' ? ccnl : statFigure;
        if (stat.cap === null) alternative = { unit: ccnl.unit, length: ccnl.length, endDate: cc };
        e.step({
          label: { key: 'probation.step.applied' },
          detail: { key: `probation.detail.applied.${applied}`, params: { ccnlEnd: cc, statEnd: sc } },
          sourceIds: ['S72'],
          status: 'cited-source',
        });
      }
      if (stat.cap === null) {
        e.warn('long-contract', ccnl ? 'probation.warning.longContract' : 'probation.warning.longContractStatute', statute.longContractSourceIds);
      }
    }

    const capped = contractEnd !== null && chosen.end > contractEnd;
    const endDate = capped ? (contractEnd as IsoDate) : chosen.end;
    const counted = tally(cal, toDayNumber(input.hireDate), toDayNumber(endDate));
    explainCount(e, input, chosen.unit, counted, endDate);
    if (capped) {
      e.step({ label: { key: 'probation.step.capped' }, value: endDate, detail: { key: 'probation.detail.capped', params: { end: endDate } }, sourceIds: ['S70'], status: 'inferred' });
    }
    addProbationNotes(e, input, rules);
    addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.hireDate } });

    const outputs: ProbationOutputs = {
      unit: chosen.unit,
      length: chosen.length,
      endDate,
      workDaysCounted: counted.workDays,
      suspendedDays: counted.suspended,
      applied,
      statutoryLength: stat ? stat.length : null,
      statutoryCap: stat ? stat.cap : null,
      contractDays: stat ? stat.contractDays : null,
      alternative,
      cappedAtContractEnd: capped,
      workingDaysPerWeek: week,
      holidays: counted.holidays,
      absences: counted.absences,
    };
    const inputs = { ...input, workingDaysPerWeek: week };
    return success({ calculator: 'probation', ruleset: input.ruleset, outputs, inputs, explanation: e, rulesVersion: ctx.rulesVersion });
  });
}

function explainCount(e: Explanation, input: ProbationInput, unit: ProbationUnit, counted: ReturnType<typeof tally>, endDate: IsoDate): void {
  const years = new Set([parts(input.hireDate).year, parts(endDate).year]);
  const holidaySources: SourceId[] = [...years].some((y) => y >= 2026) ? ['S77', 'S78'] : ['S77'];
  if (unit === 'work-days') {
    e.step({
      label: { key: 'probation.step.holidays' },
      value: counted.holidays.length,
      detail: { key: 'probation.detail.holidays', params: { count: counted.holidays.length } },
      sourceIds: holidaySources,
      status: 'inferred',
    });
  }
  if (counted.suspended > 0) {
    e.step({
      label: { key: 'probation.step.suspended' },
      value: counted.suspended,
      detail: { key: 'probation.detail.suspended', params: { days: counted.suspended, periods: counted.absences.length } },
      sourceIds: ['S70', 'S75'],
      status: 'cited-source',
      flags: ['statute-text-not-checked'],
    });
  }
  e.step({
    label: { key: 'probation.step.end' },
    value: endDate,
    detail: { key: `probation.detail.end.${unit}`, params: { end: endDate, workDays: counted.workDays, suspended: counted.suspended } },
    sourceIds: unit === 'work-days' ? ['S75', 'S74'] : ['S75'],
    status: 'inferred',
  });
}

/** 9.8: the patron saint (D-PR-5), absences other than sickness (D-PR-7), and the information lines. */
function addProbationNotes(e: Explanation, input: ProbationInput, rules: ProbationRules): void {
  e.warn('patron-saint', 'probation.warning.patronSaint', ['S77']);
  if (input.absences.length > 0) e.warn('absence-kinds', 'probation.warning.absenceKinds', ['S70', 'S43', 'S76']);
  e.note('probation.info.withdrawal');
  e.note('probation.info.writtenForm');
  if (input.contractEndDate !== null) e.note(input.ruleset === 'confcommercio-tds' ? 'probation.info.successiveTds' : 'probation.info.renewal');
  e.note('probation.info.ceiling', { months: rules.ceilingMonths });
}
