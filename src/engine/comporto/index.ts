/**
 * Comporto (periodo di comporto), RULES-probation-comporto.md §10: the sick
 * days in the 365 days ending on the day of the check, the days left, and the
 * day the protection would run out if the sickness continued, with old
 * episodes leaving the window; injury counted apart.
 */
import { addDays, fromDayNumber, monthsEnd, toDayNumber, type IsoDate } from '../core/dates';
import { daysWithin, mergeIntervals, periodIntervals, subtractIntervals, type Intervals } from '../core/periods';
import { inForce } from '../core/rules';
import { Explanation, refuse, runSafely, success, type CalcResult } from '../core/result';
import { addRulesetWarnings } from '../core/warnings';
import type { AbsenceKind, ComportoOutputs, ComportoPeriod, ComportoRules, ComportoTerms } from './types';
import { readComportoInput, type ComportoInput } from './validate';

export * from './types';

export interface EngineContext {
  rulesVersion: string;
}

/** True when a day of `a` is also in `b`. */
function intersects(a: Intervals, b: Intervals): boolean {
  return a.some(([af, at]) => b.some(([bf, bt]) => af <= bt && bf <= at));
}

/**
 * D-CO-6: with the worker sick on every day after `asOf`, the first k whose
 * count k + |S ∩ [windowStart + k, asOf]| exceeds the limit; also how many
 * recorded days had left the window by then.
 * @example exhaustionStep([], 0, 364, 0, 180) // { k: 181, left: 0 }
 */
export function exhaustionStep(sick: Intervals, windowStart: number, asOf: number, inWindow: number, limit: number): { k: number; left: number } {
  let left = 0;
  let i = 0;
  for (let k = 1; ; k += 1) {
    // Day windowStart + k − 1 leaves the window on day asOf + k.
    const leaving = windowStart + k - 1;
    while (i < sick.length && (sick[i] as readonly [number, number])[1] < leaving) i += 1;
    const period = sick[i];
    if (leaving <= asOf && period && period[0] <= leaving) left += 1;
    if (k + inWindow - left > limit) return { k, left };
  }
}

function describePeriods(intervals: Intervals, kind: AbsenceKind, windowStart: number, asOf: number): ComportoPeriod[] {
  return intervals.map(([from, to]) => ({ from: fromDayNumber(from), to: fromDayNumber(to), kind, daysInWindow: daysWithin([[from, to]], windowStart, asOf) }));
}

function termsFor(input: ComportoInput, rules: ComportoRules): ComportoTerms {
  const table = rules.terms[input.ruleset];
  if (!table) return refuse('not-covered', 'ruleset', 'comporto.error.statute', undefined, ['S80', 'S86', 'S87']);
  return inForce(table, input.asOf, 'asOf').value;
}

/** The probation (at most the statutory ceiling, prolonged by the absences) may not be over yet (10.8). */
function mayBeInProbation(input: ComportoInput, terms: ComportoTerms, absent: Intervals): boolean | null {
  if (input.hireDate === null) return null;
  const hire = toDayNumber(input.hireDate);
  const asOf = toDayNumber(input.asOf);
  const ceiling = toDayNumber(monthsEnd(input.hireDate, terms.probationCeilingMonths));
  return asOf <= ceiling + daysWithin(absent, hire, asOf);
}

/**
 * Computes the comporto on `asOf`.
 * @example computeComporto({ ruleset: 'confcommercio-tds', asOf: '2025-12-31', absences: [{ from: '2025-09-01', to: '2025-10-30', kind: 'sickness' }] }, rules, ctx)
 *   // outputs: { windowStart: '2025-01-01', sicknessDaysInWindow: 60, sicknessDaysLeft: 120, exhaustionDate: '2026-05-01', … }
 */
export function computeComporto(raw: unknown, rules: ComportoRules, ctx: EngineContext): CalcResult<ComportoOutputs> {
  return runSafely('comporto', ctx.rulesVersion, () => {
    const input = readComportoInput(raw);
    const terms = termsFor(input, rules);
    const e = new Explanation();
    const asOf = toDayNumber(input.asOf);
    const windowStart = asOf - (terms.windowDays.value - 1);
    const injuryPeriods = periodIntervals(input.absences, 'injury');
    const sicknessPeriods = periodIntervals(input.absences, 'sickness');
    const injury = injuryPeriods.intervals;
    const sicknessEntered = sicknessPeriods.intervals;
    const sickness = subtractIntervals(sicknessEntered, injury); // C-39: a day both is injury
    const sicknessIn = daysWithin(sickness, windowStart, asOf);
    const injuryIn = daysWithin(injury, windowStart, asOf);
    const limit = terms.sicknessDays.value;
    const exceeded = sicknessIn > limit;
    const injuryLimit = terms.injuryDays.value;
    const step = exceeded ? null : exhaustionStep(sickness, windowStart, asOf, sicknessIn, limit);
    const exhaustionDate = step ? fromDayNumber(asOf + step.k) : null;
    const contractEndsFirst = input.contractEndDate !== null && exhaustionDate !== null && exhaustionDate > input.contractEndDate;
    const mixed = intersects(sicknessEntered, injury);
    const merged = sicknessPeriods.overlap || injuryPeriods.overlap;
    const windowStartDate = fromDayNumber(windowStart);

    e.step({
      label: { key: 'comporto.step.window' },
      value: windowStartDate,
      detail: { key: 'comporto.detail.window', params: { start: windowStartDate, end: input.asOf, days: terms.windowDays.value } },
      sourceIds: terms.windowDays.sourceIds,
      status: terms.windowDays.status,
      ...(terms.windowDays.flags ? { flags: terms.windowDays.flags } : {}),
    });
    e.step({
      label: { key: 'comporto.step.sickness' },
      value: sicknessIn,
      detail: { key: 'comporto.detail.sickness', params: { days: sicknessIn, limit, left: Math.max(0, limit - sicknessIn), periods: sickness.filter(([f, t]) => t >= windowStart && f <= asOf).length } },
      sourceIds: terms.sicknessDays.sourceIds,
      status: terms.sicknessDays.status,
      ...(terms.sicknessDays.flags ? { flags: terms.sicknessDays.flags } : {}),
    });
    if (step && exhaustionDate) {
      e.step({
        label: { key: 'comporto.step.exhaustion' },
        value: exhaustionDate,
        detail: { key: step.left > 0 ? 'comporto.detail.exhaustionPostponed' : 'comporto.detail.exhaustion', params: { date: exhaustionDate, k: step.k, left: step.left, last: addDays(exhaustionDate, -1) } },
        sourceIds: ['S82', 'S84'],
        status: 'inferred',
      });
    } else {
      e.step({ label: { key: 'comporto.step.exceeded' }, value: true, detail: { key: 'comporto.detail.exceeded', params: { days: sicknessIn, limit } }, sourceIds: ['S80', 'S81'], status: terms.sicknessDays.status });
    }
    e.step({
      label: { key: 'comporto.step.injury' },
      value: injuryIn,
      detail: { key: 'comporto.detail.injury', params: { days: injuryIn, limit: injuryLimit, left: Math.max(0, injuryLimit - injuryIn) } },
      sourceIds: terms.injuryDays.sourceIds,
      status: terms.injuryDays.status,
      ...(terms.injuryDays.flags ? { flags: terms.injuryDays.flags } : {}),
    });
    e.step({
      label: { key: 'comporto.step.unpaidLeave' },
      value: terms.unpaidLeaveDays.value,
      detail: { key: exhaustionDate ? 'comporto.detail.unpaidLeaveBy' : 'comporto.detail.unpaidLeave', params: { days: terms.unpaidLeaveDays.value, by: exhaustionDate ? addDays(exhaustionDate, -1) : null } },
      sourceIds: terms.unpaidLeaveDays.sourceIds,
      status: terms.unpaidLeaveDays.status,
      ...(terms.unpaidLeaveDays.flags ? { flags: terms.unpaidLeaveDays.flags } : {}),
    });
    if (input.contractEndDate !== null) {
      e.step({
        label: { key: 'comporto.step.fixedTerm' },
        value: contractEndsFirst,
        detail: { key: contractEndsFirst ? 'comporto.detail.contractEndsFirst' : 'comporto.detail.contractLater', params: { end: input.contractEndDate } },
        sourceIds: ['S81'],
        status: input.ruleset === 'confcommercio-tds' ? 'cited-source' : 'inferred',
        flags: input.ruleset === 'confcommercio-tds' ? ['single-source', 'verify'] : [],
      });
    }
    const inProbation = mayBeInProbation(input, terms, mergeIntervals([...sickness, ...injury]));
    addComportoNotes(e, { merged, mixed, inProbation, windowStart: windowStartDate, asOf: input.asOf });
    addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.asOf } });

    const outputs: ComportoOutputs = {
      windowStart: windowStartDate,
      sicknessDaysInWindow: sicknessIn,
      sicknessDaysLeft: Math.max(0, limit - sicknessIn),
      exceeded,
      exhaustionDate,
      injuryDaysInWindow: injuryIn,
      injuryDaysLeft: Math.max(0, injuryLimit - injuryIn),
      injuryExceeded: injuryIn > injuryLimit,
      unpaidLeaveMax: terms.unpaidLeaveDays.value,
      contractEndsFirst,
      windowEnd: input.asOf,
      sicknessLimit: limit,
      injuryLimit,
      lastProtectedDay: exhaustionDate ? addDays(exhaustionDate, -1) : null,
      daysLeavingWindow: step ? step.left : 0,
      periods: [...describePeriods(sickness, 'sickness', windowStart, asOf), ...describePeriods(injury, 'injury', windowStart, asOf)].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
      overlapsMerged: merged,
      sicknessInjuryOverlap: mixed,
      mayBeInProbation: inProbation,
    };
    return success({ calculator: 'comporto', ruleset: input.ruleset, outputs, inputs: { ...input }, explanation: e, rulesVersion: ctx.rulesVersion });
  });
}

/** 10.8: warnings of D-CO-8, D-CO-9, C-39 and the information lines. */
function addComportoNotes(e: Explanation, facts: { merged: boolean; mixed: boolean; inProbation: boolean | null; windowStart: IsoDate; asOf: IsoDate }): void {
  if (facts.merged) e.warn('absences-merged', 'comporto.warning.merged');
  if (facts.mixed) e.warn('sickness-injury-overlap', 'comporto.warning.mixed', ['S81']);
  if (facts.inProbation) e.warn('maybe-in-probation', 'comporto.warning.probation', ['S81', 'S70']);
  e.warn('serious-illness', 'comporto.warning.seriousIllness', ['S86']);
  e.warn('disability', 'comporto.warning.disability', ['S87']);
  e.warn('oncology', 'comporto.warning.oncology', ['S89']);
  e.warn('part-time', 'comporto.warning.partTime', ['S85', 'S81']);
  e.note('comporto.info.otherReadings', { start: facts.windowStart, end: facts.asOf });
  e.note('comporto.info.notObliged');
  e.note('comporto.info.voidBefore');
  e.note('comporto.info.countsAsService');
  e.note('comporto.info.injuryLeave');
}
