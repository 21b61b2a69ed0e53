/**
 * Fixed-term and agency quota figures, RULES.md §4.3 (Tables 4-A, 4-B, 4-C).
 * Windows (D-GEN-5, rev. 2): the calculator answers from 14.7.2018 (D.L.
 * 87/2018, the statutory frame with the combined 30%) under every ruleset,
 * because every result carries the statutory comparison; Unimpresa from its
 * signature (15.3.2021). No window has an end (ultrattività, W-1/W-5).
 * The art. 40 agency fine (information) from 25.6.2015 (D.Lgs. 81/2015).
 */
import type { IsoDate } from '../engine/core/dates';
import { table } from '../engine/core/rules';
import type { CcnlQuotaTerms, FixedTermRules } from '../engine/fixed-term/types';
import { TERM_WARNINGS, UNIMPRESA_FROM } from './rulesets';

/** D.L. 87/2018: the statutory frame the calculator models, combined 30% included (D-GEN-5). */
export const FIXED_TERM_FROM = '2018-07-14' as IsoDate;
export const DLGS_81_2015_FROM = '2015-06-25' as IsoDate;

/** Seed 004, Arts. 21, 23, 28, 29; the readings of G5 are `inferred`. */
const UNIMPRESA_TERMS: CcnlQuotaTerms = {
  base: { sourceIds: ['S45'], status: 'inferred' },
  fixedTermRate: { value: '0.2', sourceIds: ['S45'], status: 'seed' },
  agencyRate: { value: '0.15', sourceIds: ['S45'], status: 'seed' },
  compensationRate: { value: '0.28', sourceIds: ['S45'], status: 'seed' },
  // garbled Art. 24 is the TDS art. 74 clause with its figure lost; the TDS 28% is the likely reading.
  combinedRate: { value: '0.28', sourceIds: ['S45', 'S66'], status: 'inferred' },
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
  // W-3: whether Unimpresa/Confail are comparatively most representative is unknown (G6, C-21).
  representativeness: 'unknown',
  notes: ['fixedTerm.info.unimpresaCombinedRead'],
  notCovered: ['fixedTerm.notCovered.elidedArticles'],
};

/** Table 4-C: TDS arts. 71, 73, 74 read in a transcription (S66) and consultants' summaries (S68); G12. */
const TDS_CHECK = { status: 'cited-source', flags: ['verify'] } as const;
const TDS_TERMS: CcnlQuotaTerms = {
  // Base date and whether hires or contracts in force count are not stated (G12).
  base: { sourceIds: ['S66'], status: 'inferred' },
  fixedTermRate: { value: '0.2', sourceIds: ['S66', 'S68'], ...TDS_CHECK },
  agencyRate: { value: '0.15', sourceIds: ['S66'], status: 'cited-source', flags: ['verify', 'single-source'] },
  compensationRate: { value: '0.28', sourceIds: ['S66'], ...TDS_CHECK },
  combinedRate: { value: '0.28', sourceIds: ['S66', 'S68'], ...TDS_CHECK },
  bands: {
    value: [
      { upTo: 15, fixedTermFloor: 4, agencyFloor: 2, combinedAllowance: 6 },
      { upTo: 30, fixedTermFloor: 6, agencyFloor: 5, combinedAllowance: null },
      { upTo: null, fixedTermFloor: 0, agencyFloor: 0, combinedAllowance: null },
    ],
    sourceIds: ['S66', 'S68'],
    ...TDS_CHECK,
  },
  bandReading: { sourceIds: ['S66'], status: 'inferred' },
  floorReading: { sourceIds: ['S66'], ...TDS_CHECK },
  // Art. 73 commi 2–3 could not be read: the Unimpresa figures, which copy the TDS wording.
  agencyFloorReading: { sourceIds: ['S66', 'S45'], status: 'inferred', flags: ['verify'] },
  combined: { sourceIds: ['S66'], ...TDS_CHECK },
  rounding: { sourceIds: ['S66', 'S11'], status: 'inferred' },
  // Signed by Filcams CGIL, Fisascat CISL, Uiltucs UIL: its caps replace the statutory ones (art. 51), no W-3.
  representativeness: 'most-representative',
  notes: ['fixedTerm.info.tdsBase', 'fixedTerm.info.tdsTranscription', 'fixedTerm.info.tdsRepresentative', 'fixedTerm.info.tdsExemptFixedTerm'],
  notCovered: [],
};

export const FIXED_TERM_RULES: FixedTermRules = {
  ccnl: {
    'unimpresa-vvp-2021': table('fixed-term.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: UNIMPRESA_TERMS, sourceIds: ['S45'], status: 'seed' },
    ]),
    // modelled from rev. 2 (was not-covered); the calculator's window starts on 14.7.2018.
    'confcommercio-tds': table('fixed-term.confcommercio-tds', [
      { validFrom: FIXED_TERM_FROM, value: TDS_TERMS, sourceIds: ['S66', 'S68'], status: 'cited-source', flags: ['verify'] },
    ]),
  },
  statuteFixedTerm: table('fixed-term.statute.fixed-term', [
    {
      validFrom: FIXED_TERM_FROM,
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
      validFrom: FIXED_TERM_FROM,
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
      validFrom: FIXED_TERM_FROM,
      // the monthly amount per worker is rounded to whole euros before it is multiplied (circ. 18/2014 via S64).
      value: { singleRate: '0.2', multipleRate: '0.5', singleMaxWorkers: 1, extraDaysOver: 15, monthlyRoundingPlaces: 0 },
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
  termWarnings: TERM_WARNINGS,
};
