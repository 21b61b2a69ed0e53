/**
 * From a saved person or unit to a calculator's input fields (FORMAT.md), for
 * "Scegli una persona": only facts the record holds; the question's own
 * fields (notice kind and date, leave period, reference day) stay the form's.
 */
import type { CalculatorId } from '../calculators';
import type { Person, Unit } from './db';

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
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
    case 'probation':
      return defined({ ruleset, role, hireDate });
    case 'comporto':
      return defined({ ruleset, hireDate });
  }
}

/** A unit fills the fixed-term form (the only calculator about a unit). */
export function unitToInput(unit: Unit): Record<string, unknown> {
  const { ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce } = unit;
  return defined({ ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce });
}
