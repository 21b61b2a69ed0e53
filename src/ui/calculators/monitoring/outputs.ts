/** The monitoring result as the screen reads it (FORMAT.md "monitoring" outputs, RULES.md 5.5). */
import type { CalcResult, Flag, SourceId, Status } from '../../../calculators';

/** Where an item comes from and how sure it is (RULES.md 0.2). */
export interface CitedLine {
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

export interface CitedText extends CitedLine {
  key: string;
}

export interface OutcomeDocument extends CitedLine {
  id: string;
  conditional?: string;
}

export interface MonitoringOutputs {
  outcome: string;
  refusalLikely: boolean;
  procedure: readonly string[];
  informationDuty: boolean;
  decisionStep: number;
  nextSteps: readonly CitedText[];
  documents: readonly OutcomeDocument[];
  sanction: CitedText | null;
}

export function outputsOf(result: CalcResult | null): MonitoringOutputs | null {
  return result?.ok ? (result.outputs as unknown as MonitoringOutputs) : null;
}

/** The citation of a procedure step, from the engine's "Why?" step for it. */
export function procedureCitation(result: CalcResult | null, id: string): CitedLine | null {
  if (!result?.ok) return null;
  const step = result.steps.find((s) => s.label.key === `monitoring.procedure.${id}`);
  return step?.status ? { sourceIds: step.sourceIds, status: step.status, flags: step.flags } : null;
}

/** Info lines the outcome panel already shows (the outcome text in the headline, the documents note). */
const SHOWN_INFO = /^monitoring\.(outcome\.|info\.notPermittedDocuments$)/;

/** The result as ResultView lists it: its "Da sapere" list without the lines shown above it, so nothing is said twice. */
export function forResultView(result: CalcResult | null): CalcResult | null {
  return result?.ok ? { ...result, info: result.info.filter((m) => !SHOWN_INFO.test(m.key)) } : result;
}
