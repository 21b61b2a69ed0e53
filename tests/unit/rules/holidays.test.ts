/** Table 9-D on the real calendar data (RULES-probation-comporto.md 9.3 check data, D-PR-5, C-35). */
import { describe, expect, it } from 'vitest';
import { toDayNumber, type IsoDate } from '../../../src/engine/core/dates';
import { holidayLookup } from '../../../src/engine/core/holidays';
import { NATIONAL_HOLIDAYS } from '../../../src/rules/holidays';

const lookup = holidayLookup(NATIONAL_HOLIDAYS);
const holiday = (iso: string) => lookup.nameOn(toDayNumber(iso as IsoDate)) ?? null;

describe('national public holidays', () => {
  it.each(['2011-04-25', '2024-04-01', '2025-04-21', '2026-04-06', '2027-03-29', '2028-04-17', '2029-04-02', '2030-04-22'])('has Easter Monday or a holiday on %s', (iso) => {
    expect(holiday(iso)).not.toBeNull();
  });
  it('counts 25 April 2011, Easter Monday and Liberation Day at once, as one holiday', () => {
    expect(holiday('2011-04-25')).toBe('holiday.liberation');
    expect(holiday('2011-04-26')).toBeNull();
  });
  it('has 4 October only from 2026 (L. 151/2025)', () => {
    expect(holiday('2025-10-04')).toBeNull();
    expect(holiday('2026-10-04')).toBe('holiday.stFrancis');
    expect(holiday('2027-10-04')).toBe('holiday.stFrancis');
  });
  it('has the eleven fixed days and Easter Monday in 2027: twelve holidays, no other day', () => {
    let count = 0;
    for (let n = toDayNumber('2027-01-01' as IsoDate); n <= toDayNumber('2027-12-31' as IsoDate); n += 1) if (lookup.nameOn(n) !== undefined) count += 1;
    expect(count).toBe(12);
  });
  it('knows no holiday before 2001, where the calendar is not modelled (C-35)', () => {
    expect(holiday('2000-12-25')).toBeNull();
  });
});
