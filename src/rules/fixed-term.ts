/**
 * Fixed-term and agency quota figures, RULES.md §4.3 (Tables 4-A and 4-B).
 * Windows (decisions of the engines issue; CHANGELOG.md lines still to be added by the lead):
 * - statute 20% CTD cap from 21.3.2014 (D.L. 34/2014, now art. 23(1) D.Lgs. 81/2015);
 * - statute 30% CTD + agency cap from 14.7.2018 (D.L. 87/2018, art. 31(2));
 * - art. 23(4) fine rates from 21.3.2014; art. 40 agency fine from 25.6.2015 (D.Lgs. 81/2015);
 * - Unimpresa clauses from signature, open-ended (ultrattività, W-1).
 */
import type { IsoDate } from '../engine/core/dates';
import { table } from '../engine/core/rules';
import type { CcnlQuotaTerms, FixedTermRules } from '../engine/fixed-term/types';
import { UNIMPRESA_FROM } from './rulesets';

export const STATUTE_FIXED_TERM_FROM = '2014-03-21' as IsoDate;
export const STATUTE_COMBINED_FROM = '2018-07-14' as IsoDate;
export const DLGS_81_2015_FROM = '2015-06-25' as IsoDate;

/** Seed 004, Arts. 21, 23, 28, 29; the readings of G5 are `inferred`. */
const UNIMPRESA_TERMS: CcnlQuotaTerms = {
  base: { sourceIds: ['S45'], status: 'inferred' },
  fixedTermRate: { value: '0.2', sourceIds: ['S45'], status: 'seed' },
  agencyRate: { value: '0.15', sourceIds: ['S45'], status: 'seed' },
  compensationRate: { value: '0.28', sourceIds: ['S45'], status: 'seed' },
  bands: {
    value: [
      { upTo: 15, fixedTermFloor: 4, agencyFloor: 2, combinedAllowance: 6 },
      { upTo: 30, fixedTermFloor: 6, agencyFloor: 5, combinedAllowance: null },
      { upTo: null, fixedTermFloor: 0, agencyFloor: 0, combinedAllowance: null },
    ],
    sourceIds: ['S45'],
    status: 'seed',
  },
  // "fino a quindici", "da sedici a trenta" read as ≤ 15, > 15 and ≤ 30, > 30 (C-11).
  bandReading: { sourceIds: ['S45'], status: 'inferred' },
  // "In ogni caso": floors are minimum allowances, also under offsetting (D-FT-2).
  floorReading: { sourceIds: ['S45'], status: 'inferred' },
  combined: { sourceIds: ['S45'], status: 'seed' },
  // Rounding borrowed from art. 23(1) D.Lgs. 81/2015 (D-FT-1).
  rounding: { sourceIds: ['S45', 'S11'], status: 'inferred' },
  notification: { sourceIds: ['S45'], status: 'seed' },
  supportContract: { value: { months: 12, trainingHours: 16 }, sourceIds: ['S45'], status: 'seed' },
};

export const FIXED_TERM_RULES: FixedTermRules = {
  ccnl: {
    'unimpresa-vvp-2021': table('fixed-term.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: UNIMPRESA_TERMS, sourceIds: ['S45'], status: 'seed' },
    ]),
    // confcommercio-tds: no entry — its quota clauses were not researched (D-FT-4, G12).
  },
  statuteFixedTerm: table('fixed-term.statute.fixed-term', [
    {
      validFrom: STATUTE_FIXED_TERM_FROM,
      value: {
        rate: { value: '0.2', sourceIds: ['S11', 'S28'], status: 'cited-source' },
        smallEmployerMax: 5,
        smallEmployerMin: 1,
        smallEmployer: { sourceIds: ['S11'], status: 'cited-source' },
      },
      sourceIds: ['S11', 'S28'],
      status: 'cited-source',
    },
  ]),
  statuteCombined: table('fixed-term.statute.combined', [
    {
      validFrom: STATUTE_COMBINED_FROM,
      value: {
        rate: { value: '0.3', sourceIds: ['S12', 'S15'], status: 'cited-source' },
        // "Fermo restando il limite di cui all'art. 23": never below the CTD cap (C-14).
        notBelowFixedTerm: { sourceIds: ['S12', 'S11'], status: 'inferred' },
      },
      sourceIds: ['S12', 'S15'],
      status: 'cited-source',
    },
  ]),
  fine: table('fixed-term.fine', [
    {
      validFrom: STATUTE_FIXED_TERM_FROM,
      value: { singleRate: '0.2', multipleRate: '0.5', singleMaxWorkers: 1, extraDaysOver: 15 },
      sourceIds: ['S11', 'S64'],
      status: 'cited-source',
    },
  ]),
  agencyFine: table('fixed-term.agency-fine', [
    {
      validFrom: DLGS_81_2015_FROM,
      value: { min: 250, max: 1250 },
      sourceIds: ['S13'],
      status: 'inferred',
      flags: ['statute-text-not-checked'],
    },
  ]),
};
