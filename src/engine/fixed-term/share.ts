/** Percentage of a headcount rounded to whole contracts (D-FT-1). */
import { mul, roundHalfUp, type Decimal } from '../core/decimal';
import type { Explanation, Message, Step } from '../core/result';
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
  return { percent: ratePercent(rate), base, exact: displayNumber(exact), rounded: roundHalfUp(exact) };
}

// A handful of rate texts exist in the rules; their percentages are computed once.
const percents = new Map<RateText, number>();

/**
 * The rate in percent, for display.
 * @example ratePercent('0.15') // 15
 */
export function ratePercent(rate: RateText): number {
  let percent = percents.get(rate);
  if (percent === undefined) {
    percent = displayNumber(mul(rate, 100));
    percents.set(rate, percent);
  }
  return percent;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const TEN_15 = 10n ** 15n;

/**
 * `Number(value.toString())` without printing the digits. fraction.js prints
 * up to 15 decimals, so when the denominator divides 10^15 the text is the
 * exact value, whose nearest double is also the correctly rounded quotient
 * n / d of two safe integers. Anything else (long or repeating decimals)
 * takes the printed path, unchanged.
 * @example displayNumber(mul('0.15', 50)) // 7.5
 */
function displayNumber(value: Decimal): number {
  if (value.n <= MAX_SAFE && value.d <= MAX_SAFE && TEN_15 % value.d === 0n) return (value.s < 0n ? -Number(value.n) : Number(value.n)) / Number(value.d);
  return Number(value.toString());
}

/**
 * "20% × 12 = 2,4 → 2" for a step detail.
 * @example shareDetail(share('0.2', 12)) // { key: 'fixedTerm.detail.share', params: { percent: 20, base: 12, exact: 2.4, rounded: 2 } }
 */
export function shareDetail(s: Share): Message {
  return { key: 'fixedTerm.detail.share', params: { percent: s.percent, base: s.base, exact: s.exact, rounded: s.rounded } };
}

/**
 * Completes a fresh step with the source fields of its figure (never the
 * figure's `value`, which would overwrite the step's); `flags` only when the
 * figure has some. Assigned, not spread: spreads dominated the cost of a result.
 * @example basisStep({ label: { key: 'fixedTerm.step.band' }, value: 12 }, { value: '0.2', sourceIds: ['S45'], status: 'seed' })
 *   // { label, value: 12, sourceIds: ['S45'], status: 'seed' }
 */
export function basisStep(step: Omit<Step, 'sourceIds' | 'status' | 'flags'>, b: Basis): Step {
  const full = step as Step;
  full.sourceIds = b.sourceIds;
  full.status = b.status;
  if (b.flags) full.flags = b.flags;
  return full;
}

/** Message keys of a "share, but never below the CTD cap" computation (C-14). */
export interface LiftedKeys {
  shareStep: string;
  liftedStep: string;
  liftedDetail: string;
  liftedNote: string;
}

/**
 * max(round(rate × base), fixedTermCap) with its steps: the share, and when
 * the CTD cap lifts it, the lift with its reading and a note saying why (C-14).
 * Used by the Unimpresa offsetting cap and the statute's combined cap.
 * @example shareNotBelow(e, { rate: terms.rate, base: 1, fixedTermCap: 1, reading: terms.notBelowFixedTerm, keys }) // 1
 */
export function shareNotBelow(
  e: Explanation,
  args: { rate: { value: RateText } & Basis; base: number; fixedTermCap: number; reading: Basis; keys: LiftedKeys },
): number {
  const { rate, base, fixedTermCap, reading, keys } = args;
  const pct = share(rate.value, base);
  e.step(basisStep({ label: { key: keys.shareStep }, value: pct.rounded, detail: shareDetail(pct) }, rate));
  if (pct.rounded >= fixedTermCap) return pct.rounded;
  const params = { share: pct.rounded, cap: fixedTermCap };
  e.step(basisStep({ label: { key: keys.liftedStep }, value: fixedTermCap, detail: { key: keys.liftedDetail, params } }, reading));
  e.note(keys.liftedNote, params);
  return fixedTermCap;
}
