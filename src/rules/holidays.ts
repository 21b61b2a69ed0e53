/**
 * National public holidays (RULES-probation-comporto.md Table 9-D, D-PR-5,
 * C-35): L. 260/1949 arts. 1–2 as amended by L. 54/1977, D.P.R. 792/1985
 * (Epiphany), L. 336/2000 (2 June, from 2001) and L. 151/2025 (4 October, from
 * 1.1.2026). Modelled from 2001, when the current list took shape; the
 * patron saint of the workplace's municipality is not modelled (a warning).
 */
import type { IsoDate } from '../engine/core/dates';
import type { FixedHoliday, HolidayCalendar } from '../engine/core/holidays';
import { table } from '../engine/core/rules';

/** First day of the modelled calendar (C-35): the 1977–2000 list differed (2 June). */
export const HOLIDAYS_FROM = '2001-01-01' as IsoDate;

const SINCE_2001: readonly FixedHoliday[] = [
  { month: 1, day: 1, nameKey: 'holiday.newYear' },
  { month: 1, day: 6, nameKey: 'holiday.epiphany' },
  { month: 4, day: 25, nameKey: 'holiday.liberation' },
  { month: 5, day: 1, nameKey: 'holiday.labour' },
  { month: 6, day: 2, nameKey: 'holiday.republic' },
  { month: 8, day: 15, nameKey: 'holiday.assumption' },
  { month: 11, day: 1, nameKey: 'holiday.allSaints' },
  { month: 12, day: 8, nameKey: 'holiday.immaculate' },
  { month: 12, day: 25, nameKey: 'holiday.christmas' },
  { month: 12, day: 26, nameKey: 'holiday.stStephen' },
];

/** L. 151/2025: San Francesco d'Assisi, patrono d'Italia, a national holiday from 2026. */
const ST_FRANCIS: FixedHoliday = { month: 10, day: 4, nameKey: 'holiday.stFrancis' };

export const NATIONAL_HOLIDAYS = table<HolidayCalendar>('holidays.national', [
  {
    validFrom: HOLIDAYS_FROM,
    validTo: '2025-12-31' as IsoDate,
    value: { fixed: SINCE_2001, easterMonday: true },
    sourceIds: ['S77', 'S24'],
    status: 'cited-source',
  },
  {
    validFrom: '2026-01-01' as IsoDate,
    value: { fixed: [...SINCE_2001.slice(0, 6), ST_FRANCIS, ...SINCE_2001.slice(6)], easterMonday: true },
    sourceIds: ['S77', 'S24', 'S78'],
    status: 'cited-source',
  },
]);
