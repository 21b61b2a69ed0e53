/**
 * From a saved person or unit to a calculator's input fields (FORMAT.md), for
 * "Scegli una persona": only facts the record holds; the question's own
 * fields (notice kind and date, leave period, reference day) stay the form's.
 */
import type { CalculatorId } from '../calculators';
import { canonicalJson } from './canonical';
import type { Person, Unit } from './db';

/** The fields that have a value (a plain loop: the deadline board calls this 40,000 times for 10,000 people). */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

export function personToInput(person: Person, calculator: CalculatorId): Record<string, unknown> {
  const { ruleset, role, hireDate, schedule, companyEmployees, contractEndDate } = person;
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
      return defined({ ruleset, role, hireDate, contractEndDate });
    case 'comporto':
      return defined({ ruleset, hireDate, contractEndDate });
  }
}

/** A unit fills the fixed-term form (the only calculator about a unit). */
export function unitToInput(unit: Unit): Record<string, unknown> {
  const { ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce } = unit;
  return defined({ ruleset, permanentHeadcount, unitEmployees, companyEmployees, fixedTermInForce, agencyInForce });
}

/** The input fields each calculator takes from a person (what personToInput can give). */
const PERSON_FIELDS: Record<CalculatorId, readonly string[]> = {
  notice: ['ruleset', 'role', 'hireDate'],
  leave: ['ruleset', 'hireDate', 'schedule', 'companyEmployees'],
  seniority: ['ruleset', 'role', 'hireDate', 'partTimePercent'],
  'fixed-term': ['ruleset', 'companyEmployees'],
  monitoring: [],
  probation: ['ruleset', 'role', 'hireDate', 'contractEndDate'],
  comporto: ['ruleset', 'hireDate', 'contractEndDate'],
};
const UNIT_FIELDS = ['ruleset', 'permanentHeadcount', 'unitEmployees', 'companyEmployees', 'fixedTermInForce', 'agencyInForce'] as const;

/** Key order does not make two values differ ({kind, percent} = {percent, kind}). */
function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * What the form says differently from the record, as record fields; null when nothing differs.
 * An emptied field is not a difference: "Aggiorna la scheda" never erases what the record holds.
 */
function differing(given: Record<string, unknown>, input: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> | null {
  const changed = fields.filter((field) => input[field] !== undefined && !same(input[field], given[field]));
  return changed.length === 0 ? null : Object.fromEntries(changed.map((field) => [field, input[field]]));
}

/**
 * "Aggiorna la scheda": the person's fields to change so that the record says what the
 * calculator's form says (role and hire date, a leave schedule, seniority's part-time share
 * as a horizontal schedule); null when the form and the person agree.
 */
export function personChanges(person: Person, calculator: CalculatorId, input: Record<string, unknown>): Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>> | null {
  const changed = differing(personToInput(person, calculator), input, PERSON_FIELDS[calculator]);
  if (!changed) return null;
  const { partTimePercent, ...fields } = changed;
  // Under the statute the form sends no role: the person's level is kept for the calculators that use one.
  const changes = { ...fields } as Partial<Person>;
  if (typeof partTimePercent === 'number') changes.schedule = { kind: 'horizontal', percent: partTimePercent };
  return changes;
}

/** The same for a unit and the fixed-term form. */
export function unitChanges(unit: Unit, input: Record<string, unknown>): Partial<Omit<Unit, 'id' | 'createdAt' | 'updatedAt'>> | null {
  return differing(unitToInput(unit), input, UNIT_FIELDS) as Partial<Unit> | null;
}
