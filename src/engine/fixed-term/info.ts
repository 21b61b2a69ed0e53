/** Information lines, not-covered parts and warnings of RULES.md 4.8–4.9 and 0.3. */
import type { IsoDate } from '../core/dates';
import type { Explanation, RulesetId } from '../core/result';
import { valueOn } from '../core/rules';
import type { CcnlCaps } from './ccnl';
import type { CcnlQuotaTerms, FixedTermRules, StatuteCaps } from './types';

/**
 * W-3 on every fixed-term result of a CCNL whose signatories may not be
 * comparatively most representative (RULES.md 0.3: Unimpresa), caps or fine.
 * @example addRepresentativenessWarning(e) // e.warnings gains W-3
 */
export function addRepresentativenessWarning(e: Explanation): void {
  e.warn('W-3', 'warning.W-3', ['S14', 'S29']);
}

/**
 * C-15: the CCNL allows more than the law when its CTD cap, or its combined
 * allowance (`combinedCap`, else CTD + agency), exceeds the statute's.
 * @example ccnlAllowsMore({ fixedTermCap: 4, agencyCap: 2, combinedCap: 6, compensationCap: null }, { fixedTermCap: 2, combinedCap: 4 }) // true
 */
export function ccnlAllowsMore(ccnl: CcnlCaps, statute: StatuteCaps): boolean {
  if (ccnl.fixedTermCap > statute.fixedTermCap) return true;
  const combined = ccnl.combinedCap ?? ccnl.fixedTermCap + ccnl.agencyCap;
  return statute.combinedCap !== null && combined > statute.combinedCap;
}

/**
 * What the two bases are and who counts (RULES.md 4.2, C-12).
 * @example addBaseInfo(e, 'statute') // notes statuteBase, whoCounts, rounding
 */
export function addBaseInfo(e: Explanation, ruleset: RulesetId): void {
  e.note(ruleset === 'statute' ? 'fixedTerm.info.statuteBase' : 'fixedTerm.info.bothBases');
  e.note('fixedTerm.info.whoCounts');
  e.note('fixedTerm.info.rounding');
}

/**
 * Contracts left out of the caps, so the user leaves them out of the counts too.
 * @example addExemptInfo(e, null) // statute: art. 23(2)-(3) and art. 31(2) lists only
 */
export function addExemptInfo(e: Explanation, terms: CcnlQuotaTerms | null): void {
  if (terms?.supportContract) {
    const support = terms.supportContract.value;
    e.note('fixedTerm.info.ccnlExemptFixedTerm', { months: support.months, hours: support.trainingHours });
    e.note('fixedTerm.info.ccnlExemptAgency');
  }
  e.note('fixedTerm.info.statuteExempt');
  e.note('fixedTerm.info.agencyExempt');
}

/**
 * Consequences of going over the caps, the Art. 28 duty and the parts not covered.
 * @example addConsequences(e, rules, '2026-01-10', unimpresaTerms) // Art. 28 note, over-cap consequences, not-covered list
 */
export function addConsequences(e: Explanation, rules: FixedTermRules, date: IsoDate, terms: CcnlQuotaTerms | null): void {
  if (terms?.notification) e.note('fixedTerm.info.notifyCommission');
  e.note('fixedTerm.info.overFixedTerm');
  const agencyFine = valueOn(rules.agencyFine, date);
  if (agencyFine) e.note('fixedTerm.info.overAgency', { min: agencyFine.value.min, max: agencyFine.value.max });
  else e.note('fixedTerm.info.overAgencyNoFine');
  e.uncovered('fixedTerm.notCovered.counting');
  e.uncovered('fixedTerm.notCovered.durations');
  e.uncovered('fixedTerm.notCovered.agencyFineAmount');
  for (const key of terms?.notCovered ?? []) e.uncovered(key);
}

/**
 * Information of the fine form (RULES.md 4.3, 4.5).
 * @example addFineInfo(e) // same pay for all, suspensions, pay base, any cap, no conversion
 */
export function addFineInfo(e: Explanation): void {
  e.note('fixedTerm.info.fineSameForAll');
  e.note('fixedTerm.info.fineSuspensions');
  e.note('fixedTerm.info.finePayBase');
  e.note('fixedTerm.info.fineAnyCap');
  e.note('fixedTerm.info.fineNoConversion');
}
