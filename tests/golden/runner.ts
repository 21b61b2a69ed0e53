/** Runs case files through src/calculators.ts (FORMAT.md). */
import { calculate, isAvailable, type CalculatorId } from '../../src/calculators';
import { differences } from './compare';
import type { CaseFile, GoldenCase } from './format';
import { PENDING_CALCULATORS, PLANNED_CALCULATORS } from './pending';

export type Verdict = 'ok' | 'FAIL' | 'PENDING';

export interface CaseReport {
  id: string;
  title: string;
  verdict: Verdict;
  problems: string[];
}

/** Reference day for cases without a date: fixed so that a case file gives the same answer every day. */
export const GOLDEN_TODAY = '2026-11-23';

export function runCase(calculator: CalculatorId, c: GoldenCase): CaseReport {
  const result = calculate(calculator, c.input, { today: GOLDEN_TODAY as never });
  const problems: string[] = [];
  if (c.expectError) {
    if (result.ok) problems.push(`expected error ${c.expectError.code}, got a result`);
    else if (result.error.code !== c.expectError.code) problems.push(`expected error ${c.expectError.code}, got ${result.error.code}`);
  } else if (!result.ok) {
    problems.push(`expected a result, got error ${result.error.code}${result.error.field ? ` on ${result.error.field}` : ''} (${result.error.message.key})`);
  } else {
    problems.push(...differences(c.expect, result.outputs));
  }
  const pending = PENDING_CALCULATORS.includes(calculator) || !isAvailable(calculator);
  const verdict: Verdict = pending ? 'PENDING' : problems.length === 0 ? 'ok' : 'FAIL';
  return { id: c.id, title: c.title, verdict, problems };
}

export function runFile(file: CaseFile): CaseReport[] {
  if (PLANNED_CALCULATORS.includes(file.calculator)) return file.cases.map((c) => ({ id: c.id, title: c.title, verdict: 'PENDING', problems: [] }));
  return file.cases.map((c) => runCase(file.calculator as CalculatorId, c));
}
