/** Probation figures, RULES-probation-comporto.md §9.3 (Tables 9-A, 9-C; 9-D in holidays.ts). */
import type { IsoDate } from '../engine/core/dates';
import { table } from '../engine/core/rules';
import type { ProbationRow, ProbationRules } from '../engine/probation/types';
import { NATIONAL_HOLIDAYS } from './holidays';
import { ROLES, TDS_FROM, TERM_WARNINGS, UNIMPRESA_FROM } from './rulesets';

const TDS_SOURCES = ['S52', 'S74', 'S47'] as const;

/** Table 9-A, TDS (D-PR-1): art. 121 current numbering (106 in the 2015 text). */
const TDS_ROWS: readonly ProbationRow[] = [
  { roles: ['Q', 'I'], unit: 'calendar-months', length: 6, status: 'cited-source', sourceIds: TDS_SOURCES },
  { roles: ['II', 'III', 'IV', 'V'], unit: 'work-days', length: 60, status: 'cited-source', sourceIds: TDS_SOURCES },
  { roles: ['VI', 'VII'], unit: 'work-days', length: 45, status: 'cited-source', sourceIds: TDS_SOURCES },
  // The union sheet gives "60 gg" with no unit; days of actual work is our reading (D-PR-1).
  { roles: ['ov1', 'ov2'], unit: 'work-days', length: 60, status: 'inferred', flags: ['single-source'], sourceIds: ['S47'] },
];

/** D-PR-2: seed Arts. 17 and 22 are titles only; the TDS OV figure fills the gap (D-GEN-1, W-1, W-2). */
const UNIMPRESA_ROWS: readonly ProbationRow[] = [
  { roles: ['ov1', 'ov2'], unit: 'work-days', length: 60, status: 'inferred', flags: ['single-source'], sourceIds: ['S45', 'S47'] },
];

/** Art. 7(2) D.Lgs. 104/2022 as replaced by art. 13 L. 203/2024, for contracts started from 12.1.2025. */
export const FIXED_TERM_PROBATION_FROM = '2025-01-12' as IsoDate;

export const PROBATION_RULES: ProbationRules = {
  roles: ROLES,
  ccnl: {
    'unimpresa-vvp-2021': table('probation.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: UNIMPRESA_ROWS, sourceIds: ['S45', 'S47'], status: 'inferred', flags: ['single-source'] },
    ]),
    'confcommercio-tds': table('probation.confcommercio-tds', [
      { validFrom: TDS_FROM, value: TDS_ROWS, sourceIds: [...TDS_SOURCES], status: 'cited-source' },
    ]),
    // statute: no entry — art. 7(1) D.Lgs. 104/2022 sets only a six-month ceiling (D-PR-3).
  },
  fixedTerm: table('probation.fixed-term.statute', [
    {
      validFrom: FIXED_TERM_PROBATION_FROM,
      value: {
        ratioDays: 15,
        minimum: 2,
        capShort: 15,
        shortContractMonths: 6,
        capMedium: 30,
        longContractMonths: 12,
        status: 'cited-source',
        flags: ['statute-text-not-checked'],
        sourceIds: ['S70', 'S71'],
        longContractSourceIds: ['S72', 'S73'],
      },
      sourceIds: ['S70', 'S71', 'S72'],
      status: 'cited-source',
      flags: ['statute-text-not-checked'],
    },
  ]),
  holidays: NATIONAL_HOLIDAYS,
  // D-PR-14: the CCNL rulesets count on a Monday–Saturday week (ferie 26 days, pay ÷ 26); the law alone on Monday–Friday (C-5).
  defaultWorkingDays: { 'unimpresa-vvp-2021': 6, 'confcommercio-tds': 6, statute: 5 },
  ceilingMonths: 6,
  termWarnings: TERM_WARNINGS,
};
