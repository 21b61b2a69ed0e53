/** Term warnings for engine unit tests: dates chosen here, unlike the real ones (W-1 from 2000, W-5 after 2029). */
import type { IsoDate } from './dates';
import { table } from './rules';
import type { TermWarnings } from './warnings';

export const FIXTURE_TERM_WARNINGS: TermWarnings = {
  'unimpresa-vvp-2021': table('fx.warnings.unimpresa', [
    { validFrom: '2000-01-01' as IsoDate, value: { code: 'W-1', key: 'warning.W-1' }, sourceIds: ['S45'], status: 'seed' },
  ]),
  'confcommercio-tds': table('fx.warnings.tds', [
    { validFrom: '1900-01-01' as IsoDate, validTo: '2029-12-31' as IsoDate, value: null, sourceIds: ['S47'], status: 'cited-source' },
    { validFrom: '2030-01-01' as IsoDate, value: { code: 'W-5', key: 'warning.W-5' }, sourceIds: ['S47'], status: 'cited-source' },
  ]),
};
