import { describe, expect, it } from 'vitest';
import type { IsoDate } from './dates';
import { inForce, table, valueOn, windowProblems } from './rules';
import { runSafely, Refusal } from './result';

const d = (s: string) => s as IsoDate;
const fixture = table('fixture.rate', [
  { validFrom: d('2014-03-21'), validTo: d('2018-07-13'), value: 20, sourceIds: ['S11'], status: 'cited-source' },
  { validFrom: d('2018-07-14'), value: 30, sourceIds: ['S12'], status: 'cited-source' },
]);

describe('effective-dated look-up', () => {
  it('returns the value in force on a date, both window ends included', () => {
    expect(valueOn(fixture, d('2014-03-21'))?.value).toBe(20);
    expect(valueOn(fixture, d('2018-07-13'))?.value).toBe(20);
    expect(valueOn(fixture, d('2018-07-14'))?.value).toBe(30);
    expect(valueOn(fixture, d('2099-01-01'))?.value).toBe(30);
  });
  it('answers not-covered before the modelled window', () => {
    expect(valueOn(fixture, d('2014-03-20'))).toBeNull();
    expect(() => inForce(fixture, d('2014-03-20'), 'date')).toThrow(Refusal);
    const result = runSafely('fixed-term', 'test', () => {
      inForce(fixture, d('2010-01-01'), 'date');
      throw new Error('unreachable');
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-covered');
      expect(result.error.field).toBe('date');
    }
  });
});

describe('window checks find gaps and overlaps', () => {
  it('accepts contiguous windows', () => expect(windowProblems(fixture)).toEqual([]));
  it('reports a gap, an overlap and an open end that is not last', () => {
    const gap = table('gap', [
      { validFrom: d('2020-01-01'), validTo: d('2020-12-30'), value: 1, sourceIds: ['S01'], status: 'seed' },
      { validFrom: d('2021-01-01'), value: 2, sourceIds: ['S01'], status: 'seed' },
    ]);
    const overlap = table('overlap', [
      { validFrom: d('2020-01-01'), validTo: d('2021-01-01'), value: 1, sourceIds: ['S01'], status: 'seed' },
      { validFrom: d('2021-01-01'), value: 2, sourceIds: ['S01'], status: 'seed' },
    ]);
    const open = table('open', [
      { validFrom: d('2020-01-01'), value: 1, sourceIds: ['S01'], status: 'seed' },
      { validFrom: d('2021-01-01'), value: 2, sourceIds: [], status: 'seed' },
    ]);
    expect(windowProblems(gap)).toEqual(['gap: gap between [0] and [1]']);
    expect(windowProblems(overlap)).toEqual(['overlap[0] overlaps [1]']);
    expect(windowProblems(open)).toEqual(['open[0] is open-ended but not last', 'open[1] has no source']);
  });
});
