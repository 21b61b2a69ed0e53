/**
 * Small rules tables for the engine's own tests, so a change of the real
 * figures (src/rules/seniority.ts) never breaks them. Test-only module.
 */
import type { IsoDate } from '../core/dates';
import { FIXTURE_TERM_WARNINGS } from '../core/fixtures';
import type { SeniorityRules, SeniorityTerms } from './types';

const d = (text: string) => text as IsoDate;

/** Two steps every two years, amounts chosen to expose binary floating point (1.1 × 3). */
export const SHORT_TERMS: SeniorityTerms = {
  periodYears: 2,
  maxSteps: 3,
  stepRule: { status: 'cited-source', sourceIds: ['S51'] },
  startRule: { status: 'inferred', flags: ['practice'], sourceIds: ['S51'] },
  amounts: [
    { roles: ['A'], amount: 10, status: 'cited-source', sourceIds: ['S48'] },
    { roles: ['B'], amount: 1.1, status: 'cited-source', flags: ['verify'], sourceIds: ['S48'] },
  ],
  partTimeRule: { status: 'inferred', sourceIds: ['S51'] },
};

export const FIXTURE_RULES: SeniorityRules = {
  roles: { 'unimpresa-vvp-2021': ['A'], 'confcommercio-tds': ['A', 'B', 'C'], statute: [] },
  terms: {
    'unimpresa-vvp-2021': {
      id: 'fixture.unimpresa',
      entries: [{ validFrom: d('2010-01-01'), value: { ...SHORT_TERMS, stepRule: { status: 'inferred', sourceIds: ['S45'] } }, sourceIds: ['S45'], status: 'inferred' }],
    },
    'confcommercio-tds': {
      id: 'fixture.tds',
      entries: [{ validFrom: d('2000-01-01'), validTo: d('2030-12-31'), value: SHORT_TERMS, sourceIds: ['S51'], status: 'cited-source' }],
    },
  },
  cutoffs: {
    'confcommercio-tds': [{ roles: ['B'], hiredFrom: d('2001-01-01'), status: 'cited-source', sourceIds: ['S48'] }],
  },
  termWarnings: FIXTURE_TERM_WARNINGS,
};

/** Real-shaped step rule (every 3 years, at most 10) with made-up amounts with a wide window and no cut-off, for the properties. */
export const WIDE_RULES: SeniorityRules = {
  roles: { 'unimpresa-vvp-2021': ['ov1'], 'confcommercio-tds': ['IV', 'ov1'], statute: [] },
  terms: {
    'unimpresa-vvp-2021': {
      id: 'wide.unimpresa',
      entries: [{ validFrom: d('1900-01-01'), value: { ...SHORT_TERMS, periodYears: 3, maxSteps: 10, amounts: [{ roles: ['ov1'], amount: 7.77, status: 'inferred', sourceIds: ['S48'] }] }, sourceIds: ['S45'], status: 'inferred' }],
    },
    'confcommercio-tds': {
      id: 'wide.tds',
      entries: [{ validFrom: d('1900-01-01'), validTo: d('2399-12-31'), value: { ...SHORT_TERMS, periodYears: 3, maxSteps: 10, amounts: [{ roles: ['IV', 'ov1'], amount: 3.33, status: 'cited-source', sourceIds: ['S48'] }] }, sourceIds: ['S51'], status: 'cited-source' }],
    },
  },
  cutoffs: {},
};
