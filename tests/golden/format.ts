/** Validation of case files (FORMAT.md): every problem names the JSON path. */
import { CALCULATOR_IDS, type CalculatorId, type ErrorCode } from '../../src/calculators';
import { PLANNED_CALCULATORS } from './pending';

export const ERROR_CODES: readonly ErrorCode[] = [
  'invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered',
];

export interface GoldenCase {
  id: string;
  title: string;
  source: string;
  input: Record<string, unknown>;
  expect?: Record<string, unknown>;
  expectError?: { code: ErrorCode };
}

export interface CaseFile {
  /** A calculator id, or a planned one (PLANNED_CALCULATORS) whose cases are all pending. */
  calculator: CalculatorId | (string & {});
  cases: GoldenCase[];
}

export class MalformedCaseFile extends Error {
  constructor(readonly file: string, readonly path: string, readonly problem: string) {
    super(`${file}: ${path}: ${problem}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks a case file's text, or throws MalformedCaseFile. */
export function parseCaseFile(file: string, text: string): CaseFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MalformedCaseFile(file, '$', `not valid JSON (${(error as Error).message})`);
  }
  const fail = (path: string, problem: string): never => {
    throw new MalformedCaseFile(file, path, problem);
  };
  if (!isObject(data)) return fail('$', 'must be an object with "calculator" and "cases"');
  if (!CALCULATOR_IDS.includes(data.calculator as CalculatorId) && !PLANNED_CALCULATORS.includes(data.calculator as string)) {
    fail('$.calculator', `must be one of ${[...CALCULATOR_IDS, ...PLANNED_CALCULATORS].join(', ')}`);
  }
  if (!Array.isArray(data.cases)) return fail('$.cases', 'must be an array');
  const seen = new Set<string>();
  data.cases.forEach((c: unknown, i: number) => {
    const at = `$.cases[${i}]`;
    if (!isObject(c)) return fail(at, 'must be an object');
    for (const key of ['id', 'title', 'source'] as const) {
      if (typeof c[key] !== 'string' || c[key] === '') fail(`${at}.${key}`, 'must be a non-empty string');
    }
    if (seen.has(c.id as string)) fail(`${at}.id`, `duplicate id "${String(c.id)}"`);
    seen.add(c.id as string);
    if (!isObject(c.input)) fail(`${at}.input`, 'must be an object');
    const hasExpect = 'expect' in c;
    const hasError = 'expectError' in c;
    if (hasExpect === hasError) fail(at, 'needs exactly one of "expect" and "expectError"');
    if (hasExpect && !isObject(c.expect)) fail(`${at}.expect`, 'must be an object');
    if (hasError) {
      if (!isObject(c.expectError)) fail(`${at}.expectError`, 'must be an object');
      const code = (c.expectError as Record<string, unknown>).code;
      if (!ERROR_CODES.includes(code as ErrorCode)) fail(`${at}.expectError.code`, `must be one of ${ERROR_CODES.join(', ')}`);
    }
    return undefined;
  });
  return data as unknown as CaseFile;
}
