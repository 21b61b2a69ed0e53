/**
 * The three rulesets (RULES.md 0.1) and their modelled windows. Dates are
 * project decisions recorded in CHANGELOG.md:
 * - Unimpresa VVP: from signature (15.3.2021), open-ended because RULES.md
 *   treats the expired text as still applied (ultrattività, W-1).
 * - Confcommercio TDS: from the 26.2.2011 renewal (the earliest text the
 *   sources describe, with its ROL ramp), open-ended: after the current
 *   renewal's term (31.3.2027) its figures keep applying with W-5 (D-GEN-5,
 *   rev. 2); a renewal that changes a figure is a new dated row.
 */
import type { IsoDate } from '../engine/core/dates';
import type { RoleCatalogue } from '../engine/core/roles';
import type { RulesetId, SourceId } from '../engine/core/result';
import { table } from '../engine/core/rules';
import type { TermWarnings } from '../engine/core/warnings';

export const TDS_LEVELS = ['Q', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;
export const OV_ROLES = ['ov1', 'ov2'] as const;

export const ROLES: RoleCatalogue = {
  'unimpresa-vvp-2021': OV_ROLES,
  'confcommercio-tds': [...TDS_LEVELS, ...OV_ROLES],
  statute: [],
};

export const UNIMPRESA_FROM = '2021-03-15' as IsoDate;
export const TDS_FROM = '2011-02-26' as IsoDate;
/** Last day of the TDS renewal of 22.3.2024's term; W-5 from the day after (RULES.md 0.3, rev. 2). */
export const TDS_TERM_END = '2027-03-31' as IsoDate;

/**
 * W-1 and W-5 (RULES.md 0.3), asked by the result's reference date and only
 * for results of their own ruleset. Monitoring takes none.
 */
export const TERM_WARNINGS: TermWarnings = {
  // "Every unimpresa-vvp-2021 result": the text expired on 14.03.2024 (G7).
  'unimpresa-vvp-2021': table('warnings.unimpresa-vvp-2021', [
    { validFrom: UNIMPRESA_FROM, value: { code: 'W-1', key: 'warning.W-1' }, sourceIds: ['S45'], status: 'seed' },
  ]),
  'confcommercio-tds': table('warnings.confcommercio-tds', [
    { validFrom: TDS_FROM, validTo: TDS_TERM_END, value: null, sourceIds: ['S47'], status: 'cited-source' },
    { validFrom: '2027-04-01' as IsoDate, value: { code: 'W-5', key: 'warning.W-5' }, sourceIds: ['S47'], status: 'cited-source' },
  ]),
};

export interface RulesetInfo {
  id: RulesetId;
  /** Message keys for name and description. */
  nameKey: string;
  descriptionKey: string;
  roles: readonly string[];
  sourceIds: readonly SourceId[];
  /** Known gaps of RULES.md §7 that concern this ruleset. */
  gaps: readonly string[];
  cnelCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export const RULESETS: readonly RulesetInfo[] = [
  {
    id: 'unimpresa-vvp-2021',
    nameKey: 'ruleset.unimpresa-vvp-2021.name',
    descriptionKey: 'ruleset.unimpresa-vvp-2021.description',
    roles: OV_ROLES,
    sourceIds: ['S45', 'S54', 'S47'],
    gaps: ['G1', 'G5', 'G6', 'G7', 'G9', 'G13'],
    cnelCode: null,
    validFrom: UNIMPRESA_FROM,
    validTo: null,
  },
  {
    id: 'confcommercio-tds',
    nameKey: 'ruleset.confcommercio-tds.name',
    descriptionKey: 'ruleset.confcommercio-tds.description',
    roles: ROLES['confcommercio-tds'],
    sourceIds: ['S47', 'S48', 'S49', 'S50', 'S51', 'S52'],
    gaps: ['G2', 'G3', 'G4', 'G12', 'G15'],
    cnelCode: 'H011',
    validFrom: TDS_FROM,
    validTo: null,
  },
  {
    id: 'statute',
    nameKey: 'ruleset.statute.name',
    descriptionKey: 'ruleset.statute.description',
    roles: [],
    sourceIds: ['S01', 'S07', 'S11', 'S12', 'S18'],
    gaps: ['G8', 'G11', 'G14'],
    cnelCode: null,
    validFrom: null,
    validTo: null,
  },
];
