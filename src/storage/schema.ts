/**
 * Strict shapes of every stored record (valibot). A record read from the
 * database is checked exactly like a record in an imported backup: one
 * written by an older or broken build is reported, never handed to a screen.
 */
import * as v from 'valibot';
// From the catalog, not ../calculators: that module joins every engine, and storage loads with each screen.
import { CALCULATOR_IDS, RULESET_IDS, parseIsoDate } from '../calculators/catalog';
import type { Person, SavedCase, Setting, Unit } from './db';

/** Limits shared by the database reader and the backup importer. */
export const LIMITS = {
  label: 200,
  notes: 4000,
  text: 4000,
  headcount: 1_000_000,
  depth: 12,
  keys: 500,
} as const;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function yearInRange(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A civil date `YYYY-MM-DD` that exists, between 1900 and 2199. */
const civilDate = v.pipe(
  v.string('not-text'),
  v.check((text) => parseIsoDate(text) !== null, 'not-a-date'),
  v.check(yearInRange, 'date-out-of-range'),
);

/** An instant such as `2026-11-23T15:00:00.000Z` (record stamps). */
const instant = v.pipe(
  v.string('not-text'),
  v.maxLength(40, 'too-long'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'not-a-timestamp'),
  v.check((text) => parseIsoDate(text.slice(0, 10)) !== null && Number.isFinite(Date.parse(text)), 'not-a-timestamp'),
  v.check(yearInRange, 'date-out-of-range'),
);

/** Null when `value` is a valid record stamp, else the issue code (backup header's export date). */
export function instantIssue(value: unknown): string | null {
  const result = v.safeParse(instant, value, { abortEarly: true });
  return result.success ? null : (result.issues[0]?.message ?? 'not-a-timestamp');
}

/**
 * Free text is shown, never interpreted; still, a label carrying markup or
 * control characters did not come from this app's forms: refuse it.
 */
/** Control characters other than tab, line feed and carriage return. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
}

const plainText = (max: number) =>
  v.pipe(
    v.string('not-text'),
    v.maxLength(max, 'too-long'),
    v.check((text) => !hasControlCharacter(text), 'control-character'),
    v.check((text) => !/<\s*[a-z/!?]|javascript:/i.test(text), 'markup'),
  );

const id = v.pipe(v.string('not-text'), v.regex(/^[A-Za-z0-9-]{1,64}$/, 'bad-id'));
const label = v.pipe(plainText(LIMITS.label), v.regex(/\S/, 'empty'));
const count = (max: number) =>
  v.pipe(v.number('not-a-number'), v.finite('not-a-number'), v.integer('not-integer'), v.minValue(0, 'negative'), v.maxValue(max, 'too-large'));
const headcount = v.pipe(v.number('not-a-number'), v.finite('not-a-number'), v.minValue(0, 'negative'), v.maxValue(LIMITS.headcount, 'too-large'));
const ruleset = v.picklist(RULESET_IDS, 'unknown-value');
const calculator = v.picklist(CALCULATOR_IDS, 'unknown-value');

const schedule = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('full-time') }, 'unknown-field'),
    v.strictObject({ kind: v.literal('vertical'), daysPerWeek: v.pipe(count(7), v.minValue(1, 'too-small')) }, 'unknown-field'),
    v.strictObject(
      { kind: v.literal('horizontal'), percent: v.pipe(v.number('not-a-number'), v.finite('not-a-number'), v.minValue(1, 'too-small'), v.maxValue(100, 'too-large')) },
      'unknown-field',
    ),
  ],
  'unknown-value',
);

const stamps = { id, createdAt: instant, updatedAt: instant };

export const personSchema = v.strictObject(
  {
    ...stamps,
    label,
    ruleset,
    role: v.optional(v.pipe(v.string('not-text'), v.regex(/^[A-Za-z0-9]{1,8}$/, 'unknown-value'))),
    hireDate: civilDate,
    schedule,
    companyEmployees: v.optional(count(LIMITS.headcount)),
    contractEndDate: v.optional(civilDate),
    notes: v.optional(plainText(LIMITS.notes)),
  },
  'unknown-field',
);

export const unitSchema = v.strictObject(
  {
    ...stamps,
    label,
    ruleset,
    permanentHeadcount: headcount,
    unitEmployees: v.optional(headcount),
    companyEmployees: v.optional(headcount),
    fixedTermInForce: v.optional(count(LIMITS.headcount)),
    agencyInForce: v.optional(count(LIMITS.headcount)),
    exemptInForce: v.optional(count(LIMITS.headcount)),
  },
  'unknown-field',
);

/** Any JSON value with bounded depth, key count, text length and finite numbers (calculator inputs, result snapshots). */
export function jsonIssue(value: unknown, depth = 0): string | null {
  if (depth > LIMITS.depth) return 'too-deep';
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= 1e12 ? null : 'not-a-number';
  if (typeof value === 'string') return value.length <= LIMITS.text ? null : 'too-long';
  if (Array.isArray(value)) {
    if (value.length > LIMITS.keys) return 'too-large';
    for (const item of value) {
      const issue = jsonIssue(item, depth + 1);
      if (issue) return issue;
    }
    return null;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return 'not-json';
  const keys = Object.keys(value);
  if (keys.length > LIMITS.keys) return 'too-large';
  for (const key of keys) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return 'forbidden-key';
    const issue = jsonIssue((value as Record<string, unknown>)[key], depth + 1);
    if (issue) return issue;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

// v.custom keeps the value as it is: valibot's record/object schemas silently drop `constructor` keys, and a silent drop would be a change.
const jsonObject = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'not-an-object'),
  v.rawCheck(({ dataset, addIssue }) => {
    const issue = dataset.typed ? jsonIssue(dataset.value) : null;
    if (issue) addIssue({ message: issue });
  }),
);

const resultSnapshot = v.nullable(
  v.pipe(
    jsonObject,
    v.check((value) => typeof value.ok === 'boolean' && (CALCULATOR_IDS as readonly unknown[]).includes(value.calculator), 'not-a-result'),
  ),
);

export const savedCaseSchema = v.strictObject(
  {
    ...stamps,
    calculator,
    title: plainText(LIMITS.label),
    input: jsonObject,
    result: resultSnapshot,
    rulesVersion: v.pipe(v.string('not-text'), v.minLength(1, 'empty'), v.maxLength(40, 'too-long')),
    personId: v.optional(id),
    unitId: v.optional(id),
  },
  'unknown-field',
);

const settingKey = v.union(
  [v.picklist(['ruleset', 'language', 'lastBackupAt', 'persistRequested']), v.picklist(CALCULATOR_IDS.map((calc) => `ruleset:${calc}` as const))],
  'unknown-value',
);
export const settingSchema = v.strictObject({ key: settingKey, value: v.pipe(v.string('not-text'), v.maxLength(200, 'too-long')) }, 'unknown-field');

export type TableName = 'people' | 'units' | 'savedCases' | 'settings';
interface RecordTypes {
  people: Person;
  units: Unit;
  savedCases: SavedCase;
  settings: Setting;
}

export const SCHEMAS = { people: personSchema, units: unitSchema, savedCases: savedCaseSchema, settings: settingSchema } as const;

/** Why one record was refused: its table, its id (or position) and the first field at fault. */
export interface RecordProblem {
  table: TableName;
  /** The record's id when it has a readable one, else its position as `#3`. */
  record: string;
  /** Dotted path of the field at fault (`schedule.percent`), empty for the whole record. */
  field: string;
  /** Short code of what is wrong: `not-a-date`, `negative`, `unknown-field`… */
  issue: string;
}

function recordName(raw: unknown, index: number): string {
  const key = typeof raw === 'object' && raw !== null ? ((raw as { id?: unknown; key?: unknown }).id ?? (raw as { key?: unknown }).key) : undefined;
  return typeof key === 'string' && key.length <= 64 ? key : `#${index + 1}`;
}

function fieldOf(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '';
}

function issueCode(issue: v.BaseIssue<unknown>): string {
  // A required key that is absent is reported with the object's message; name it for what it is.
  return issue.input === undefined && issue.path?.length ? 'missing' : issue.message;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

/** Checks one record of a table. */
export function checkRecord<K extends TableName>(table: K, raw: unknown, index = 0): Checked<RecordTypes[K]> {
  const result = v.safeParse(SCHEMAS[table], raw, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output as RecordTypes[K] };
  const first = result.issues[0];
  return { ok: false, problem: { table, record: recordName(raw, index), field: fieldOf(first), issue: issueCode(first) } };
}

/** Splits what was read into valid records and problems, so one broken record never hides the others. */
export function checkRecords<K extends TableName>(table: K, raws: readonly unknown[]): { records: RecordTypes[K][]; problems: RecordProblem[] } {
  const records: RecordTypes[K][] = [];
  const problems: RecordProblem[] = [];
  raws.forEach((raw, index) => {
    const checked = checkRecord(table, raw, index);
    if (checked.ok) records.push(checked.value);
    else problems.push(checked.problem);
  });
  return { records, problems };
}
