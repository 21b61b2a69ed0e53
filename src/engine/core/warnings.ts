/**
 * Ruleset warnings of RULES.md 0.3, added at the end of every calculation
 * from the figures the steps actually used.
 */
import type { Explanation, RulesetId } from './result';

/** Adds W-1 (Unimpresa expired, ultrattività), W-2 (inferred TDS figure) and W-4 (disclaimer). */
export function addRulesetWarnings(explanation: Explanation, ruleset: RulesetId): void {
  if (ruleset === 'unimpresa-vvp-2021') {
    explanation.warn('W-1', 'warning.W-1', ['S45']);
    if (explanation.steps.some((step) => step.status === 'inferred')) {
      explanation.warn('W-2', 'warning.W-2', ['S45', 'S47']);
    }
  }
  explanation.warn('W-4', 'warning.W-4');
}
