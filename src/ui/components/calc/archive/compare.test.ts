import { describe, expect, it } from 'vitest';
import { calculate } from '../../../../calculators';
import { changedFigures } from './compare';

// RULES.md NP-3: TDS ov1 dismissed after 7 years, 45 days from 16 March to 29 April 2024.
const NP3 = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };

describe('a saved result against the same inputs computed today', () => {
  it('finds nothing when the rules give the same answer', () => {
    expect(changedFigures(calculate('notice', NP3), calculate('notice', NP3))).toEqual([]);
  });

  it('names each figure that changed, old beside new, nested ones by their path', () => {
    const today = calculate('fixed-term', { ruleset: 'confcommercio-tds', permanentHeadcount: 20, fixedTermInForce: 2 });
    if (!today.ok) throw new Error('fixture');
    const outputs = today.outputs as { fixedTermCap: number; headroom: { fixedTerm: number } };
    const saved = { ...today, outputs: { ...outputs, fixedTermCap: outputs.fixedTermCap - 1, headroom: { ...outputs.headroom, fixedTerm: outputs.headroom.fixedTerm - 1 } } };
    expect(changedFigures(saved, today)).toEqual([
      { path: 'fixedTermCap', before: outputs.fixedTermCap - 1, after: outputs.fixedTermCap },
      { path: 'headroom.fixedTerm', before: outputs.headroom.fixedTerm - 1, after: outputs.headroom.fixedTerm },
    ]);
  });

  it('says so when the saved answer can no longer be computed', () => {
    const saved = calculate('notice', NP3);
    const refused = calculate('notice', { ...NP3, ruleset: 'nowhere' });
    expect(changedFigures(saved, refused)).toEqual([{ path: 'outcome', before: saved, after: refused }]);
  });
});
