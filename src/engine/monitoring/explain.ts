/** Steps, warnings, info lines and not-covered parts of a monitoring result (RULES.md 5.2, 5.5, 5.8). */
import type { Explanation, RulesetId, Step } from '../core/result';
import { addRulesetWarnings } from '../core/warnings';
import type { Tried } from './decide';
import type { Cited, DecisionRule, MonitoringFacts, MonitoringTree, OutcomeRules, ProcedureRule } from './types';

/**
 * Completes a fresh step with the citation of its rule (`flags` only when the
 * rule has some). Assigned, not spread: spreads dominated the cost of a result.
 */
function cited(step: Omit<Step, 'sourceIds' | 'status' | 'flags'>, item: Cited): Step {
  const full = step as Step;
  full.sourceIds = item.sourceIds;
  full.status = item.status;
  if (item.flags) full.flags = item.flags;
  return full;
}

/**
 * D-MON-1 as steps: the order itself (an interpretation), each rule tried with
 * whether it held, C-18 when an e-mail path reads `neededToWork`, and the outcome.
 * @example explainDecision(e, tried, rule, facts, tree) // e.steps[0].label.key === 'monitoring.step.decisionOrder'
 */
export function explainDecision(e: Explanation, tried: readonly Tried[], rule: DecisionRule, facts: MonitoringFacts, tree: MonitoringTree): void {
  e.step(cited({ label: { key: 'monitoring.step.decisionOrder' }, detail: { key: tree.decisionOrder.key } }, tree.decisionOrder));
  for (const t of tried) {
    e.step(cited({ label: { key: `monitoring.rule.${t.rule.id}` }, value: t.held }, t.rule));
    const readsNeeded = t.rule.when.some((test) => test.fact === 'neededToWork');
    if (facts.tool === 'email' && readsNeeded) {
      e.step(cited({ label: { key: 'monitoring.step.emailMapping' }, value: facts.neededToWork, detail: { key: tree.emailMapping.key } }, tree.emailMapping));
    }
  }
  e.step(
    cited(
      {
        label: { key: 'monitoring.step.outcome' },
        value: rule.outcome,
        detail: { key: 'monitoring.detail.decidedAt', params: { step: rule.step, outcome: `monitoring.outcomeLabel.${rule.outcome}` } },
      },
      rule,
    ),
  );
  if (rule.refusalLikely) {
    e.step(cited({ label: { key: 'monitoring.step.refusalLikely' }, value: true, detail: { key: tree.refusal.key } }, tree.refusal));
  }
}

/**
 * D-MON-2 and D-MON-3 as steps: the procedure in order, the "final" decision
 * of the inspectorate when an authorisation is listed, and the comma-3 duty.
 * @example explainProcedure(e, [itlRule], outcome, tree) // steps for itl-authorisation, final decisions, information duty
 */
export function explainProcedure(e: Explanation, procedure: readonly ProcedureRule[], outcome: OutcomeRules, tree: MonitoringTree): void {
  procedure.forEach((rule, index) => {
    e.step(cited({ label: { key: `monitoring.procedure.${rule.id}` }, value: index + 1 }, rule));
  });
  if (procedure.some((rule) => rule.kind === 'authorisation')) {
    e.step(cited({ label: { key: 'monitoring.step.authorisationFinal' }, detail: { key: tree.authorisationFinal.key } }, tree.authorisationFinal));
  }
  e.step(
    cited(
      {
        label: { key: 'monitoring.step.informationDuty' },
        value: outcome.informationDuty,
        detail: { key: outcome.informationDuty ? tree.informationDuty.key : 'monitoring.detail.noInformationDuty' },
      },
      tree.informationDuty,
    ),
  );
}

/**
 * Info lines (outcome text first, then the outcome's and the tool's notes),
 * warnings and not-covered parts.
 * @example addNotes(e, facts, 'unimpresa-vvp-2021', 'agreement-required', outcome, tree) // info starts with 'monitoring.outcome.agreement-required'
 */
export function addNotes(
  e: Explanation,
  facts: MonitoringFacts,
  ruleset: RulesetId,
  outcomeId: string,
  outcome: OutcomeRules,
  tree: MonitoringTree,
): void {
  e.note(`monitoring.outcome.${outcomeId}`);
  for (const key of outcome.info) e.note(key);
  for (const note of tree.notes) {
    if (!note.tools.includes(facts.tool) || (note.rulesets && !note.rulesets.includes(ruleset))) continue;
    e.note(note.key);
    if (note.asStep) e.step(cited({ label: { key: 'monitoring.step.note' }, detail: { key: note.key } }, note));
  }
  for (const part of tree.notCovered) if (!part.tools || part.tools.includes(facts.tool)) e.uncovered(part.key);
  for (const w of outcome.warnings) e.warn(w.code, w.key, w.sourceIds);
}

/**
 * W-4 of RULES.md 0.3 only. Never W-1 or W-5 (R-10: monitoring takes no
 * CCNL figure, so no term warning), never W-2: it says a figure was borrowed from
 * the TDS contract, and monitoring borrows none (art. 4 is statute law for
 * every ruleset); its `inferred` steps are interpretations of art. 4.
 * @example monitoringRulesetWarnings(e, 'statute') // e.warnings: [W-4]
 */
export function monitoringRulesetWarnings(e: Explanation, ruleset: RulesetId): void {
  addRulesetWarnings(e, ruleset, { borrowsFromTds: false });
}
