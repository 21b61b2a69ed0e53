/** The statute's caps: arts. 23(1) and 31(2) D.Lgs. 81/2015 (D-FT-3, RULES.md 4.5 step 3). */
import type { IsoDate } from '../core/dates';
import type { Explanation } from '../core/result';
import { inForce, valueOn } from '../core/rules';
import { basisStep, share, shareDetail, shareNotBelow } from './share';
import type { FixedTermRules, StatuteCaps } from './types';

export interface StatuteBases {
  /** Permanent staff of the whole employer on 1 January (`companyPermanentHeadcount` ?? base). */
  base: number;
  baseDefaulted: boolean;
  /** All employees of the employer (`companyEmployees` ?? `unitEmployees` ?? base). */
  companyEmployees: number;
}

function explainBase(e: Explanation, bases: StatuteBases): void {
  e.step({
    label: { key: 'fixedTerm.step.statuteBase' },
    value: bases.base,
    detail: { key: bases.baseDefaulted ? 'fixedTerm.detail.statuteBaseDefaulted' : 'fixedTerm.detail.statuteBase' },
    sourceIds: ['S11', 'S28'],
    status: 'cited-source',
  });
}

/** CTD cap: round(20% × base), at least 1 for employers with up to 5 employees. */
function statuteFixedTermCap(e: Explanation, rules: FixedTermRules, date: IsoDate, bases: StatuteBases): number {
  const terms = inForce(rules.statuteFixedTerm, date, 'date').value;
  const pct = share(terms.rate.value, bases.base);
  e.step(basisStep({ label: { key: 'fixedTerm.step.statuteFixedTermShare' }, value: pct.rounded, detail: shareDetail(pct) }, terms.rate));
  if (bases.companyEmployees > terms.smallEmployerMax) return pct.rounded;
  const cap = Math.max(pct.rounded, terms.smallEmployerMin);
  e.step(
    basisStep(
      {
        label: { key: 'fixedTerm.step.smallEmployer' },
        value: cap,
        detail: { key: 'fixedTerm.detail.smallEmployer', params: { employees: bases.companyEmployees, max: terms.smallEmployerMax, min: terms.smallEmployerMin } },
      },
      terms.smallEmployer,
    ),
  );
  return cap;
}

/** CTD + agency: max(round(30% × base), CTD cap); null (not covered) before art. 31(2) set it. */
function statuteCombinedCap(e: Explanation, rules: FixedTermRules, date: IsoDate, base: number, fixedTermCap: number): number | null {
  const entry = valueOn(rules.statuteCombined, date);
  if (!entry) {
    e.uncovered('fixedTerm.notCovered.statuteCombinedBefore', { date, from: rules.statuteCombined.entries[0]?.validFrom ?? null });
    return null;
  }
  const terms = entry.value;
  return shareNotBelow(e, { rate: terms.rate, base, fixedTermCap, reading: terms.notBelowFixedTerm, keys: COMBINED_KEYS });
}

const COMBINED_KEYS = {
  shareStep: 'fixedTerm.step.statuteCombinedShare',
  liftedStep: 'fixedTerm.step.statuteCombinedLifted',
  liftedDetail: 'fixedTerm.detail.statuteCombinedLifted',
  liftedNote: 'fixedTerm.info.statuteCombinedLifted',
};

/**
 * The statutory caps, always computed (D-FT-6) with their steps.
 * @example statuteCaps(e, rules, '2026-01-10', { base: 100, baseDefaulted: true, companyEmployees: 100 })
 *   // { fixedTermCap: 20, combinedCap: 30 }
 */
export function statuteCaps(e: Explanation, rules: FixedTermRules, date: IsoDate, bases: StatuteBases): StatuteCaps {
  explainBase(e, bases);
  const fixedTermCap = statuteFixedTermCap(e, rules, date, bases);
  return { fixedTermCap, combinedCap: statuteCombinedCap(e, rules, date, bases.base, fixedTermCap) };
}
