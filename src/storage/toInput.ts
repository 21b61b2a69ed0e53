/**
 * From a saved person or unit to a calculator's input fields (FORMAT.md), for
 * "Scegli una persona": only facts the record holds; the question's own
 * fields (notice kind and date, leave period, reference day) stay the form's.
 */
import type { CalculatorId } from '../calculators';
import type { Person, Unit } from './db';

/** The fields that have a value (a plain loop: the deadline board calls this 40,000 times for 10,000 people). */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

export function personToInput(person: Person, calculator: CalculatorId): Record<string, unknown> {
  const { ruleset, role, hireDate, schedule, companyEmployees } = person;
  switch (calculator) {
    case 'notice':
      return defined({ ruleset, role, hireDate });
    case 'leave':
      return defined({ ruleset, hireDate, schedule, companyEmployees });
    case 'seniority':
      return defined({ ruleset, role, hireDate, partTimePercent: schedule.kind === 'horizontal' ? schedule.percent : undefined });
    case 'fixed-term':
      return defined({ ruleset, companyEmployees });
    case 'monitoring':
      return {};
  }
}

/** A unit fills the fixed-term form (the only calculator about a unit). */
export function unitToInput(unit: Unit): Record<string, unknown> {
  const { ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce } = unit;
  return defined({ ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce });
}
