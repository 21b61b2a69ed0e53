/** Probation rules for engine unit tests: figures and dates chosen here, unlike the real ones. */
import type { IsoDate } from '../core/dates';
import { FIXTURE_TERM_WARNINGS } from '../core/fixtures';
import type { FixedHoliday } from '../core/holidays';
import { table } from '../core/rules';
import type { ProbationRules } from './types';

export const FIXTURE_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, nameKey: 'holiday.newYear' },
  { month: 8, day: 15, nameKey: 'holiday.assumption' },
  { month: 12, day: 25, nameKey: 'holiday.christmas' },
];

/** Fixture rules with the given fixed holidays (and Easter Monday when asked). */
export function fixtureProbationRules(fixed: readonly FixedHoliday[] = FIXTURE_HOLIDAYS, easterMonday = true): ProbationRules {
  return {
    roles: { 'unimpresa-vvp-2021': ['A'], 'confcommercio-tds': ['A', 'B', 'M'], statute: [] },
    ccnl: {
      'unimpresa-vvp-2021': table('fx.probation.unimpresa', [
        { validFrom: '2000-01-01' as IsoDate, value: [{ roles: ['A'], unit: 'work-days', length: 10, status: 'inferred', sourceIds: ['S47'] }], sourceIds: ['S47'], status: 'inferred' },
      ]),
      'confcommercio-tds': table('fx.probation.tds', [
        {
          validFrom: '1990-01-01' as IsoDate,
          value: [
            { roles: ['A'], unit: 'work-days', length: 10, status: 'cited-source', sourceIds: ['S52'] },
            { roles: ['B'], unit: 'work-days', length: 30, status: 'cited-source', sourceIds: ['S52'] },
            { roles: ['M'], unit: 'calendar-months', length: 2, status: 'cited-source', sourceIds: ['S52'] },
          ],
          sourceIds: ['S52'],
          status: 'cited-source',
        },
      ]),
    },
    fixedTerm: table('fx.probation.fixed-term', [
      {
        validFrom: '2020-01-01' as IsoDate,
        value: { ratioDays: 10, minimum: 3, capShort: 8, shortContractMonths: 3, capMedium: 20, longContractMonths: 6, status: 'cited-source', flags: [], sourceIds: ['S70'], longContractSourceIds: ['S72'] },
        sourceIds: ['S70'],
        status: 'cited-source',
      },
    ]),
    holidays: table('fx.holidays', [{ validFrom: '1990-01-01' as IsoDate, value: { fixed, easterMonday }, sourceIds: ['S77'], status: 'cited-source' }]),
    defaultWorkingDays: { 'unimpresa-vvp-2021': 6, 'confcommercio-tds': 6, statute: 5 },
    ceilingMonths: 6,
    termWarnings: FIXTURE_TERM_WARNINGS,
  };
}

export const FIXTURE_PROBATION_RULES = fixtureProbationRules();
