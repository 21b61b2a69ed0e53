/** Notice figures, RULES.md §1.3 (Table 1-A and 1-B). */
import type { NoticeRow, NoticeRules, NoticeTerms } from '../engine/notice/types';
import type { Status } from '../engine/core/result';
import { table } from '../engine/core/rules';
import { ROLES, TDS_FROM, TERM_WARNINGS, UNIMPRESA_FROM } from './rulesets';

const OV = ['ov1', 'ov2'];

/** OV rows: the same figures in both CCNL rulesets (D-NP-1); the resignation row rests on one source. */
function ovRows(status: Status): NoticeRow[] {
  return [
    { roles: OV, kind: 'dismissal', days: [30, 45, 60], status, sourceIds: ['S47', 'S49'] },
    { roles: OV, kind: 'resignation', days: [30, 45, 60], status, flags: ['single-source'], sourceIds: ['S49'] },
  ];
}

const TDS_LEVEL_ROWS: NoticeRow[] = [
  { roles: ['Q', 'I'], kind: 'dismissal', days: [60, 90, 120], status: 'cited-source', sourceIds: ['S49'] },
  { roles: ['Q', 'I'], kind: 'resignation', days: [45, 60, 90], status: 'cited-source', flags: ['contested'], sourceIds: ['S47', 'S49'] },
  { roles: ['II', 'III'], kind: 'dismissal', days: [30, 45, 60], status: 'cited-source', sourceIds: ['S49'] },
  { roles: ['II', 'III'], kind: 'resignation', days: [20, 30, 45], status: 'cited-source', sourceIds: ['S47', 'S49'] },
  { roles: ['IV', 'V'], kind: 'dismissal', days: [20, 30, 45], status: 'cited-source', sourceIds: ['S49'] },
  { roles: ['IV', 'V'], kind: 'resignation', days: [15, 20, 30], status: 'cited-source', sourceIds: ['S47', 'S49', 'S58'] },
  // VI/VII: 20 and 15 in both upper bands are the published figures, not typos.
  { roles: ['VI', 'VII'], kind: 'dismissal', days: [15, 20, 20], status: 'cited-source', sourceIds: ['S49'] },
  { roles: ['VI', 'VII'], kind: 'resignation', days: [10, 15, 15], status: 'cited-source', sourceIds: ['S47', 'S49'] },
];

function terms(rows: NoticeRow[], status: Status): NoticeTerms {
  return {
    rows,
    bandLimitYears: [5, 10],
    startDays: [1, 16],
    startRuleStatus: status,
    startRuleSources: ['S49', 'S55'],
    dailyPayDivisor: 26,
    payWeekDays: 6,
    extraMonthlyPayments: 2,
    payStatus: status,
    paySources: ['S47'],
  };
}

export const NOTICE_RULES: NoticeRules = {
  roles: ROLES,
  terms: {
    // Art. 53 is elided in seed 004: TDS OV figures, inferred (D-GEN-1, W-2).
    'unimpresa-vvp-2021': table('notice.unimpresa-vvp-2021', [
      { validFrom: UNIMPRESA_FROM, value: terms(ovRows('inferred'), 'inferred'), sourceIds: ['S45', 'S47', 'S49'], status: 'inferred' },
    ]),
    'confcommercio-tds': table('notice.confcommercio-tds', [
      {
        // Open-ended: after 31.03.2027 the figures keep applying with W-5 (D-GEN-5, R-5).
        validFrom: TDS_FROM,
        value: terms([...TDS_LEVEL_ROWS, ...ovRows('cited-source')], 'cited-source'),
        sourceIds: ['S47', 'S49'],
        status: 'cited-source',
      },
    ]),
    // statute: no entry — art. 2118 c.c. sets no length (D-NP-8).
  },
  termWarnings: TERM_WARNINGS,
};
