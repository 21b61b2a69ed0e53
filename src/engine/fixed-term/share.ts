/** Percentage of a headcount rounded to whole contracts (D-FT-1). */
import { mul, roundHalfUp } from '../core/decimal';
import type { Message, Step } from '../core/result';
import type { Basis, RateText } from './types';

export interface Share {
  /** Rate in percent, for display (20, 15, 28, 30). */
  percent: number;
  base: number;
  /** Exact product before rounding (display only). */
  exact: number;
  rounded: number;
}

/**
 * rate × base in exact decimals, rounded with decimals ≥ 0.5 going up.
 * @example share('0.15', 50) // { percent: 15, base: 50, exact: 7.5, rounded: 8 }
 */
export function share(rate: RateText, base: number): Share {
  const exact = mul(rate, base);
  return { percent: Number(mul(rate, 100).toString()), base, exact: Number(exact.toString()), rounded: roundHalfUp(exact) };
}

/**
 * "20% × 12 = 2,4 → 2" for a step detail.
 * @example shareDetail(share('0.2', 12)) // { key: 'fixedTerm.detail.share', params: { percent: 20, base: 12, exact: 2.4, rounded: 2 } }
 */
export function shareDetail(s: Share): Message {
  return { key: 'fixedTerm.detail.share', params: { percent: s.percent, base: s.base, exact: s.exact, rounded: s.rounded } };
}

/**
 * The source fields of a figure for a step (never its `value`, which would overwrite the step's).
 * @example basisOf({ value: '0.2', sourceIds: ['S45'], status: 'seed' }) // { sourceIds: ['S45'], status: 'seed' }
 */
export function basisOf(b: Basis): Pick<Step, 'sourceIds' | 'status' | 'flags'> {
  return { sourceIds: b.sourceIds, status: b.status, ...(b.flags ? { flags: b.flags } : {}) };
}
