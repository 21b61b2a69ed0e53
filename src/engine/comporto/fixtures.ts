/** Comporto rules for engine unit tests: a short limit and window chosen here, unlike the real 180 in 365. */
import type { IsoDate } from '../core/dates';
import { FIXTURE_TERM_WARNINGS } from '../core/fixtures';
import { table } from '../core/rules';
import type { ComportoRules, ComportoTerms } from './types';

const figure = (value: number): ComportoTerms['sicknessDays'] => ({ value, status: 'cited-source', sourceIds: ['S81'] });

export const FIXTURE_COMPORTO_TERMS: ComportoTerms = {
  sicknessDays: figure(10),
  injuryDays: figure(5),
  windowDays: { value: 30, status: 'cited-source', flags: ['contested'], sourceIds: ['S82'] },
  unpaidLeaveDays: figure(7),
  probationCeilingMonths: 1,
};

export const FIXTURE_COMPORTO_RULES: ComportoRules = {
  terms: {
    'confcommercio-tds': table('fx.comporto.tds', [{ validFrom: '2000-01-01' as IsoDate, value: FIXTURE_COMPORTO_TERMS, sourceIds: ['S81'], status: 'cited-source' }]),
    'unimpresa-vvp-2021': table('fx.comporto.unimpresa', [{ validFrom: '2010-01-01' as IsoDate, value: FIXTURE_COMPORTO_TERMS, sourceIds: ['S81'], status: 'inferred' }]),
  },
  termWarnings: FIXTURE_TERM_WARNINGS,
};
