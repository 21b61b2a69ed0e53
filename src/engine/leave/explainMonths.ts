/** "Why?" steps for the counted months (RULES.md 2.8) and the ROL ramp with its anniversaries. */
import { anniversary, type IsoDate } from '../core/dates';
import type { Explanation } from '../core/result';
import type { MonthCover, MonthShare } from './months';
import { figureStep } from './figureStep';
import { rampApplies } from './months';
import type { Figure, MonthRule, RolRamp } from './types';

/** Message key of a month name, rendered with `{month:msg}`. @example monthKey(2) // 'leave.month.2' */
export const monthKey = (month: number): string => MONTH_KEYS[month] ?? `leave.month.${month}`;

// The twelve month keys are built once: every leave result names each month of its period.
const MONTH_KEYS = Array.from({ length: 13 }, (_, month) => `leave.month.${month}`);
const MONTH_IN_KEYS = Array.from({ length: 13 }, (_, month) => `leave.monthIn.${month}`);

/**
 * One step per month touched by the period, saying why it counts or not
 * ("14 giorni a febbraio: meno di 15"), then the total of twelfths.
 * @example explainMonths(e, coverMonths('2025-02-15', '2025-03-31', rule.value), rule)
 */
export function explainMonths(e: Explanation, months: readonly MonthCover[], rule: Figure<MonthRule>): number {
  const { minDays, comparison } = rule.value;
  let counted = 0;
  for (const m of months) {
    if (m.counted) counted += 1;
    const detailKey = `leave.detail.month${m.counted ? 'Counted' : m.covered === 1 ? 'NotCountedOne' : 'NotCounted'}.${comparison}`;
    const params = { days: m.covered, monthIn: MONTH_IN_KEYS[m.month] ?? `leave.monthIn.${m.month}`, threshold: minDays };
    e.step(figureStep({ label: { key: 'leave.step.month', params: { month: monthKey(m.month) } }, value: m.covered, detail: { key: detailKey, params } }, rule));
  }
  const params = { months: counted, touched: months.length, threshold: minDays };
  e.step(figureStep({ label: { key: 'leave.step.months' }, value: counted, detail: { key: `leave.detail.months.${comparison}`, params } }, rule));
  return counted;
}

interface Segment {
  from: number;
  to: number;
  share: number;
  years: number | null;
}

function segments(shares: readonly MonthShare[]): Segment[] {
  const out: Segment[] = [];
  for (const s of shares) {
    const last = out[out.length - 1];
    if (last && last.share === s.share && last.to === s.month - 1) last.to = s.month;
    else out.push({ from: s.month, to: s.month, share: s.share, years: s.years });
  }
  return out;
}

/** Completed years from which the full share is due (4 in D-LV-4). */
function fullShareYears(ramp: RolRamp): number | null {
  return ramp.steps.find((s) => s.share >= 1)?.fromYears ?? null;
}

/** The step of the ramp reached when the share changes: its anniversary explains the change. */
function changeStep(e: Explanation, hireDate: IsoDate, seg: Segment, ramp: Figure<RolRamp>): void {
  const step = [...ramp.value.steps].reverse().find((s) => s.share === seg.share);
  if (!step) return;
  const date = anniversary(hireDate, step.fromYears);
  const params = { date, years: step.fromYears, share: seg.share * 100, month: monthKey(seg.from) };
  e.step(figureStep({ label: { key: 'leave.step.rampChange' }, value: date, detail: { key: 'leave.detail.rampChange', params } }, ramp));
}

/**
 * The ROL ramp: no ramp (hire ≤ cut-off), assumed over (no hire date, C-6),
 * or the share of each run of months and the anniversaries that change it.
 * @example explainRamp(e, '2023-03-20', shares, ramp) // Jan–Mar 0 %, 20 Mar 2025 → Apr–Dec 50 %
 */
export function explainRamp(e: Explanation, hireDate: IsoDate | null, shares: readonly MonthShare[], ramp: Figure<RolRamp>): void {
  if (!rampApplies(hireDate, ramp.value)) {
    const key = hireDate === null ? 'leave.detail.rampAssumed' : 'leave.detail.rampNone';
    const params = { hire: hireDate, cutoff: ramp.value.noRampUpTo, years: fullShareYears(ramp.value) };
    e.step(figureStep({ label: { key: 'leave.step.ramp' }, value: 100, detail: { key, params } }, ramp));
    return;
  }
  segments(shares).forEach((seg, index, all) => {
    const previous = all[index - 1];
    if (previous && previous.share !== seg.share) changeStep(e, hireDate, seg, ramp);
    const label = { key: seg.from === seg.to ? 'leave.step.rampMonth' : 'leave.step.rampSegment', params: { from: monthKey(seg.from), to: monthKey(seg.to) } };
    const detail = { key: 'leave.detail.rampSegment', params: { years: seg.years, share: seg.share * 100, hire: hireDate } };
    e.step(figureStep({ label, value: seg.share * 100, detail }, ramp));
  });
}
