/** The walk over the art. 4 tree (D-MON-1, D-MON-2, RULES.md 5.5 documents). Pure: no refusal here. */
import {
  FIRST_PROCEDURE_DOCUMENT,
  type DecisionRule,
  type FactName,
  type FactTest,
  type MonitoringDocument,
  type MonitoringFacts,
  type MonitoringTree,
  type OutcomeRules,
  type ProcedureRule,
} from './types';

/** Rules tried before the deciding one, with whether each held. */
export interface Tried {
  rule: DecisionRule;
  held: boolean;
}

export type Walk =
  | { decided: true; rule: DecisionRule; tried: Tried[]; read: FactName[] }
  /** The path needs a fact the input left out (C-17: `purpose`), or (null) no rule matched at all. */
  | { decided: false; missing: FactName | null; step: number; tried: Tried[]; read: FactName[] };

/** True / false, or null when the fact is absent and so cannot be tested. */
function testOn(test: FactTest, facts: MonitoringFacts): boolean | null {
  const value = facts[test.fact];
  return value === null ? null : value === test.is;
}

/**
 * D-MON-1: the first rule whose tests all hold decides. Tests run in order and
 * stop at the first false one, so a fact is read only where the path reaches it.
 * @example walkDecision({ ...facts, canMonitorWorkers: false }, tree) // { decided: true, rule: { step: 1, outcome: 'outside-art4', … } }
 */
export function walkDecision(facts: MonitoringFacts, decision: readonly DecisionRule[]): Walk {
  const tried: Tried[] = [];
  const read: FactName[] = [];
  for (const rule of decision) {
    let held = true;
    for (const test of rule.when) {
      if (!read.includes(test.fact)) read.push(test.fact);
      const result = testOn(test, facts);
      if (result === null) return { decided: false, missing: test.fact, step: rule.step, tried, read };
      if (!result) {
        held = false;
        break;
      }
    }
    tried.push({ rule, held });
    if (held) return { decided: true, rule, tried, read };
  }
  return { decided: false, missing: null, step: 0, tried, read };
}

/**
 * D-MON-2: the procedure rules whose tests hold, in table order; none unless
 * the outcome builds a procedure.
 * @example procedureFor({ ...facts, representation: 'none' }, tree, tree.outcomes['agreement-required']) // [itl-authorisation rule]
 */
export function procedureFor(facts: MonitoringFacts, tree: MonitoringTree, outcome: OutcomeRules): ProcedureRule[] {
  if (!outcome.buildsProcedure) return [];
  return tree.procedure.filter((rule) => rule.when.every((test) => testOn(test, facts) === true));
}

/**
 * RULES.md 5.5 documents: the outcome's list, with DOC-AGREEMENT or
 * DOC-APPLICATION in place of the first-procedure placeholder.
 * @example documentsFor(tree, outcome, [itlRule]).map((d) => d.id) // ['DOC-APPLICATION', 'DOC-TECH', …]
 */
export function documentsFor(tree: MonitoringTree, outcome: OutcomeRules, procedure: readonly ProcedureRule[]): MonitoringDocument[] {
  const first = procedure[0];
  const documents: MonitoringDocument[] = [];
  for (const doc of outcome.documents) {
    if (doc !== FIRST_PROCEDURE_DOCUMENT) documents.push({ ...doc });
    else if (first) documents.push({ ...tree.procedureDocuments[first.kind] });
  }
  return documents;
}
