/**
 * Fixed-term and agency quotas calculator, RULES.md §4: the CCNL and the
 * statutory caps side by side (D-FT-6), the headroom left by the contracts in
 * force, and the art. 23(4) fine form.
 */
import { Explanation, refuse, runSafely, success, type CalcResult, type CalcSuccess, type RulesetId } from '../core/result';
import { inForce, valueOn } from '../core/rules';
import { addRulesetWarnings } from '../core/warnings';
import { ccnlCaps, type CcnlCaps } from './ccnl';
import { fineFor } from './fine';
import { addBaseInfo, addConsequences, addExemptInfo, addFineInfo, addRepresentativenessWarning, ccnlAllowsMore } from './info';
import { statuteCaps, type StatuteBases } from './statute';
import type { FixedTermCapsOutputs, FixedTermEngineContext, FixedTermOutputs, FixedTermRules, Headroom, SafeCaps, StatuteCaps } from './types';
import { readFixedTermInput, type CapsInput, type FixedTermInput } from './validate';

export * from './types';
export { bandFor } from './ccnl';
export { countedMonths } from './fine';
export { share } from './share';
export { readFixedTermInput } from './validate';

type Caps = Pick<FixedTermCapsOutputs, 'fixedTermCap' | 'agencyCap' | 'combinedCap'>;

/** C-12 bases and their defaults (RULES.md 4.5 step 2); the statute's own base is not a default under `statute`. */
function statuteBases(e: Explanation, caps: CapsInput, ccnlRuleset: boolean): StatuteBases {
  const base = caps.companyPermanentHeadcount ?? caps.permanentHeadcount;
  const baseDefaulted = ccnlRuleset && caps.companyPermanentHeadcount === null;
  if (baseDefaulted) e.defaulted('companyPermanentHeadcount');
  if (caps.companyEmployees === null) e.defaulted('companyEmployees');
  return { base, baseDefaulted, companyEmployees: caps.companyEmployees ?? caps.unitEmployees ?? base };
}

/**
 * Cap − contracts in force for each cap (negative = over the cap).
 * @example headroomFor(caps({ fixedTermInForce: 5, agencyInForce: 1 }), { fixedTermCap: 4, agencyCap: 2, combinedCap: 6 }, { fixedTermCap: 2, combinedCap: 4 })
 *   // { fixedTerm: -1, agency: 1, combined: 0, statuteFixedTerm: -3, statuteCombined: -2 }
 */
export function headroomFor(caps: CapsInput, top: Caps, statute: StatuteCaps): Headroom | null {
  const { fixedTermInForce: ft, agencyInForce: ag } = caps;
  if (ft === null && ag === null) return null;
  const left = (cap: number | null, used: number | null) => (cap === null || used === null ? null : cap - used);
  const both = ft === null || ag === null ? null : ft + ag;
  return {
    fixedTerm: left(top.fixedTermCap, ft),
    agency: left(top.agencyCap, ag),
    combined: left(top.combinedCap, both),
    statuteFixedTerm: left(statute.fixedTermCap, ft),
    statuteCombined: left(statute.combinedCap, both),
  };
}

function explainHeadroom(e: Explanation, headroom: Headroom | null): void {
  if (!headroom) return;
  e.note('fixedTerm.info.inForceCounts');
  for (const [name, value] of Object.entries(headroom)) {
    if (value === null) continue;
    e.step({ label: { key: `fixedTerm.step.headroom.${name}` }, value, detail: { key: value < 0 ? 'fixedTerm.detail.overCap' : 'fixedTerm.detail.headroom', params: { left: value, over: -value } }, sourceIds: [] });
  }
  if (Object.values(headroom).some((v) => v !== null && v < 0)) e.warn('over-cap', 'fixedTerm.warning.overCap');
}

function topCaps(ccnl: CcnlCaps | null, statute: StatuteCaps): Omit<FixedTermCapsOutputs, 'statute' | 'ccnlAllowsMore' | 'headroom'> {
  if (ccnl) return ccnl;
  return { fixedTermCap: statute.fixedTermCap, agencyCap: null, combinedCap: statute.combinedCap, compensationCap: null };
}

/** The CCNL table of a ruleset, looked up as an own property only. */
function ccnlTable(rules: FixedTermRules, ruleset: RulesetId) {
  return Object.hasOwn(rules.ccnl, ruleset) ? rules.ccnl[ruleset] : undefined;
}

/**
 * C-21: for each cap the lower of the CCNL and the statutory figure, when the
 * CCNL's own caps may not count (W-3).
 * @example safeCaps({ fixedTermCap: 6, combinedCap: 7, … }, { fixedTermCap: 5, combinedCap: 8 }) // { fixedTermCap: 5, combinedCap: 7 }
 */
export function safeCaps(ccnl: CcnlCaps, statute: StatuteCaps): SafeCaps {
  const ccnlCombined = ccnl.combinedCap ?? ccnl.fixedTermCap + ccnl.agencyCap;
  const combinedCap = statute.combinedCap === null ? ccnlCombined : Math.min(ccnlCombined, statute.combinedCap);
  return { fixedTermCap: Math.min(ccnl.fixedTermCap, statute.fixedTermCap), combinedCap };
}

function explainSafe(e: Explanation, safe: SafeCaps, ccnl: CcnlCaps, statute: StatuteCaps): void {
  const params = { fixedTerm: safe.fixedTermCap, combined: safe.combinedCap, ccnlFixedTerm: ccnl.fixedTermCap, statuteFixedTerm: statute.fixedTermCap };
  e.step({ label: { key: 'fixedTerm.step.safe.fixedTerm' }, value: safe.fixedTermCap, detail: { key: 'fixedTerm.detail.safe', params: { ccnl: ccnl.fixedTermCap, statute: statute.fixedTermCap, safe: safe.fixedTermCap } }, sourceIds: ['S14', 'S29'], status: 'inferred' });
  const ccnlCombined = ccnl.combinedCap ?? ccnl.fixedTermCap + ccnl.agencyCap;
  e.step({ label: { key: 'fixedTerm.step.safe.combined' }, value: safe.combinedCap, detail: { key: 'fixedTerm.detail.safe', params: { ccnl: ccnlCombined, statute: statute.combinedCap, safe: safe.combinedCap } }, sourceIds: ['S14', 'S29'], status: 'inferred' });
  e.note('fixedTerm.info.safeAnswer', params);
}

function capsResult(input: FixedTermInput, caps: CapsInput, rules: FixedTermRules, ctx: FixedTermEngineContext): CalcSuccess<FixedTermOutputs> {
  const e = new Explanation();
  if (input.dateDefaulted) e.defaulted('date');
  const isStatute = input.ruleset === 'statute';
  const table = isStatute ? undefined : ccnlTable(rules, input.ruleset);
  if (!isStatute && !table) refuse('not-covered', 'ruleset', 'fixedTerm.error.ccnlNotCovered', { ruleset: input.ruleset }, ['S47']);
  const terms = table ? inForce(table, input.date, 'date').value : null;
  if (terms && caps.unitEmployees === null) e.defaulted('unitEmployees');
  const ccnl = terms ? ccnlCaps(e, terms, caps.permanentHeadcount, caps.unitEmployees ?? caps.permanentHeadcount, caps.compensation) : null;
  const statute = statuteCaps(e, rules, input.date, statuteBases(e, caps, terms !== null));
  const doubtful = terms?.representativeness === 'unknown';
  const more = ccnl !== null && ccnlAllowsMore(ccnl, statute);
  if (more && ccnl && doubtful) {
    const combined = ccnl.combinedCap ?? ccnl.fixedTermCap + ccnl.agencyCap;
    const params = { fixedTerm: ccnl.fixedTermCap, statuteFixedTerm: statute.fixedTermCap, combined, statuteCombined: statute.combinedCap };
    e.warn('ccnl-allows-more', 'fixedTerm.warning.ccnlAllowsMore', ['S14', 'S29'], params);
  }
  const safe = ccnl && doubtful ? safeCaps(ccnl, statute) : undefined;
  if (safe && ccnl) explainSafe(e, safe, ccnl, statute);
  if (isStatute && caps.compensation) e.note('fixedTerm.info.compensationStatute');
  const top = topCaps(ccnl, statute);
  const headroom = headroomFor(caps, top, statute);
  explainHeadroom(e, headroom);
  addBaseInfo(e, input.ruleset);
  for (const key of terms?.notes ?? []) e.note(key);
  addExemptInfo(e, terms);
  addConsequences(e, rules, input.date, terms);
  if (doubtful) addRepresentativenessWarning(e);
  addRulesetWarnings(e, input.ruleset, { borrowsFromTds: false, terms: { warnings: rules.termWarnings, date: input.date } });
  const { fixedTermCap, agencyCap, combinedCap, compensationCap } = top;
  const outputs: FixedTermCapsOutputs = safe
    ? { fixedTermCap, agencyCap, combinedCap, compensationCap, statute, safe, ccnlAllowsMore: more, headroom }
    : { fixedTermCap, agencyCap, combinedCap, compensationCap, statute, ccnlAllowsMore: more, headroom };
  return success({ calculator: 'fixed-term', ruleset: input.ruleset, outputs, inputs: capsInputs(input, caps), explanation: e, rulesVersion: ctx.rulesVersion });
}

/** The caps inputs as used, spelled out in CapsInput order (a `...caps` spread after other keys was slow); the type catches a field left out. */
function capsInputs(input: FixedTermInput, caps: CapsInput): Record<string, unknown> {
  return {
    ruleset: input.ruleset,
    date: input.date,
    permanentHeadcount: caps.permanentHeadcount,
    unitEmployees: caps.unitEmployees,
    companyEmployees: caps.companyEmployees,
    companyPermanentHeadcount: caps.companyPermanentHeadcount,
    compensation: caps.compensation,
    fixedTermInForce: caps.fixedTermInForce,
    agencyInForce: caps.agencyInForce,
  } satisfies Pick<FixedTermInput, 'ruleset' | 'date'> & CapsInput;
}

function fineResult(input: FixedTermInput, rules: FixedTermRules, ctx: FixedTermEngineContext): CalcSuccess<FixedTermOutputs> {
  const e = new Explanation();
  if (input.dateDefaulted) e.defaulted('date');
  const fine = input.fine as NonNullable<FixedTermInput['fine']>;
  const outputs = fineFor(e, rules, input.date, fine);
  addFineInfo(e);
  const table = ccnlTable(rules, input.ruleset);
  if (table && valueOn(table, input.date)?.value.representativeness === 'unknown') addRepresentativenessWarning(e);
  addRulesetWarnings(e, input.ruleset, { borrowsFromTds: false, terms: { warnings: rules.termWarnings, date: input.date } });
  const inputs = { ruleset: input.ruleset, date: input.date, fine: { ...fine } };
  return success({ calculator: 'fixed-term', ruleset: input.ruleset, outputs, inputs, explanation: e, rulesVersion: ctx.rulesVersion });
}

/**
 * Caps form (no `fine`): CCNL and statutory caps; fine form (`fine` given): the art. 23(4) fine.
 * @example computeFixedTerm({ ruleset: 'unimpresa-vvp-2021', permanentHeadcount: 12 }, rules, ctx)
 *   // outputs: { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, compensationCap: null, statute: { fixedTermCap: 2, combinedCap: 4 }, … }
 * @example computeFixedTerm({ fine: { workersOver: 1, monthlyPay: 1500, months: 6, extraDays: 10 } }, rules, ctx)
 *   // outputs: { fineTotal: 1800, monthlyFinePerWorker: 300, perWorker: 1800, countedMonths: 6, ratePercent: 20 }
 */
export function computeFixedTerm(raw: unknown, rules: FixedTermRules, ctx: FixedTermEngineContext): CalcResult<FixedTermOutputs> {
  return runSafely('fixed-term', ctx.rulesVersion, () => {
    const input = readFixedTermInput(raw, ctx.today);
    return input.caps ? capsResult(input, input.caps, rules, ctx) : fineResult(input, rules, ctx);
  });
}
