/**
 * What every calculator entry point shares: the reference day, the guard that
 * makes a calculation total (a typed error, never a throw) and the rules version.
 */
import { parseIsoDate, type IsoDate } from '../engine/core/dates';
import { refuse, runSafely, type CalcResult, type CalcSuccess, type CalculatorId } from '../engine/core/result';
import { checkDate } from '../engine/core/validate';
import { RULES_VERSION } from '../rules/version';

export interface CalculateOptions {
  /** Reference day for calculators whose input has no date (fixed-term, monitoring); defaults to the device's today. */
  today?: IsoDate;
}

export type Engine = (input: unknown, context: { rulesVersion: string; today: IsoDate }) => CalcResult;

/** One calculator's entry point: any input, a result or a typed error. */
export type Calculate = (input: unknown, options?: CalculateOptions) => CalcResult;

/** Today's civil date on this device (the only place a clock is read). */
export function todayOnDevice(): IsoDate {
  const now = new Date();
  const text = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return parseIsoDate(text) as IsoDate;
}

/** `options.today` checked as a date (C-22), else the device's today. */
function referenceDay(options: CalculateOptions | null | undefined): IsoDate {
  const given: unknown = options?.today;
  if (given === undefined || given === null) return todayOnDevice();
  if (typeof given !== 'string') return refuse('invalid-value', 'today', 'error.mustBeText');
  return checkDate(given, 'today');
}

/** The entry point of one calculator around its engine. */
export function entryPoint(calculator: CalculatorId, engine: Engine): Calculate {
  // `today` is checked like an input date (C-22) and the engine run inside a guard: whatever is passed, no throw.
  // An engine's refusal is already a typed result (its own runSafely built it, same calculator and version), so it
  // is returned as it is: re-throwing it to be caught again cost a throw per refused input (issue 10, engine budget).
  return (input, options = {}) =>
    runSafely(calculator, RULES_VERSION, () => engine(input, { rulesVersion: RULES_VERSION, today: referenceDay(options) }) as CalcSuccess);
}
