/** Small rule tables for the engine's unit tests: figures chosen here, so a change of the real figures breaks no unit test. */
import type { IsoDate } from '../core/dates';
import { table } from '../core/rules';
import type { CcnlQuotaTerms, FixedTermEngineContext, FixedTermRules, RateText, SizeBand } from './types';

export interface FixturePercents {
  fixedTerm: number;
  agency: number;
  compensation: number;
  statuteFixedTerm: number;
  statuteCombined: number;
}

const rate = (percent: number) => String(percent / 100) as RateText;

/** CCNL from 2020-01-01, statute CTD cap from 2010-01-01, combined from 2015-01-01, fine from 2010-01-01. */
export function fixtureRules(p: FixturePercents, bands: readonly SizeBand[]): FixedTermRules {
  const seed = { sourceIds: ['S45'], status: 'seed' } as const;
  const inferred = { sourceIds: ['S45'], status: 'inferred' } as const;
  const terms: CcnlQuotaTerms = {
    base: inferred,
    fixedTermRate: { value: rate(p.fixedTerm), ...seed },
    agencyRate: { value: rate(p.agency), ...seed },
    compensationRate: { value: rate(p.compensation), ...seed },
    bands: { value: bands, ...seed },
    bandReading: inferred,
    floorReading: inferred,
    combined: seed,
    rounding: inferred,
    notification: seed,
    supportContract: { value: { months: 9, trainingHours: 7 }, ...seed },
    representativeness: 'unknown',
    notes: [],
    notCovered: ['fixedTerm.notCovered.elidedArticles'],
  };
  const cited = { sourceIds: ['S11'], status: 'cited-source' } as const;
  return {
    ccnl: { 'unimpresa-vvp-2021': table('fx.ccnl', [{ validFrom: '2020-01-01' as IsoDate, value: terms, ...seed }]) },
    statuteFixedTerm: table('fx.statute', [
      {
        validFrom: '2010-01-01' as IsoDate,
        value: { rate: { value: rate(p.statuteFixedTerm), ...cited }, smallEmployerMax: 3, smallEmployerMin: 1, smallEmployer: cited },
        ...cited,
      },
    ]),
    statuteCombined: table('fx.combined', [
      { validFrom: '2015-01-01' as IsoDate, value: { rate: { value: rate(p.statuteCombined), ...cited }, notBelowFixedTerm: { sourceIds: ['S12'], status: 'inferred' } }, ...cited },
    ]),
    fine: table('fx.fine', [
      { validFrom: '2010-01-01' as IsoDate, value: { singleRate: '0.1', multipleRate: '0.4', singleMaxWorkers: 1, extraDaysOver: 10, monthlyRoundingPlaces: 0 }, ...cited },
    ]),
    agencyFine: table('fx.agencyFine', [{ validFrom: '2010-01-01' as IsoDate, value: { min: 11, max: 99 }, sourceIds: ['S13'], status: 'inferred' }]),
    termWarnings: {
      'unimpresa-vvp-2021': table('fx.w1', [{ validFrom: '2020-01-01' as IsoDate, value: { code: 'W-1', key: 'warning.W-1' }, ...seed }]),
    },
  };
}

/** Bands unlike the real ones: ≤ 10 → 3 / 1 / combined 4; > 10 and ≤ 20 → 5 / 2; above, none. */
export const FIXTURE_BANDS: readonly SizeBand[] = [
  { upTo: 10, fixedTermFloor: 3, agencyFloor: 1, combinedAllowance: 4 },
  { upTo: 20, fixedTermFloor: 5, agencyFloor: 2, combinedAllowance: null },
  { upTo: null, fixedTermFloor: 0, agencyFloor: 0, combinedAllowance: null },
];

/** 25% CTD, 10% agency, 30% offsetting; statute 20% / 35%. */
export const FIXTURE = fixtureRules({ fixedTerm: 25, agency: 10, compensation: 30, statuteFixedTerm: 20, statuteCombined: 35 }, FIXTURE_BANDS);

export const CTX: FixedTermEngineContext = { rulesVersion: 'test', today: '2026-01-15' as IsoDate };
