/**
 * The "Regole e fonti" data (src/rules/decisions.ts) against RULES.md: every
 * interpretation decision, every known gap and every out-of-scope item of the
 * brief is listed, each source id resolves, and each id has its texts in
 * Italian and English.
 */
import { describe, expect, it } from 'vitest';
import { DECISIONS, GAPS, OUT_OF_SCOPE } from '../../src/calculators';
import { sourceById } from '../../src/rules/sources';
import { RULESETS } from '../../src/rules/rulesets';
import itRules from '../../src/ui/i18n/messages/it/rules';
import enRules from '../../src/ui/i18n/messages/en/rules';

// Copied from RULES.md (shared/domain, 23 Nov 2026): the D-… bullets of §0.5, §1.4, §2.4, §3.4, §4.4 and §5.3, in order.
const RULES_MD_DECISIONS = [
  'D-GEN-1', 'D-GEN-2', 'D-GEN-3', 'D-GEN-4',
  'D-NP-1', 'D-NP-2', 'D-NP-3', 'D-NP-4', 'D-NP-5', 'D-NP-6', 'D-NP-7', 'D-NP-8',
  'D-LV-1', 'D-LV-2', 'D-LV-3', 'D-LV-4', 'D-LV-5', 'D-LV-6',
  'D-SC-1', 'D-SC-2', 'D-SC-3', 'D-SC-4', 'D-SC-5',
  'D-FT-1', 'D-FT-2', 'D-FT-3', 'D-FT-4', 'D-FT-5', 'D-FT-6',
  'D-MON-1', 'D-MON-2', 'D-MON-3',
  // RULES-probation-comporto.md 9.4 and 10.4 (December 2026).
  'D-PR-1', 'D-PR-2', 'D-PR-3', 'D-PR-4', 'D-PR-5', 'D-PR-6', 'D-PR-7', 'D-PR-8', 'D-PR-9', 'D-PR-10', 'D-PR-11', 'D-PR-12', 'D-PR-13', 'D-PR-14',
  'D-CO-1', 'D-CO-2', 'D-CO-3', 'D-CO-4', 'D-CO-5', 'D-CO-6', 'D-CO-7', 'D-CO-8', 'D-CO-9', 'D-CO-10', 'D-CO-11', 'D-CO-12',
];
// RULES.md §7: the known gaps G1–G15.
const RULES_MD_GAPS = Array.from({ length: 15 }, (_, i) => `G${i + 1}`);
// RULES.md 1.9, 2.9, 3.9, 4.9, 5.8: number of items in each "Out of scope / not-covered" list.
// RULES-probation-comporto.md 9.9 (six bullets) and 10.9 (seven).
const RULES_MD_OUT_OF_SCOPE = { notice: 6, leave: 5, seniority: 7, 'fixed-term': 6, monitoring: 5, probation: 6, comporto: 7 };
// RULES.md section of each decision prefix.
const GROUP_OF_PREFIX: Record<string, string> = { GEN: 'general', NP: 'notice', LV: 'leave', SC: 'seniority', FT: 'fixed-term', MON: 'monitoring', PR: 'probation', CO: 'comporto' };

const decisionIds = DECISIONS.map((decision) => decision.id);

describe('interpretation decisions (RULES.md: each is shown to users as an interpretation)', () => {
  it('lists every D-… id of RULES.md, once, in the brief’s order', () => {
    expect(decisionIds).toEqual(RULES_MD_DECISIONS);
  });

  it('files each decision under the calculator of its RULES.md section', () => {
    const misfiled = DECISIONS.filter((decision) => GROUP_OF_PREFIX[decision.id.split('-')[1] ?? ''] !== decision.calculator);
    expect(misfiled).toEqual([]);
  });

  it('has a one-line statement and a reason in Italian and English for every decision', () => {
    const keys = decisionIds.flatMap((id) => [`rules.decision.${id}.text`, `rules.decision.${id}.reason`]);
    expect(keys.filter((key) => !(itRules as Record<string, string>)[key]?.trim())).toEqual([]);
    expect(keys.filter((key) => !(enRules as Record<string, string>)[key]?.trim())).toEqual([]);
  });

  it('has no decision text without a decision (a stale id would never be shown)', () => {
    const textIds = Object.keys(itRules).flatMap((key) => /^rules\.decision\.(D-[A-Z]+-\d+)\./.exec(key)?.slice(1) ?? []);
    expect([...new Set(textIds)].filter((id) => !decisionIds.includes(id))).toEqual([]);
  });
});

describe('known gaps (RULES.md §7: show them, do not hide them)', () => {
  it('lists G1–G15', () => {
    expect(GAPS.map((gap) => gap.id)).toEqual(RULES_MD_GAPS);
  });

  it('has a title, what is missing and its consequence in Italian and English for every gap', () => {
    const keys = GAPS.flatMap(({ id }) => [`rules.gap.${id}.title`, `rules.gap.${id}`, `rules.gap.${id}.consequence`]);
    expect(keys.filter((key) => !(itRules as Record<string, string>)[key]?.trim())).toEqual([]);
    expect(keys.filter((key) => !(enRules as Record<string, string>)[key]?.trim())).toEqual([]);
  });

  it('knows every gap a ruleset points to', () => {
    const missing = RULESETS.flatMap((ruleset) => ruleset.gaps.filter((id) => !RULES_MD_GAPS.includes(id)));
    expect(missing).toEqual([]);
  });
});

describe('out of scope (RULES.md 1.9, 2.9, 3.9, 4.9, 5.8; RULES-probation-comporto.md 9.9, 10.9)', () => {
  it('has as many items per calculator as the brief', () => {
    const counts = Object.fromEntries(Object.entries(OUT_OF_SCOPE).map(([calculator, ids]) => [calculator, ids.length]));
    expect(counts).toEqual(RULES_MD_OUT_OF_SCOPE);
  });

  it('has a text in Italian and English for every item', () => {
    const keys = Object.values(OUT_OF_SCOPE).flatMap((ids) => ids.map((id) => `rules.outOfScope.${id}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => !(itRules as Record<string, string>)[key]?.trim())).toEqual([]);
    expect(keys.filter((key) => !(enRules as Record<string, string>)[key]?.trim())).toEqual([]);
  });
});

describe('sources', () => {
  it('resolves every source id of the decisions and gaps in the SOURCES.md registry', () => {
    const ids = [...DECISIONS.flatMap((decision) => decision.sourceIds), ...GAPS.flatMap((gap) => gap.sourceIds ?? [])];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !sourceById(id))).toEqual([]);
  });

  it('grounds the decisions RULES.md ties to a statute in that statute (D-NP-8 art. 2118 c.c., D-FT-5 art. 23(4) D.Lgs. 81/2015)', () => {
    expect(DECISIONS.find((decision) => decision.id === 'D-NP-8')?.sourceIds).toContain('S01');
    expect(DECISIONS.find((decision) => decision.id === 'D-FT-5')?.sourceIds).toContain('S11');
  });
});
