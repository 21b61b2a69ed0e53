/**
 * Small rules tables for the engine's own tests, so a change of the real
 * figures (src/rules/leave.ts) never breaks them. Test-only module. The
 * figures differ on purpose from the real ones (20 days on a 5-day week,
 * 24 h, ROL 40/60 split at 10, ramp 0/1/3 years, a "more than 15" rule).
 */
import { FIXTURE_TERM_WARNINGS } from '../core/fixtures';
import type { IsoDate } from '../core/dates';
import type { CcnlLeaveTerms, LeaveRules, StatuteLeaveTerms } from './types';

const d = (text: string) => text as IsoDate;

export const FIXTURE_CCNL: CcnlLeaveTerms = {
  kind: 'ccnl',
  monthRule: { value: { minDays: 15, comparison: 'at-least' }, status: 'inferred', flags: ['contested'], sourceIds: ['S60'] },
  ferieDaysPerYear: { value: 20, status: 'inferred', sourceIds: ['S50'] },
  weekDays: 5,
  exFestivitaHoursPerYear: { value: 24, status: 'inferred', sourceIds: ['S24'] },
  rolHours: { value: { smallMaxEmployees: 10, smallHours: 40, largeHours: 60 }, status: 'inferred', sourceIds: ['S50'] },
  rolRamp: {
    value: { noRampUpTo: d('2000-01-01'), steps: [{ fromYears: 0, share: 0 }, { fromYears: 1, share: 0.5 }, { fromYears: 3, share: 1 }] },
    status: 'inferred',
    sourceIds: ['S50'],
  },
  verticalFactor: { value: null, status: 'inferred', sourceIds: ['S09'] },
  horizontalFactor: { value: null, status: 'inferred', sourceIds: ['S09'] },
  rolOvDoubt: 'always',
  otherLeaveKey: 'fx.otherLeave.unimpresa',
};

/** The TDS fixture counts a month only from more than 15 days and is `cited-source`. */
const FIXTURE_TDS: CcnlLeaveTerms = {
  ...FIXTURE_CCNL,
  monthRule: { value: { minDays: 15, comparison: 'more-than' }, status: 'cited-source', sourceIds: ['S60'] },
  ferieDaysPerYear: { value: 20, status: 'cited-source', sourceIds: ['S50'] },
  rolOvDoubt: 'if-ov',
  otherLeaveKey: 'fx.otherLeave.tds',
};

const FIXTURE_STATUTE: StatuteLeaveTerms = {
  kind: 'statute',
  monthRule: { value: { minDays: 15, comparison: 'at-least' }, status: 'cited-source', flags: ['practice'], sourceIds: ['S62'] },
  weeksPerYear: { value: 4, status: 'cited-source', sourceIds: ['S07'] },
  verticalFactor: { value: null, status: 'inferred', sourceIds: ['S09'] },
  horizontalFactor: { value: null, status: 'inferred', sourceIds: ['S09'] },
  otherLeaveKey: 'fx.otherLeave.statute',
};

export const FIXTURE_RULES: LeaveRules = {
  terms: {
    'unimpresa-vvp-2021': { id: 'fixture.unimpresa', entries: [{ validFrom: d('2010-01-01'), value: FIXTURE_CCNL, sourceIds: ['S45'], status: 'inferred' }] },
    'confcommercio-tds': {
      id: 'fixture.tds',
      entries: [{ validFrom: d('2005-01-01'), validTo: d('2030-12-31'), value: FIXTURE_TDS, sourceIds: ['S47'], status: 'cited-source' }],
    },
    statute: { id: 'fixture.statute', entries: [{ validFrom: d('2000-01-01'), value: FIXTURE_STATUTE, sourceIds: ['S07'], status: 'cited-source' }] },
  },
  usage: { id: 'fixture.usage', entries: [{ validFrom: d('2000-01-01'), value: { inYearWeeks: 2, restMonthsAfterYear: 12 }, sourceIds: ['S07'], status: 'cited-source' }] },
  defaultWorkingDaysPerWeek: 5,
  maxDaysPerWeek: 6,
  termWarnings: FIXTURE_TERM_WARNINGS,
};

export const CTX = { rulesVersion: 'test' };
