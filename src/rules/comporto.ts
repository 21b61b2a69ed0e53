/** Comporto figures, RULES-probation-comporto.md §10.3 (D-CO-1, D-CO-2, D-CO-7, D-CO-12). */
import { table } from '../engine/core/rules';
import type { ComportoTerms } from '../engine/comporto/types';
import { TDS_FROM, TERM_WARNINGS, UNIMPRESA_FROM } from './rulesets';

/** TDS arts. 175, 177, 181 (2015 numbering) as transcribed, confirmed for 2026 by the union sheet. */
const TDS_TERMS: ComportoTerms = {
  sicknessDays: { value: 180, status: 'cited-source', flags: ['verify'], sourceIds: ['S47', 'S81', 'S82'] },
  injuryDays: { value: 180, status: 'cited-source', flags: ['verify'], sourceIds: ['S81', 'S88', 'S47'] },
  // "Anno solare" read as the 365 days ending on the day of the check; the anchoring varies between decisions.
  windowDays: { value: 365, status: 'cited-source', flags: ['contested'], sourceIds: ['S82', 'S83', 'S84'] },
  unpaidLeaveDays: { value: 120, status: 'cited-source', sourceIds: ['S47', 'S84', 'S81'] },
  probationCeilingMonths: 6,
};

/** Seed Art. 41 is a title only: the TDS figures, inferred (D-GEN-1, W-1, W-2). */
const UNIMPRESA_TERMS: ComportoTerms = {
  sicknessDays: { value: 180, status: 'inferred', sourceIds: ['S45', 'S47', 'S81'] },
  injuryDays: { value: 180, status: 'inferred', sourceIds: ['S45', 'S81'] },
  windowDays: { value: 365, status: 'inferred', flags: ['contested'], sourceIds: ['S82', 'S83', 'S84'] },
  unpaidLeaveDays: { value: 120, status: 'inferred', sourceIds: ['S45', 'S47'] },
  probationCeilingMonths: 6,
};

export const COMPORTO_RULES = {
  terms: {
    'unimpresa-vvp-2021': table<ComportoTerms>('comporto.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: UNIMPRESA_TERMS, sourceIds: ['S45', 'S47'], status: 'inferred' },
    ]),
    'confcommercio-tds': table<ComportoTerms>('comporto.confcommercio-tds', [
      { validFrom: TDS_FROM, value: TDS_TERMS, sourceIds: ['S47', 'S81'], status: 'cited-source', flags: ['verify'] },
    ]),
    // statute: no entry — art. 2110 c.c. sets no number of days (D-CO-11).
  },
  termWarnings: TERM_WARNINGS,
};
