/** Seniority-step figures, RULES.md §3.3 (TDS art. 192/205; Unimpresa Arts. 42–45 elided). */
import type { IsoDate } from '../engine/core/dates';
import type { Status } from '../engine/core/result';
import { table } from '../engine/core/rules';
import type { AmountRow, HireCutoff, SeniorityRules, SeniorityTerms } from '../engine/seniority/types';
import { ROLES, TDS_LEVELS, TERM_WARNINGS, UNIMPRESA_FROM, OV_ROLES } from './rulesets';

/** TDS amounts have been unchanged since 1.1.1990 and the 2024 renewal left them alone [S51]. */
const TDS_AMOUNTS_FROM = '1990-01-01' as IsoDate;

/** Levels: all eight confirmed by an independent published table (S65; R-3: `verify` removed, kept on OV, G4). */
const TDS_LEVEL_AMOUNTS: AmountRow[] = [
  { roles: ['Q'], amount: 25.46, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['I'], amount: 24.84, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['II'], amount: 22.83, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['III'], amount: 21.95, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['IV'], amount: 20.66, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['V'], amount: 20.3, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['VI'], amount: 19.73, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
  { roles: ['VII'], amount: 19.47, status: 'cited-source', sourceIds: ['S48', 'S51', 'S65'] },
];

/** OV amounts come only from the secondary transcription of the coordinated text (D-SC-3). */
function ovAmounts(status: Status): AmountRow[] {
  const sourceIds = status === 'inferred' ? (['S45', 'S48'] as const) : (['S48'] as const);
  return [
    { roles: ['ov1'], amount: 15.5, status, flags: ['verify'], sourceIds },
    { roles: ['ov2'], amount: 14.46, status, flags: ['verify'], sourceIds },
  ];
}

function terms(amounts: AmountRow[], status: Status): SeniorityTerms {
  const sources = status === 'inferred' ? (['S45', 'S51'] as const) : (['S51'] as const);
  return {
    periodYears: 3,
    maxSteps: 10,
    stepRule: { status, sourceIds: sources },
    // The rule is general commerce practice; the exact TDS wording was not read, so it stays inferred.
    startRule: { status: 'inferred', flags: ['practice'], sourceIds: sources },
    amounts,
    // Part-timers get steps pro rata [S51]; the factor (hours percentage) is our reading (RULES.md 8).
    partTimeRule: { status: 'inferred', sourceIds: sources },
  };
}

/** D-SC-5 cut-offs: levels hired before 28.3.1987, OV before 1.6.1995 (the day itself is covered). */
function cutoffs(status: Status, withLevels: boolean): HireCutoff[] {
  const ov: HireCutoff = { roles: OV_ROLES, hiredFrom: '1995-06-01' as IsoDate, status, flags: ['verify'], sourceIds: ['S48'] };
  const levels: HireCutoff = { roles: TDS_LEVELS, hiredFrom: '1987-03-28' as IsoDate, status, flags: ['contested'], sourceIds: ['S48', 'S51'] };
  return withLevels ? [levels, ov] : [ov];
}

export const SENIORITY_RULES: SeniorityRules = {
  roles: ROLES,
  terms: {
    // Arts. 42–45 are elided in seed 004: TDS OV figures, inferred (D-GEN-1, W-2).
    'unimpresa-vvp-2021': table('seniority.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: terms(ovAmounts('inferred'), 'inferred'), sourceIds: ['S45', 'S48', 'S51'], status: 'inferred' },
    ]),
    'confcommercio-tds': table('seniority.confcommercio-tds', [
      {
        // Open-ended: after 31.03.2027 the figures keep applying with W-5 (D-GEN-5, R-5).
        validFrom: TDS_AMOUNTS_FROM,
        value: terms([...TDS_LEVEL_AMOUNTS, ...ovAmounts('cited-source')], 'cited-source'),
        sourceIds: ['S48', 'S51'],
        status: 'cited-source',
      },
    ]),
    // statute: no entry — no law creates seniority steps (D-SC-4).
  },
  cutoffs: {
    'unimpresa-vvp-2021': cutoffs('inferred', false),
    'confcommercio-tds': cutoffs('cited-source', true),
  },
  termWarnings: TERM_WARNINGS,
};
