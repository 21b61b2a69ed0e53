/**
 * Field readers for calculator input (RULES.md 0.4, D-GEN-4). Each engine
 * reads in the order the brief fixes: types and lists first
 * (`invalid-value`), then dates (`invalid-date`), ruleset and role, order
 * (`date-order`) and ranges (`out-of-range`). A reader refuses by throwing a
 * `Refusal`, which `runSafely` turns into the typed error.
 */
import { parseIsoDate, type IsoDate } from './dates';
import { refuse, RULESET_IDS, DEFAULT_RULESET, type RulesetId } from './result';

export type Input = Record<string, unknown>;

/** The input as an object, or `invalid-value` for anything else (null, arrays, numbers…). */
export function asInput(input: unknown, field?: string): Input {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    refuse('invalid-value', field, field ? 'error.objectRequired' : 'error.inputNotObject');
  }
  return input as Input;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A required string (not yet checked against a list). */
export function requireString(input: Input, field: string, path = field): string {
  const value = input[field];
  if (!isPresent(value)) refuse('invalid-value', path, 'error.required');
  if (typeof value !== 'string') refuse('invalid-value', path, 'error.mustBeText');
  return value;
}

/** An optional string. */
export function optionalString(input: Input, field: string, path = field): string | undefined {
  const value = input[field];
  if (!isPresent(value)) return undefined;
  if (typeof value !== 'string') refuse('invalid-value', path, 'error.mustBeText');
  return value;
}

/** A required value from a closed list (`invalid-value` when outside it). */
export function requireEnum<T extends string>(input: Input, field: string, allowed: readonly T[], path = field): T {
  const value = requireString(input, field, path);
  if (!allowed.includes(value as T)) refuse('invalid-value', path, 'error.notInList', { value, allowed: allowed.join(', ') });
  return value as T;
}

/** An optional value from a closed list. */
export function optionalEnum<T extends string>(input: Input, field: string, allowed: readonly T[], path = field): T | undefined {
  const value = optionalString(input, field, path);
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) refuse('invalid-value', path, 'error.notInList', { value, allowed: allowed.join(', ') });
  return value as T;
}

/** A required finite number (range checked later). */
export function requireNumber(input: Input, field: string, path = field): number {
  const value = input[field];
  if (!isPresent(value)) refuse('invalid-value', path, 'error.required');
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse('invalid-value', path, 'error.mustBeNumber');
  return value;
}

/** An optional finite number. */
export function optionalNumber(input: Input, field: string, path = field): number | undefined {
  const value = input[field];
  if (!isPresent(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse('invalid-value', path, 'error.mustBeNumber');
  return value;
}

/** An optional boolean (absent means `false` unless a default is given). */
export function optionalBoolean(input: Input, field: string, fallback = false, path = field): boolean {
  const value = input[field];
  if (!isPresent(value)) return fallback;
  if (typeof value !== 'boolean') refuse('invalid-value', path, 'error.mustBeBoolean');
  return value;
}

/** A required date given as a string; the calendar check comes later with `checkDate`. */
export function requireDateText(input: Input, field: string, path = field): string {
  return requireString(input, field, path);
}

/** An optional date given as a string. */
export function optionalDateText(input: Input, field: string, path = field): string | undefined {
  return optionalString(input, field, path);
}

/**
 * C-22: the span a date may lie in. A real day outside it cannot be meant by
 * the rules, and it keeps the calendar arithmetic in its tested range.
 */
export const DATE_MIN = '1900-01-01' as IsoDate;
export const DATE_MAX = '2199-12-31' as IsoDate;

/**
 * `invalid-date` unless `text` is a real `YYYY-MM-DD` day, then `out-of-range`
 * outside 1900–2199 for the same field, before any date-order check (C-22, C-25).
 * @example checkDate('9999-12-31', 'noticeDate') // refuses out-of-range on noticeDate
 */
export function checkDate(text: string, field: string): IsoDate {
  const date = parseIsoDate(text);
  if (!date) refuse('invalid-date', field, 'error.invalidDate', { value: text });
  if (date < DATE_MIN || date > DATE_MAX) refuse('out-of-range', field, 'error.dateRange', { min: DATE_MIN, max: DATE_MAX });
  return date;
}

/** C-22: above this many years of computed service the result asks to check the hire date. */
export const LONG_SERVICE_YEARS = 50;

/** The ruleset (default when absent): `invalid-value` when not a string, `unknown-ruleset` when not one of the three. */
export function readRulesetText(input: Input): string | undefined {
  return optionalString(input, 'ruleset');
}
export function checkRuleset(text: string | undefined): RulesetId {
  if (text === undefined) return DEFAULT_RULESET;
  if (!RULESET_IDS.includes(text as RulesetId)) refuse('unknown-ruleset', 'ruleset', 'error.unknownRuleset', { value: text });
  return text as RulesetId;
}

/** `out-of-range` unless `value` is an integer within [min, max]. */
export function checkInteger(value: number, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    refuse('out-of-range', field, max === Number.MAX_SAFE_INTEGER ? 'error.integerMin' : 'error.integerBetween', { min, max });
  }
  return value;
}

/** `out-of-range` unless min ≤ value (≤ max when given). */
export function checkAtLeast(value: number, field: string, min: number, max?: number): number {
  if (value < min || (max !== undefined && value > max)) {
    refuse('out-of-range', field, max === undefined ? 'error.numberMin' : 'error.numberBetween', { min, max: max ?? null });
  }
  return value;
}

/** Largest plausible headcount or amount: refuses absurd figures instead of computing with them. */
export const ABSURD_LIMIT = 1_000_000_000;
