/**
 * The three rulesets (RULES.md 0.1) and their modelled windows. Dates are
 * project decisions recorded in CHANGELOG.md:
 * - Unimpresa VVP: from signature (15.3.2021), open-ended because RULES.md
 *   treats the expired text as still applied (ultrattività, W-1).
 * - Confcommercio TDS: from the 26.2.2011 renewal (the earliest text the
 *   sources describe, with its ROL ramp) to the end of the current renewal
 *   (31.3.2027); a later renewal must be checked before extending it.
 */
import type { IsoDate } from '../engine/core/dates';
import type { RoleCatalogue } from '../engine/core/roles';
import type { RulesetId, SourceId } from '../engine/core/result';

export const TDS_LEVELS = ['Q', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;
export const OV_ROLES = ['ov1', 'ov2'] as const;

export const ROLES: RoleCatalogue = {
  'unimpresa-vvp-2021': OV_ROLES,
  'confcommercio-tds': [...TDS_LEVELS, ...OV_ROLES],
  statute: [],
};

export const UNIMPRESA_FROM = '2021-03-15' as IsoDate;
export const TDS_FROM = '2011-02-26' as IsoDate;
export const TDS_TO = '2027-03-31' as IsoDate;

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
    validTo: TDS_TO,
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
