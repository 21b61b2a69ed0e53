/** Steps that apply a legal figure carry its sources, status and flags (RULES.md 0.2, D-GEN-3). */
import type { Flag, SourceId, Status, Step } from '../core/result';

/** What a step copies from the figure it applies (a `Figure` or a `Dated` entry). */
export interface FigureBasis {
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

/**
 * Completes a freshly built step with the figure's sources, status and
 * flags (the key absent when the figure has none). Assigned rather than
 * spread: object spreads were the costliest part of a leave result.
 * @example figureStep({ label: { key: 'leave.step.months' }, value: 12 }, terms.monthRule)
 *   // { label, value: 12, sourceIds: ['S60'], status: 'inferred', flags: ['contested'] }
 */
export function figureStep(step: Omit<Step, 'sourceIds' | 'status' | 'flags'>, figure: FigureBasis): Step {
  const full = step as Step;
  full.sourceIds = figure.sourceIds;
  full.status = figure.status;
  if (figure.flags) full.flags = figure.flags;
  return full;
}
