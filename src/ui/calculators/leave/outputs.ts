/** Reading the leave outputs and steps for display (the UI sees outputs as plain records). */
import type { Step } from '../../../calculators';

/** A number output, or null when absent or null (C-8: statute has no permits; D-LV-5: no company size, no ROL). */
export function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** The step whose label has this key (the deadlines' labels carry the number of weeks from the rules). */
export function stepByLabel(steps: readonly Step[], key: string): Step | undefined {
  return steps.find((step) => step.label.key === key);
}

export interface MonthLine {
  step: Step;
  counted: boolean;
}

/** One line per calendar month touched by the period, with whether it counted (RULES.md 2.8). */
export function monthLines(steps: readonly Step[]): MonthLine[] {
  return steps
    .filter((step) => step.label.key === 'leave.step.month' && step.detail)
    .map((step) => ({ step, counted: step.detail?.key.startsWith('leave.detail.monthCounted') ?? false }));
}
