/**
 * Ruleset warnings of RULES.md 0.3, added at the end of every calculation
 * from the figures the steps actually used.
 */
import type { Explanation, RulesetId } from './result';

export interface RulesetWarningOptions {
  /**
   * Whether the calculator fills Unimpresa gaps with TDS figures (D-GEN-1).
   * Fixed-term (seed Arts. 21, 23) and monitoring (statute law) do not, so
   * their interpretations are not "borrowed from TDS" and get no W-2.
   */
  borrowsFromTds?: boolean;
}

/** Adds W-1 (Unimpresa expired, ultrattività), W-2 (inferred TDS figure) and W-4 (disclaimer). */
export function addRulesetWarnings(explanation: Explanation, ruleset: RulesetId, options: RulesetWarningOptions = {}): void {
  if (ruleset === 'unimpresa-vvp-2021') {
    explanation.warn('W-1', 'warning.W-1', ['S45']);
    const borrowed = (options.borrowsFromTds ?? true) && explanation.steps.some((step) => step.status === 'inferred');
    if (borrowed) explanation.warn('W-2', 'warning.W-2', ['S45', 'S47']);
  }
  explanation.warn('W-4', 'warning.W-4');
}
