/** Fixed-term and agency quotas — input, output and rules shapes (RULES.md §4, FORMAT.md "fixed-term"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { TermWarnings } from '../core/warnings';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';

/** Where a figure comes from and how sure it is (RULES.md 0.2). */
export interface Basis {
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

/** A legal figure with its own status, inside a dated entry. */
export interface Figure<T> extends Basis {
  value: T;
}

/** Exact decimal text of a rate ("0.2"), never a binary float in arithmetic (D-FT-1). */
export type RateText = `${number}`;

/** One CCNL size band of the production unit (C-11: real-number intervals). */
export interface SizeBand {
  /** Inclusive upper bound on `unitEmployees`; null = no upper bound. */
  upTo: number | null;
  /** "In ogni caso" minimum for CTD (0 = none). */
  fixedTermFloor: number;
  /** "In ogni caso" minimum for fixed-term agency workers (0 = none). */
  agencyFloor: number;
  /** CTD + agency together "in ogni caso"; null = no combined figure in this band. */
  combinedAllowance: number | null;
}

/** The CCNL quota clauses in force on a date (Table 4-A). */
export interface CcnlQuotaTerms {
  /** Base = the unit's permanent staff of the previous year (G5). */
  base: Basis;
  fixedTermRate: Figure<RateText>;
  agencyRate: Figure<RateText>;
  compensationRate: Figure<RateText>;
  /**
   * CTD + agency together, for every unit size: max(round(rate × base), CTD
   * cap, the band's combined allowance) (D-FT-2, D-FT-4, rev. 2). Absent =
   * only the band's combined allowance.
   */
  combinedRate?: Figure<RateText>;
  bands: Figure<readonly SizeBand[]>;
  /** Reading of the size bands as real-number intervals (C-11). */
  bandReading: Basis;
  /** Floors read as minimum allowances: cap = max(floor, percentage) (D-FT-2). */
  floorReading: Basis;
  /** Basis of the agency floors when weaker than `floorReading` (TDS art. 73 commi 2–3 unread). */
  agencyFloorReading?: Basis;
  combined: Basis;
  /** Rounding ≥ 0.5 up borrowed from art. 23(1) (D-FT-1). */
  rounding: Basis;
  /** Unimpresa Art. 28: every CTD and agency contract notified to the bilateral commission. */
  notification?: Basis;
  /** Unimpresa Art. 29 employment-support CTD (outside the 20%): duration and training. */
  supportContract?: Figure<{ months: number; trainingHours: number }>;
  /**
   * Art. 51 D.Lgs. 81/2015: `unknown` = the signatories may not qualify, so
   * W-3 and the safe answer (C-21); `most-representative` = the CCNL caps apply.
   */
  representativeness: 'unknown' | 'most-representative';
  /** Information keys proper to this CCNL (its base, how its text was read, its exemptions). */
  notes: readonly string[];
  /** Not-covered keys proper to this CCNL (its elided articles). */
  notCovered: readonly string[];
}

/** Art. 23(1) D.Lgs. 81/2015 (Table 4-B). */
export interface StatuteFixedTermTerms {
  rate: Figure<RateText>;
  /** Employers with up to this many employees may always hire… */
  smallEmployerMax: number;
  /** …this many CTD. */
  smallEmployerMin: number;
  smallEmployer: Basis;
}

/** Art. 31(2) D.Lgs. 81/2015: CTD + fixed-term agency together. */
export interface StatuteCombinedTerms {
  rate: Figure<RateText>;
  /** "Without prejudice to art. 23": never below the CTD cap (C-14). */
  notBelowFixedTerm: Basis;
}

/** Art. 23(4) D.Lgs. 81/2015 fine (D-FT-5). */
export interface FineTerms {
  /** Rate per worker when the workers over the cap are at most `singleMaxWorkers`. */
  singleRate: RateText;
  multipleRate: RateText;
  singleMaxWorkers: number;
  /** A further month is counted when the remaining days are more than this. */
  extraDaysOver: number;
  /** Decimal places of the monthly amount per worker, rounded before multiplying (R-1: 0, whole euros). */
  monthlyRoundingPlaces: 0 | 2;
}

/** Art. 40 fine for agency work over the caps (information only, `inferred`). */
export interface AgencyFineTerms {
  min: number;
  max: number;
}

export interface FixedTermRules {
  /** CCNL clauses per ruleset; a CCNL ruleset without an entry is not covered (D-FT-4). */
  ccnl: Partial<Record<RulesetId, Table<CcnlQuotaTerms>>>;
  statuteFixedTerm: Table<StatuteFixedTermTerms>;
  statuteCombined: Table<StatuteCombinedTerms>;
  fine: Table<FineTerms>;
  agencyFine: Table<AgencyFineTerms>;
  /** W-1/W-5 by reference date (RULES.md 0.3); absent = no term warning. */
  termWarnings?: TermWarnings;
}

export interface FixedTermEngineContext {
  rulesVersion: string;
  /** Reference day when the input has no `date`. */
  today: IsoDate;
}

export interface StatuteCaps {
  fixedTermCap: number;
  /** null before art. 31(2) set the combined cap (not covered). */
  combinedCap: number | null;
}

/** Cap − contracts in force; negative = over the cap; null where the cap or the count is missing. */
export interface Headroom {
  fixedTerm: number | null;
  agency: number | null;
  combined: number | null;
  statuteFixedTerm: number | null;
  statuteCombined: number | null;
}

/** The answer to rely on when the CCNL's own caps may not count (C-21). */
export interface SafeCaps {
  fixedTermCap: number;
  combinedCap: number | null;
}

export interface FixedTermCapsOutputs {
  fixedTermCap: number;
  agencyCap: number | null;
  combinedCap: number | null;
  compensationCap: number | null;
  statute: StatuteCaps;
  /** C-21: under a CCNL of unknown representativeness, the lower of the CCNL and the statutory cap; else absent. */
  safe?: SafeCaps;
  /** C-15: the CCNL allows more than the law (W-3 trigger). */
  ccnlAllowsMore: boolean;
  headroom: Headroom | null;
}

export interface FixedTermFineOutputs {
  fineTotal: number;
  /** Monthly amount for one worker over the cap, whole euros (D-FT-5, R-1). */
  monthlyFinePerWorker: number;
  /** Fine for one worker over the cap. */
  perWorker: number;
  countedMonths: number;
  /** Rate applied, in percent (20 or 50). */
  ratePercent: number;
}

export type FixedTermOutputs = FixedTermCapsOutputs | FixedTermFineOutputs;
