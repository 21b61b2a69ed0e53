/** CCNL caps of Tables 4-A and 4-C (D-FT-2, D-FT-4, C-11, C-14; RULES.md 4.5 steps 5–6). */
import type { Explanation } from '../core/result';
import { refuse } from '../core/result';
import { basisStep, share, shareDetail, shareNotBelow } from './share';
import type { Basis, CcnlQuotaTerms, RateText, SizeBand } from './types';

export interface CcnlCaps {
  fixedTermCap: number;
  agencyCap: number;
  combinedCap: number | null;
  compensationCap: number | null;
}

/**
 * The size band of the unit: the first whose upper bound is ≥ the (real) count (C-11).
 * @example bandFor(15.5, bands) // index 1: "> 15 and ≤ 30"
 */
export function bandFor(unitEmployees: number, bands: readonly SizeBand[]): { band: SizeBand; index: number } {
  const index = bands.findIndex((b) => b.upTo === null || unitEmployees <= b.upTo);
  const band = bands[index];
  if (!band) return refuse('not-covered', 'unitEmployees', 'fixedTerm.error.noBand', { unit: unitEmployees });
  return { band, index };
}

function explainBand(e: Explanation, terms: CcnlQuotaTerms, unit: number, index: number): void {
  const bands = terms.bands.value;
  const lower = index > 0 ? (bands[index - 1]?.upTo ?? null) : null;
  const upper = bands[index]?.upTo ?? null;
  const key = lower === null ? 'fixedTerm.detail.bandFirst' : upper === null ? 'fixedTerm.detail.bandLast' : 'fixedTerm.detail.bandMiddle';
  e.step(basisStep({ label: { key: 'fixedTerm.step.band' }, value: unit, detail: { key, params: { unit, lower, upper } } }, terms.bandReading));
}

/** max(floor, round(rate × base)): the floors apply "in ogni caso" (D-FT-2). */
function flooredCap(e: Explanation, kind: 'fixedTerm' | 'agency', rate: { value: RateText } & Basis, floor: number, base: number, floorReading: Basis): number {
  const pct = share(rate.value, base);
  e.step(basisStep({ label: { key: `fixedTerm.step.ccnl.${kind}Share` }, value: pct.rounded, detail: shareDetail(pct) }, rate));
  if (floor === 0) return pct.rounded;
  const cap = Math.max(floor, pct.rounded);
  e.step(
    basisStep(
      {
        label: { key: `fixedTerm.step.ccnl.${kind}Cap` },
        value: cap,
        detail: { key: 'fixedTerm.detail.floor', params: { floor, share: pct.rounded, cap } },
      },
      floorReading,
    ),
  );
  if (floor > pct.rounded) e.note(`fixedTerm.info.${kind}FloorApplied`, { floor, share: pct.rounded });
  return cap;
}

/** The band's "in ogni caso" combined allowance alone (a CCNL with no combined rate). */
function combinedAllowance(e: Explanation, terms: CcnlQuotaTerms, band: SizeBand): number | null {
  const value = band.combinedAllowance;
  e.step(
    basisStep(
      {
        label: { key: 'fixedTerm.step.ccnl.combined' },
        value,
        detail: { key: value === null ? 'fixedTerm.detail.noCombined' : 'fixedTerm.detail.combined', params: { combined: value } },
      },
      terms.combined,
    ),
  );
  return value;
}

/**
 * CTD + agency together: max(round(rate × base), CTD cap, the band's combined
 * allowance); the floors prevail over the percentage (D-FT-2, D-FT-4, rev. 2).
 */
function combinedCap(e: Explanation, terms: CcnlQuotaTerms, band: SizeBand, base: number, fixedTermCap: number): number | null {
  const rate = terms.combinedRate;
  if (!rate) return combinedAllowance(e, terms, band);
  const pct = share(rate.value, base);
  e.step(basisStep({ label: { key: 'fixedTerm.step.ccnl.combinedShare' }, value: pct.rounded, detail: shareDetail(pct) }, rate));
  const allowance = band.combinedAllowance ?? 0;
  const cap = Math.max(pct.rounded, fixedTermCap, allowance);
  if (cap === pct.rounded) return cap;
  // The floor that lifts it: the band's combined 6 "in ogni caso", or the CTD cap (C-14).
  const byAllowance = allowance >= fixedTermCap;
  const params = { share: pct.rounded, cap, allowance: byAllowance ? allowance : null, fixedTerm: fixedTermCap };
  const detail = byAllowance ? 'fixedTerm.detail.combinedLiftedByFloor' : 'fixedTerm.detail.combinedLiftedByFixedTerm';
  e.step(basisStep({ label: { key: 'fixedTerm.step.ccnl.combinedLifted' }, value: cap, detail: { key: detail, params } }, byAllowance ? terms.combined : terms.floorReading));
  e.note(byAllowance ? 'fixedTerm.info.combinedFloorApplied' : 'fixedTerm.info.combinedLifted', params);
  return cap;
}

/** Offsetting between units: max(round(28% × base), CTD cap) (D-FT-2, C-14). */
function compensationCap(e: Explanation, terms: CcnlQuotaTerms, base: number, fixedTermCap: number): number {
  return shareNotBelow(e, { rate: terms.compensationRate, base, fixedTermCap, reading: terms.floorReading, keys: COMPENSATION_KEYS });
}

const COMPENSATION_KEYS = {
  shareStep: 'fixedTerm.step.ccnl.compensationShare',
  liftedStep: 'fixedTerm.step.ccnl.compensationLifted',
  liftedDetail: 'fixedTerm.detail.compensationLifted',
  liftedNote: 'fixedTerm.info.compensationLifted',
};

/**
 * The CCNL caps for a unit, with their steps.
 * @example ccnlCaps(e, unimpresaTerms, 25, 25, false) // { fixedTermCap: 6, agencyCap: 5, combinedCap: 7, compensationCap: null }
 */
export function ccnlCaps(e: Explanation, terms: CcnlQuotaTerms, base: number, unit: number, compensation: boolean): CcnlCaps {
  e.step(basisStep({ label: { key: 'fixedTerm.step.ccnlBase' }, value: base, detail: { key: 'fixedTerm.detail.ccnlBase' } }, terms.base));
  const { band, index } = bandFor(unit, terms.bands.value);
  explainBand(e, terms, unit, index);
  const fixedTermCap = flooredCap(e, 'fixedTerm', terms.fixedTermRate, band.fixedTermFloor, base, terms.floorReading);
  const agencyCap = flooredCap(e, 'agency', terms.agencyRate, band.agencyFloor, base, terms.agencyFloorReading ?? terms.floorReading);
  const combined = combinedCap(e, terms, band, base, fixedTermCap);
  const compensated = compensation ? compensationCap(e, terms, base, fixedTermCap) : null;
  e.step(basisStep({ label: { key: 'fixedTerm.step.ccnlRounding' }, detail: { key: 'fixedTerm.detail.ccnlRounding' } }, terms.rounding));
  return { fixedTermCap, agencyCap, combinedCap: combined, compensationCap: compensated };
}
