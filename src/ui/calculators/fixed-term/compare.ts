/**
 * Reading the fixed-term outputs and steps for the side-by-side view (RULES.md 4.8, D-FT-6):
 * which regime is stricter, the rounding behind each figure, the headroom. Pure; texts are message keys.
 */
import type { Message, MessageParam, Step } from '../../../calculators';

/** The caps outputs as the screen reads them (the UI sees outputs as plain records). */
export interface CapsView {
  fixedTermCap: number;
  agencyCap: number | null;
  combinedCap: number | null;
  compensationCap: number | null;
  statute: { fixedTermCap: number; combinedCap: number | null };
  /** C-21: the safe answer (Unimpresa), else null. */
  safe: { fixedTermCap: number; combinedCap: number | null } | null;
  ccnlAllowsMore: boolean;
  headroom: Record<'fixedTerm' | 'agency' | 'combined' | 'statuteFixedTerm' | 'statuteCombined', number | null> | null;
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function capsView(outputs: Record<string, unknown>): CapsView | null {
  const statute = outputs.statute as Record<string, unknown> | undefined;
  const fixedTermCap = num(outputs.fixedTermCap);
  if (fixedTermCap === null || !statute) return null;
  return {
    fixedTermCap,
    agencyCap: num(outputs.agencyCap),
    combinedCap: num(outputs.combinedCap),
    compensationCap: num(outputs.compensationCap),
    statute: { fixedTermCap: Number(statute.fixedTermCap), combinedCap: num(statute.combinedCap) },
    safe: safeOf(outputs.safe),
    ccnlAllowsMore: outputs.ccnlAllowsMore === true,
    headroom: (outputs.headroom as CapsView['headroom']) ?? null,
  };
}

function safeOf(value: unknown): CapsView['safe'] {
  if (typeof value !== 'object' || value === null) return null;
  const safe = value as Record<string, unknown>;
  const fixedTermCap = num(safe.fixedTermCap);
  return fixedTermCap === null ? null : { fixedTermCap, combinedCap: num(safe.combinedCap) };
}

/** The caps the headline leads with (C-21): the safe answer, else the CCNL's, else the law's. */
export function headlineCaps(view: CapsView, ruleset: string): { fixedTerm: number; combined: number | null } {
  if (view.safe) return { fixedTerm: view.safe.fixedTermCap, combined: view.safe.combinedCap };
  if (ruleset === 'statute') return { fixedTerm: view.statute.fixedTermCap, combined: view.statute.combinedCap };
  return { fixedTerm: view.fixedTermCap, combined: ccnlCombinedAllowance(view) };
}

/**
 * Where the contracts in force stand against the headline caps (C-21): the
 * tightest margin of the CTD and the combined cap; null without counts.
 * @example standing(view with 5 CTD in force, { fixedTerm: 2, combined: 4 }) // { state: 'over', margin: -3 }
 */
export function standing(view: CapsView, caps: { fixedTerm: number; combined: number | null }): { state: 'over' | 'at' | 'within'; margin: number } | null {
  const room = view.headroom;
  if (!room) return null;
  // Contracts in force, recovered from the statute's margins (always computed, D-FT-6).
  const fixedTerm = room.statuteFixedTerm === null ? null : view.statute.fixedTermCap - room.statuteFixedTerm;
  const together = room.statuteCombined === null || view.statute.combinedCap === null ? null : view.statute.combinedCap - room.statuteCombined;
  const margins = [fixedTerm === null ? null : caps.fixedTerm - fixedTerm, together === null || caps.combined === null ? null : caps.combined - together].filter((m): m is number => m !== null);
  if (margins.length === 0) return null;
  const margin = Math.min(...margins);
  return { state: margin < 0 ? 'over' : margin === 0 ? 'at' : 'within', margin };
}

/** The CCNL's allowance for CTD and agency together (C-15): its combined cap, else the two caps added. */
export function ccnlCombinedAllowance(view: CapsView): number {
  return view.combinedCap ?? view.fixedTermCap + (view.agencyCap ?? 0);
}

export type Regime = 'ccnl' | 'statute';
export type Stricter = Regime | 'same' | 'mixed';

/** Per comparable row (CTD; CTD + agency), the regime with the lower figure, or null when equal or not comparable. */
export function stricterRows(view: CapsView): { fixedTerm: Regime | null; combined: Regime | null } {
  const lower = (ccnl: number, statute: number | null): Regime | null =>
    statute === null || ccnl === statute ? null : ccnl < statute ? 'ccnl' : 'statute';
  return { fixedTerm: lower(view.fixedTermCap, view.statute.fixedTermCap), combined: lower(ccnlCombinedAllowance(view), view.statute.combinedCap) };
}

/**
 * The stricter regime overall; `statute` or `mixed` exactly when the CCNL allows more (C-15).
 * @example stricter(FT-5 view: CCNL 4 / 6, statute 2 / 4) // 'statute'
 */
export function stricter(view: CapsView): Stricter {
  const rows = Object.values(stricterRows(view));
  const statute = rows.includes('statute');
  const ccnl = rows.includes('ccnl');
  return statute && ccnl ? 'mixed' : statute ? 'statute' : ccnl ? 'ccnl' : 'same';
}

const stepFor = (steps: readonly Step[], key: string) => steps.find((step) => step.label.key === key);
const params = (step: Step | undefined): Record<string, MessageParam> => step?.detail?.params ?? {};

/** "15% × 50 = 7,5 → 8": the percentage step behind a figure, with the actual decimal. */
export function shareLine(steps: readonly Step[], stepKey: string): Message | null {
  const step = stepFor(steps, stepKey);
  if (step?.detail?.key !== 'fixedTerm.detail.share') return null;
  const p = params(step);
  return { key: p.exact === p.rounded ? 'fixedTerm.compare.shareExact' : 'fixedTerm.compare.share', params: p };
}

/** Why a figure is above its percentage (the CCNL floors, C-14), only when the lifting step raised it. */
export function liftLine(steps: readonly Step[], stepKey: string, shareKey: string, messageKey: string): Message | null {
  const step = stepFor(steps, stepKey);
  const share = num(stepFor(steps, shareKey)?.value);
  const value = num(step?.value);
  if (!step || value === null || share === null || value <= share) return null;
  return { key: messageKey, params: params(step) };
}

/** Headroom in words: left to hire, at the cap, or over it by N. */
export function headroomLine(left: number | null | undefined): Message | null {
  if (left === null || left === undefined) return null;
  if (left > 0) return { key: 'fixedTerm.compare.headroom', params: { left } };
  if (left === 0) return { key: 'fixedTerm.compare.atCap' };
  return { key: 'fixedTerm.compare.over', params: { over: -left } };
}

/** The base of each regime as the steps state it (C-12), with whether the statute's was defaulted. */
export function bases(steps: readonly Step[]): { ccnl: number | null; statute: number | null; statuteDefaulted: boolean } {
  const ccnl = stepFor(steps, 'fixedTerm.step.ccnlBase');
  const statute = stepFor(steps, 'fixedTerm.step.statuteBase');
  return {
    ccnl: num(ccnl?.value),
    statute: num(statute?.value),
    statuteDefaulted: statute?.detail?.key === 'fixedTerm.detail.statuteBaseDefaulted',
  };
}

/** Information lines shown in the "not counted" section instead of "Da sapere" (RULES.md 4.8: the exempt lists). */
export const EXEMPT_INFO_KEYS: readonly string[] = [
  'fixedTerm.info.inForceCounts',
  'fixedTerm.info.ccnlExemptFixedTerm',
  'fixedTerm.info.ccnlExemptAgency',
  'fixedTerm.info.statuteExempt',
  'fixedTerm.info.agencyExempt',
];

/** One figure of a regime's panel: its words, whether it is the stricter of the two, and the lines explaining it. */
export interface PanelRow {
  label: string;
  value: string;
  stricter: boolean;
  lines: readonly (Message | null)[];
}
