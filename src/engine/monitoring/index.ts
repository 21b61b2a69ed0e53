/**
 * Monitoring calculator, RULES.md §5: does art. 4 of the Statuto dei
 * lavoratori apply to a tool, and what must the employer do before using it.
 */
import { inForce } from '../core/rules';
import { Explanation, refuse, runSafely, success, type CalcResult } from '../core/result';
import { documentsFor, procedureFor, walkDecision } from './decide';
import { addNotes, explainDecision, explainProcedure, monitoringRulesetWarnings } from './explain';
import type { EngineContext, FactName, MonitoringOutputs, MonitoringRules, MonitoringTree, OutcomeRules } from './types';
import { readMonitoringInput } from './validate';

export * from './types';
export { walkDecision, procedureFor, documentsFor } from './decide';
export { nextQuestion, askedQuestions, answersToFacts, presetAnswer, ASK_WHEN, QUESTION_IDS } from './interview';
export type { QuestionId, MonitoringAnswers, MonitoringInterview, MonitoringScenario, QuestionDef } from './interview';

/** Facts a procedure rule tests (D-MON-2), for the defaults actually used. */
function procedureFacts(rules: readonly { when: readonly { fact: FactName }[] }[]): FactName[] {
  return rules.flatMap((rule) => rule.when.map((test) => test.fact));
}

/** C-17 defaults the walk or the procedure actually read; most inputs give every fact, so the lists are built only when one is absent. */
function markDefaults(e: Explanation, absent: readonly string[], walk: { read: readonly FactName[] }, outcome: OutcomeRules, tree: MonitoringTree): void {
  if (absent.length === 0) return;
  const used = [...walk.read, ...(outcome.buildsProcedure ? procedureFacts(tree.procedure) : [])];
  for (const field of absent) if (used.includes(field as FactName)) e.defaulted(field);
}

/**
 * Walks the art. 4 tree in force on `date` (input) or `ctx.today`.
 * @example computeMonitoring({ tool: 'crm', canMonitorWorkers: true, onlyLinksCallToCustomer: true }, rules, ctx)
 *   // outputs: { outcome: 'work-tool', refusalLikely: false, procedure: [], informationDuty: true, decisionStep: 4, … }
 */
export function computeMonitoring(raw: unknown, rules: MonitoringRules, ctx: EngineContext): CalcResult<MonitoringOutputs> {
  return runSafely('monitoring', ctx.rulesVersion, () => {
    const input = readMonitoringInput(raw, ctx.today);
    const tree = inForce(rules.tree, input.date, 'date').value;
    const walk = walkDecision(input.facts, tree.decision);
    if (!walk.decided) {
      if (walk.missing === null) return refuse('not-covered', undefined, 'monitoring.error.noRule');
      return refuse('invalid-value', walk.missing, 'monitoring.error.purposeRequired', { step: walk.step });
    }
    const outcome = tree.outcomes[walk.rule.outcome];
    const procedure = procedureFor(input.facts, tree, outcome);
    const e = new Explanation();
    explainDecision(e, walk.tried, walk.rule, input.facts, tree);
    explainProcedure(e, procedure, outcome, tree);
    addNotes(e, input.facts, input.ruleset, walk.rule.outcome, outcome, tree);
    if (walk.rule.refusalLikely) e.warn(tree.refusal.code, tree.refusal.key, tree.refusal.sourceIds);
    markDefaults(e, input.absent, walk, outcome, tree);
    monitoringRulesetWarnings(e, input.ruleset);
    const outputs: MonitoringOutputs = {
      outcome: walk.rule.outcome,
      refusalLikely: walk.rule.refusalLikely,
      procedure: procedure.map((rule) => rule.id),
      informationDuty: outcome.informationDuty,
      decisionStep: walk.rule.step,
      nextSteps: outcome.nextSteps.map((item) => ({ ...item })),
      documents: documentsFor(tree, outcome, procedure),
      sanction: outcome.sanction ? { ...outcome.sanction } : null,
    };
    // Object.assign onto a fresh literal: same keys and order as `{ ruleset, date, ...facts }`, without the spread's slow path.
    const inputs: Record<string, unknown> = { ruleset: input.ruleset, date: input.date };
    Object.assign(inputs, input.facts);
    return success({ calculator: 'monitoring', ruleset: input.ruleset, outputs, inputs, explanation: e, rulesVersion: ctx.rulesVersion });
  });
}
