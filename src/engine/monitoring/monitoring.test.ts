/**
 * Engine unit tests over a small fixture tree (not the real art. 4 data), so
 * that they test the walk — first match wins, lazy `purpose`, procedure
 * filter, document placeholder, notes, windows — and not the legal content.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates';
import { table } from '../core/rules';
import type { CalcResult, CalcSuccess } from '../core/result';
import { computeMonitoring, type MonitoringOutputs, type MonitoringRules, type MonitoringTree, type OutcomeRules } from '.';

const cite = { sourceIds: ['S18'], status: 'cited-source' } as const;
const outcome = (over: Partial<OutcomeRules> = {}): OutcomeRules => ({
  ...cite,
  informationDuty: false,
  buildsProcedure: false,
  nextSteps: [{ key: 'fx.next', ...cite }],
  documents: [{ id: 'DOC-TECH', ...cite }],
  sanction: null,
  warnings: [],
  info: [],
  ...over,
});

const TREE: MonitoringTree = {
  decision: [
    { id: 'a', step: 1, when: [{ fact: 'canMonitorWorkers', is: false }], outcome: 'outside-art4', refusalLikely: false, ...cite },
    { id: 'b', step: 3, when: [{ fact: 'tracksOperatorActivity', is: true }, { fact: 'purpose', is: 'safety' }], outcome: 'agreement-required', refusalLikely: true, ...cite },
    { id: 'c', step: 5, when: [{ fact: 'tool', is: 'gps' }], outcome: 'work-tool', refusalLikely: false, ...cite },
  ],
  decisionOrder: { key: 'fx.order', sourceIds: ['S18'], status: 'inferred' },
  procedure: [
    { id: 'company-agreement', kind: 'agreement', when: [{ fact: 'representation', is: 'rsa-rsu' }], ...cite },
    { id: 'itl-authorisation', kind: 'authorisation', when: [], ...cite },
  ],
  procedureDocuments: { agreement: { id: 'DOC-AGREEMENT', ...cite }, authorisation: { id: 'DOC-APPLICATION', ...cite } },
  authorisationFinal: { key: 'fx.final', ...cite },
  outcomes: {
    'outside-art4': outcome(),
    'work-tool': outcome({ informationDuty: true, warnings: [{ code: 'FX-W', key: 'fx.warn', ...cite }] }),
    'agreement-required': outcome({
      informationDuty: true,
      buildsProcedure: true,
      documents: ['first-procedure-document', { id: 'DOC-DPIA', conditional: 'if-systematic', ...cite }],
      sanction: { key: 'fx.sanction', ...cite },
    }),
    'not-permitted': outcome(),
  },
  informationDuty: { key: 'fx.duty', ...cite },
  refusal: { code: 'FX-REFUSAL', key: 'fx.refusal', ...cite },
  emailMapping: { key: 'fx.email', sourceIds: ['S34'], status: 'inferred' },
  notes: [
    { tools: ['gps'], key: 'fx.note.gps', ...cite },
    { tools: ['gps'], rulesets: ['statute'], key: 'fx.note.statute', asStep: true, ...cite },
  ],
  notCovered: [{ key: 'fx.nc.all' }, { key: 'fx.nc.video', tools: ['video'] }],
};
const RULES: MonitoringRules = {
  tree: table('fx.tree', [{ validFrom: '2020-01-01' as IsoDate, validTo: '2029-12-31' as IsoDate, value: TREE, ...cite }]),
};
const ctx = { rulesVersion: 'fx', today: '2025-06-01' as IsoDate };
const run = (input: unknown) => computeMonitoring(input, RULES, ctx);
function ok(result: CalcResult<MonitoringOutputs>): CalcSuccess<MonitoringOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.message.key}`);
  return result;
}
const errorOf = (input: unknown) => {
  const result = run(input);
  return result.ok ? 'ok' : `${result.error.code}:${result.error.field ?? ''}`;
};

describe('monitoring engine walk (fixture tree)', () => {
  it('decides with the first rule whose tests all hold (D-MON-1 "first match wins")', () => {
    const out = ok(run({ tool: 'gps', canMonitorWorkers: false })).outputs;
    expect([out.outcome, out.decisionStep]).toEqual(['outside-art4', 1]);
  });

  it('reads purpose only where the path reaches a rule that tests it (C-17)', () => {
    expect(errorOf({ tool: 'gps', canMonitorWorkers: true })).toBe('ok');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: true, tracksOperatorActivity: true })).toBe('invalid-value:purpose');
  });

  it('refuses a missing purpose with invalid-value naming the step that needed it', () => {
    const result = run({ tool: 'video', canMonitorWorkers: true, tracksOperatorActivity: true });
    expect(result.ok ? null : result.error.message).toEqual({ key: 'monitoring.error.purposeRequired', params: { step: 3 } });
  });

  it('answers not-covered, not a guess, when no rule of the data matches', () => {
    expect(errorOf({ tool: 'video', canMonitorWorkers: true })).toBe('not-covered:');
  });

  it('builds the procedure only for an outcome that builds one, keeping the rules that hold in order (D-MON-2)', () => {
    const facts = { tool: 'video', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'safety' };
    expect(ok(run({ ...facts, representation: 'rsa-rsu' })).outputs.procedure).toEqual(['company-agreement', 'itl-authorisation']);
    expect(ok(run(facts)).outputs.procedure).toEqual(['itl-authorisation']);
    expect(ok(run({ tool: 'gps', canMonitorWorkers: true, representation: 'rsa-rsu' })).outputs.procedure).toEqual([]);
  });

  it('puts DOC-AGREEMENT first when the first procedure step is an agreement, DOC-APPLICATION otherwise (RULES 5.5)', () => {
    const facts = { tool: 'video', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'safety' };
    expect(ok(run({ ...facts, representation: 'rsa-rsu' })).outputs.documents.map((d) => d.id)).toEqual(['DOC-AGREEMENT', 'DOC-DPIA']);
    const docs = ok(run(facts)).outputs.documents;
    expect(docs.map((d) => d.id)).toEqual(['DOC-APPLICATION', 'DOC-DPIA']);
    expect(docs[1]?.conditional).toBe('if-systematic');
  });

  it('sets refusalLikely, the sanction and the refusal warning from the deciding rule and outcome', () => {
    const result = ok(run({ tool: 'video', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'safety' }));
    expect(result.outputs.refusalLikely).toBe(true);
    expect(result.outputs.sanction?.key).toBe('fx.sanction');
    expect(result.warnings.map((w) => w.code)).toContain('FX-REFUSAL');
  });

  it('adds the notes of the tool, and ruleset-bound notes only under that ruleset', () => {
    expect(ok(run({ tool: 'gps', canMonitorWorkers: true })).info).toEqual([{ key: 'monitoring.outcome.work-tool' }, { key: 'fx.note.gps' }]);
    const statute = ok(run({ ruleset: 'statute', tool: 'gps', canMonitorWorkers: true }));
    expect(statute.info.map((m) => m.key)).toContain('fx.note.statute');
    expect(statute.steps.some((s) => s.detail?.key === 'fx.note.statute')).toBe(true);
  });

  it('lists not-covered parts for every tool, and tool-bound ones only for that tool', () => {
    expect(ok(run({ tool: 'gps', canMonitorWorkers: true })).notCovered.map((m) => m.key)).toEqual(['fx.nc.all']);
    expect(ok(run({ tool: 'video', canMonitorWorkers: false })).notCovered.map((m) => m.key)).toEqual(['fx.nc.all', 'fx.nc.video']);
  });

  it('never shows W-1, W-2 or W-5, whatever the ruleset: monitoring takes no CCNL figure (RULES 0.3, R-10)', () => {
    for (const ruleset of [undefined, 'unimpresa-vvp-2021', 'confcommercio-tds', 'statute']) {
      const codes = ok(run({ ruleset, tool: 'gps', canMonitorWorkers: true })).warnings.map((w) => w.code);
      expect(codes).toEqual(['FX-W', 'W-4']);
    }
  });

  it('cites every step, and marks the D-MON-1 order as an interpretation', () => {
    const steps = ok(run({ tool: 'gps', canMonitorWorkers: true })).steps;
    expect(steps.every((s) => s.sourceIds.length > 0)).toBe(true);
    expect(steps[0]).toMatchObject({ label: { key: 'monitoring.step.decisionOrder' }, status: 'inferred' });
  });

  it('records as defaults only the absent facts the path actually read (C-17)', () => {
    expect(ok(run({ tool: 'gps', canMonitorWorkers: true })).defaultsUsed).toEqual(['tracksOperatorActivity']);
  });

  it('uses the input date over ctx.today, and refuses dates outside the tree window with not-covered on date', () => {
    expect(errorOf({ tool: 'gps', canMonitorWorkers: true, date: '2019-12-31' })).toBe('not-covered:date');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: true, date: '2020-01-01' })).toBe('ok');
    expect(computeMonitoring({ tool: 'gps', canMonitorWorkers: true }, RULES, { ...ctx, today: '2030-01-01' as IsoDate }).ok).toBe(false);
  });

  it('refuses an impossible date with invalid-date', () => {
    expect(errorOf({ tool: 'gps', date: '2025-02-29' })).toBe('invalid-date:date');
  });

  it('checks types and lists before dates and the ruleset (D-GEN-4)', () => {
    expect(errorOf({ ruleset: 'nope', tool: 'camera', date: '2025-02-30' })).toBe('invalid-value:tool');
    expect(errorOf({ ruleset: 'nope', tool: 'gps', date: '2025-02-30' })).toBe('invalid-date:date');
    expect(errorOf({ ruleset: 'nope', tool: 'gps' })).toBe('unknown-ruleset:ruleset');
    expect(errorOf({ ruleset: 7, tool: 'gps' })).toBe('invalid-value:ruleset');
  });

  it('refuses wrong JSON types and out-of-list values with invalid-value naming the field', () => {
    expect(errorOf(null)).toBe('invalid-value:');
    expect(errorOf([])).toBe('invalid-value:');
    expect(errorOf({})).toBe('invalid-value:tool');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: 'yes' })).toBe('invalid-value:canMonitorWorkers');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: false, purpose: 'marketing' })).toBe('invalid-value:purpose');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: false, representation: 'rsu' })).toBe('invalid-value:representation');
    expect(errorOf({ tool: 'gps', canMonitorWorkers: false, date: 20250101 })).toBe('invalid-value:date');
  });
});
