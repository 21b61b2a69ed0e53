/** Leave figures, RULES.md §2.3–2.4 (D-LV-1 … D-LV-6, C-5, C-6, C-9). */
import type { IsoDate } from '../engine/core/dates';
import type { Flag, Status } from '../engine/core/result';
import { table } from '../engine/core/rules';
import type { CcnlLeaveTerms, LeaveRules, StatuteLeaveTerms } from '../engine/leave/types';
import { TDS_FROM, TERM_WARNINGS, UNIMPRESA_FROM } from './rulesets';

/** D.Lgs. 66/2003 (GU 14.4.2003) in force from 29.4.2003: art. 10, 4 weeks of ferie. */
export const DLGS_66_2003_FROM = '2003-04-29' as IsoDate;

/**
 * The TDS 2011 renewal introduced the ROL ramp for "personale assunto
 * dall'1.3.2011" (Confcommercio's note, S67; R-2, was "after 26.2.2011"):
 * hires up to 28.2.2011 have no ramp (D-LV-4, C-6).
 */
const NO_RAMP_UP_TO = '2011-02-28' as IsoDate;

/**
 * TDS figures: `cited-source` under TDS; the same figures borrowed for
 * Unimpresa, whose Art. 35 is elided, are `inferred` (D-GEN-1, W-2).
 * The part-time factors are ours under every ruleset (`inferred`).
 */
function ccnlTerms(status: Status, rolOvDoubt: CcnlLeaveTerms['rolOvDoubt'], otherLeaveKey: string): CcnlLeaveTerms {
  const flagged = (flags: Flag[]) => ({ status, flags });
  return {
    kind: 'ccnl',
    // "rateo 15 gg"; other CCNLs say "more than 15" (D-LV-2): flagged.
    monthRule: { value: { minDays: 15, comparison: 'at-least' }, ...flagged(['contested']), sourceIds: ['S47', 'S60'] },
    ferieDaysPerYear: { value: 26, status, sourceIds: ['S47', 'S50'] },
    weekDays: 6,
    exFestivitaHoursPerYear: { value: 32, status, sourceIds: ['S24', 'S47', 'S50'] },
    rolHours: { value: { smallMaxEmployees: 15, smallHours: 56, largeHours: 72 }, status, sourceIds: ['S47', 'S50'] },
    // A minority reading gives 50 % of the total in years 1–2: logged, not used.
    rolRamp: {
      value: { noRampUpTo: NO_RAMP_UP_TO, steps: [{ fromYears: 0, share: 0 }, { fromYears: 2, share: 0.5 }, { fromYears: 4, share: 1 }] },
      // Contested on the start date: a consultant says "dopo il 26 febbraio 2011"; the signatory's note is followed.
      ...flagged(['contested']),
      sourceIds: ['S50', 'S67'],
    },
    verticalFactor: { value: null, status: 'inferred', sourceIds: ['S09', 'S61'] },
    horizontalFactor: { value: null, status: 'inferred', sourceIds: ['S09', 'S61'] },
    rolOvDoubt,
    otherLeaveKey,
  };
}

const STATUTE_TERMS: StatuteLeaveTerms = {
  kind: 'statute',
  // Twelfths under the law alone are payroll practice (D-LV-6).
  monthRule: { value: { minDays: 15, comparison: 'at-least' }, status: 'cited-source', flags: ['practice'], sourceIds: ['S60', 'S62'] },
  weeksPerYear: { value: 4, status: 'cited-source', sourceIds: ['S07', 'S62'] },
  verticalFactor: { value: null, status: 'inferred', sourceIds: ['S09', 'S61'] },
  horizontalFactor: { value: null, status: 'inferred', sourceIds: ['S09', 'S61'] },
  otherLeaveKey: 'leave.notCovered.otherLeaveStatute',
};

export const LEAVE_RULES: LeaveRules = {
  terms: {
    'unimpresa-vvp-2021': table('leave.unimpresa-vvp-2021', [
      // Every Unimpresa role is an OV: the G9 doubt on ROL always applies.
      { validFrom: UNIMPRESA_FROM, value: ccnlTerms('inferred', 'always', 'leave.notCovered.otherLeave'), sourceIds: ['S45', 'S47', 'S50'], status: 'inferred' },
    ]),
    'confcommercio-tds': table('leave.confcommercio-tds', [
      // Open-ended: after 31.03.2027 the figures keep applying with W-5 (D-GEN-5, R-5).
      { validFrom: TDS_FROM, value: ccnlTerms('cited-source', 'if-ov', 'leave.notCovered.otherLeaveTds'), sourceIds: ['S47', 'S50'], status: 'cited-source' },
    ]),
    statute: table('leave.statute', [
      { validFrom: DLGS_66_2003_FROM, value: STATUTE_TERMS, sourceIds: ['S07'], status: 'cited-source' },
    ]),
  },
  // Art. 10 D.Lgs. 66/2003: 2 weeks in the year of accrual, the rest within 18 months after it.
  usage: table('leave.usage', [
    { validFrom: DLGS_66_2003_FROM, value: { inYearWeeks: 2, restMonthsAfterYear: 18 }, sourceIds: ['S07'], status: 'cited-source' },
  ]),
  defaultWorkingDaysPerWeek: 5,
  maxDaysPerWeek: 6,
  termWarnings: TERM_WARNINGS,
};
