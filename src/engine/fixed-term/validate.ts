/** Fixed-term input validation in the order of D-GEN-4 and C-16. */
import type { IsoDate } from '../core/dates';
import type { RulesetId } from '../core/result';
import {
  ABSURD_LIMIT,
  asInput,
  checkAtLeast,
  checkDate,
  checkInteger,
  checkRuleset,
  optionalBoolean,
  optionalDateText,
  optionalNumber,
  readRulesetText,
  requireNumber,
  type Input,
} from '../core/validate';

export interface CapsInput {
  permanentHeadcount: number;
  unitEmployees: number | null;
  companyEmployees: number | null;
  companyPermanentHeadcount: number | null;
  compensation: boolean;
  /** Non-exempt CTD in force (headroom extra). */
  fixedTermInForce: number | null;
  /** Non-exempt fixed-term agency workers in force (headroom extra). */
  agencyInForce: number | null;
}

export interface FineInput {
  workersOver: number;
  monthlyPay: number;
  months: number;
  extraDays: number;
}

export interface FixedTermInput {
  ruleset: RulesetId;
  /** Hiring or reference date: picks the clauses in force. */
  date: IsoDate;
  dateDefaulted: boolean;
  /** Present in the caps form (no `fine`). */
  caps: CapsInput | null;
  /** Present in the fine form (`fine` given): caps fields are then not read. */
  fine: FineInput | null;
}

const HEADCOUNTS = ['permanentHeadcount', 'unitEmployees', 'companyEmployees', 'companyPermanentHeadcount'] as const;

function readCapsTypes(input: Input): CapsInput {
  return {
    permanentHeadcount: requireNumber(input, 'permanentHeadcount'),
    unitEmployees: optionalNumber(input, 'unitEmployees') ?? null,
    companyEmployees: optionalNumber(input, 'companyEmployees') ?? null,
    companyPermanentHeadcount: optionalNumber(input, 'companyPermanentHeadcount') ?? null,
    compensation: optionalBoolean(input, 'compensation'),
    fixedTermInForce: optionalNumber(input, 'fixedTermInForce') ?? null,
    agencyInForce: optionalNumber(input, 'agencyInForce') ?? null,
  };
}

function readFineTypes(raw: unknown): FineInput {
  const fine = asInput(raw, 'fine');
  return {
    workersOver: requireNumber(fine, 'workersOver', 'fine.workersOver'),
    monthlyPay: requireNumber(fine, 'monthlyPay', 'fine.monthlyPay'),
    months: requireNumber(fine, 'months', 'fine.months'),
    extraDays: requireNumber(fine, 'extraDays', 'fine.extraDays'),
  };
}

/** C-16 ranges: headcounts ≥ 0 with decimals (pro-rata part-timers); counts of contracts whole. */
function checkCapsRanges(caps: CapsInput): void {
  for (const field of HEADCOUNTS) {
    const value = caps[field];
    if (value !== null) checkAtLeast(value, field, 0, ABSURD_LIMIT);
  }
  if (caps.fixedTermInForce !== null) checkInteger(caps.fixedTermInForce, 'fixedTermInForce', 0, ABSURD_LIMIT);
  if (caps.agencyInForce !== null) checkInteger(caps.agencyInForce, 'agencyInForce', 0, ABSURD_LIMIT);
}

function checkFineRanges(fine: FineInput): void {
  checkInteger(fine.workersOver, 'fine.workersOver', 0, ABSURD_LIMIT);
  checkAtLeast(fine.monthlyPay, 'fine.monthlyPay', 0, ABSURD_LIMIT);
  checkInteger(fine.months, 'fine.months', 0, ABSURD_LIMIT);
  checkInteger(fine.extraDays, 'fine.extraDays', 0, 30);
}

/**
 * Reads a fixed-term input or refuses it with one typed error: types first
 * (`invalid-value`), then the date, the ruleset, then ranges (`out-of-range`).
 * @example readFixedTermInput({ ruleset: 'statute', permanentHeadcount: 100 }, '2026-01-10' as IsoDate)
 *   // { ruleset: 'statute', date: '2026-01-10', dateDefaulted: true, caps: { permanentHeadcount: 100, … }, fine: null }
 */
export function readFixedTermInput(raw: unknown, today: IsoDate): FixedTermInput {
  const input = asInput(raw);
  const rulesetText = readRulesetText(input);
  const dateText = optionalDateText(input, 'date');
  const fineRaw = input.fine;
  const fineForm = fineRaw !== undefined && fineRaw !== null;
  const fine = fineForm ? readFineTypes(fineRaw) : null;
  const caps = fineForm ? null : readCapsTypes(input);

  const date = dateText === undefined ? today : checkDate(dateText, 'date');
  const ruleset = checkRuleset(rulesetText);
  if (caps) checkCapsRanges(caps);
  if (fine) checkFineRanges(fine);
  return { ruleset, date, dateDefaulted: dateText === undefined, caps, fine };
}
