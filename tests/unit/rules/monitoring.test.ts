/** Real-rules tests of the art. 4 calculator (RULES.md §5) through calculate(). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Real-rules tests go through calculate() by the engines issue's rule, although rules data may not import it.
import { calculate, INTERNAL_FAULT_KEY, type CalcResult, type CalcSuccess } from '../../../src/calculators';
import { windowProblems } from '../../../src/engine/core/rules';
import { answersToFacts, nextQuestion, QUESTION_IDS, type MonitoringAnswers, type MonitoringOutputs } from '../../../src/engine/monitoring';
// The message files are checked here for every key the real rules can emit.
import * as it_ from '../../../src/ui/i18n/messages/it';
import * as en_ from '../../../src/ui/i18n/messages/en';
import { ART4_FROM, MONITORING_INTERVIEW, MONITORING_QUESTIONS, MONITORING_RULES, MONITORING_SCENARIOS } from '../../../src/rules/monitoring';

const TODAY = '2026-11-23' as never;
const run = (input: unknown) => calculate('monitoring', input, { today: TODAY }) as CalcResult<MonitoringOutputs>;
function ok(result: CalcResult<MonitoringOutputs>): CalcSuccess<MonitoringOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.field} ${result.error.message.key}`);
  return result;
}
const out = (input: object) => ok(run(input)).outputs;
const code = (input: unknown) => {
  const result = run(input);
  return result.ok ? 'ok' : result.error.code;
};
const pick = (o: MonitoringOutputs) => ({ outcome: o.outcome, procedure: o.procedure, informationDuty: o.informationDuty, refusalLikely: o.refusalLikely });

describe('RULES.md 5.7 reference cases', () => {
  const cases: [string, object, Partial<ReturnType<typeof pick>>][] = [
    ['CRM-1', { tool: 'crm', canMonitorWorkers: true, onlyLinksCallToCustomer: true, purpose: 'organisational', representation: 'none' }, { outcome: 'work-tool', procedure: [], informationDuty: true, refusalLikely: false }],
    ['CRM-2', { tool: 'operator-monitoring', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'organisational', representation: 'rsa-rsu' }, { outcome: 'agreement-required', refusalLikely: true, procedure: ['company-agreement', 'itl-authorisation'], informationDuty: true }],
    ['CRM-3', { tool: 'operator-monitoring', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'performance', representation: 'rsa-rsu' }, { outcome: 'not-permitted', procedure: [], informationDuty: false }],
    ['GPS-1', { tool: 'gps', canMonitorWorkers: true, purpose: 'organisational', representation: 'none' }, { outcome: 'agreement-required', refusalLikely: false, procedure: ['itl-authorisation'] }],
    ['GPS-2', { tool: 'gps', canMonitorWorkers: true, neededToWork: true, purpose: 'safety' }, { outcome: 'work-tool' }],
    ['BIO-1', { tool: 'biometric', canMonitorWorkers: true, neededToWork: true, purpose: 'safety' }, { outcome: 'work-tool' }],
    ['CAM-1', { tool: 'video', canMonitorWorkers: true, purpose: 'asset-protection', representation: 'rsa-rsu' }, { outcome: 'agreement-required', procedure: ['company-agreement', 'itl-authorisation'] }],
    ['MAIL-1', { tool: 'email', canMonitorWorkers: true, neededToWork: false, purpose: 'organisational', representation: 'none' }, { outcome: 'agreement-required', procedure: ['itl-authorisation'] }],
    ['MULTI-1', { tool: 'video', canMonitorWorkers: true, representation: 'none', unitsInSeveralProvinces: true, unitsUnderSeveralItl: true, purpose: 'asset-protection' }, { outcome: 'agreement-required', procedure: ['national-unions-agreement', 'inl-authorisation'] }],
    ['ATT-1', { tool: 'attendance', canMonitorWorkers: true }, { outcome: 'work-tool', informationDuty: true }],
    ['OUT-1', { tool: 'other', canMonitorWorkers: false }, { outcome: 'outside-art4', procedure: [], informationDuty: false }],
  ];
  it.each(cases)('%s gives the outcome of RULES.md 5.7', (_id, input, expected) => {
    expect(pick(out(input))).toMatchObject(expected);
  });
});

describe('RULES.md 5.6 edge cases', () => {
  it('canMonitorWorkers false with tool attendance is outside-art4: step 1 comes first', () => {
    expect(out({ tool: 'attendance', canMonitorWorkers: false })).toMatchObject({ outcome: 'outside-art4', decisionStep: 1 });
  });
  it('attendance with purpose performance is a work tool: step 2 comes before any purpose check', () => {
    expect(out({ tool: 'attendance', canMonitorWorkers: true, purpose: 'performance' })).toMatchObject({ outcome: 'work-tool', decisionStep: 2 });
  });
  it('tracking and neededToWork both true, purpose organisational: agreement-required with refusal likely (step 3 beats step 5)', () => {
    expect(out({ tool: 'gps', canMonitorWorkers: true, tracksOperatorActivity: true, neededToWork: true, purpose: 'organisational' })).toMatchObject({ outcome: 'agreement-required', refusalLikely: true, decisionStep: 3 });
  });
  it('a CRM that only links calls but also tracks operators: agreement-required, refusal likely', () => {
    expect(out({ tool: 'crm', canMonitorWorkers: true, onlyLinksCallToCustomer: true, tracksOperatorActivity: true, purpose: 'organisational' })).toMatchObject({ outcome: 'agreement-required', refusalLikely: true });
  });
  it('onlyLinksCallToCustomer on a non-CRM tool is ignored', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, onlyLinksCallToCustomer: true, purpose: 'safety' })).toMatchObject({ outcome: 'agreement-required', decisionStep: 7 });
  });
  it('neededToWork with purpose performance and no tracking is a work tool (step 5 before step 6), data usable only after comma-3 information', () => {
    const result = ok(run({ tool: 'gps', canMonitorWorkers: true, neededToWork: true, purpose: 'performance' }));
    expect(result.outputs).toMatchObject({ outcome: 'work-tool', decisionStep: 5, informationDuty: true });
    expect(result.warnings.map((w) => w.code)).toContain('MON-C3');
  });
  it('rsa-rsu, several provinces, several ITLs: [company-agreement, national-unions-agreement, inl-authorisation]', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety', representation: 'rsa-rsu', unitsInSeveralProvinces: true, unitsUnderSeveralItl: true }).procedure)
      .toEqual(['company-agreement', 'national-unions-agreement', 'inl-authorisation']);
  });
  it('no representation, one province: [itl-authorisation]', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety', representation: 'none' }).procedure).toEqual(['itl-authorisation']);
  });
  it('several ITLs without several provinces: inl-authorisation without national-unions-agreement', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety', representation: 'rsa-rsu', unitsUnderSeveralItl: true }).procedure).toEqual(['company-agreement', 'inl-authorisation']);
  });
  it('not-permitted has no procedure and no information duty, and tells the user not to install', () => {
    const o = out({ tool: 'video', canMonitorWorkers: true, purpose: 'performance', representation: 'rsa-rsu' });
    expect([o.outcome, o.procedure, o.informationDuty, o.nextSteps[0]?.key]).toEqual(['not-permitted', [], false, 'monitoring.next.not-permitted.1']);
  });
  it('tool "camera" or purpose "marketing" is invalid-value', () => {
    expect(code({ tool: 'camera', canMonitorWorkers: true, purpose: 'safety' })).toBe('invalid-value');
    expect(code({ tool: 'video', canMonitorWorkers: true, purpose: 'marketing' })).toBe('invalid-value');
  });
  it('purpose "marketing" is refused even where the path does not use purpose (C-17)', () => {
    expect(code({ tool: 'attendance', canMonitorWorkers: false, purpose: 'marketing' })).toBe('invalid-value');
  });
  it('gps that can monitor, nothing else true, no purpose: the path reaches step 6, so invalid-value on purpose (C-17)', () => {
    const result = run({ tool: 'gps', canMonitorWorkers: true });
    expect(result.ok ? null : [result.error.code, result.error.field]).toEqual(['invalid-value', 'purpose']);
  });
  it('tracking without purpose: the path reaches step 3 with tracking, so invalid-value on purpose (C-17)', () => {
    expect(code({ tool: 'operator-monitoring', canMonitorWorkers: true, tracksOperatorActivity: true })).toBe('invalid-value');
  });
  it('paths that end before step 3 or at steps 4–5 need no purpose (C-17)', () => {
    expect(code({ tool: 'other' })).toBe('ok');
    expect(code({ tool: 'crm', canMonitorWorkers: true, onlyLinksCallToCustomer: true })).toBe('ok');
    expect(code({ tool: 'gps', canMonitorWorkers: true, neededToWork: true })).toBe('ok');
  });
  it('ruleset "ccnl-metalmeccanici" with otherwise valid facts is unknown-ruleset, though the outcome does not depend on it', () => {
    expect(code({ ruleset: 'ccnl-metalmeccanici', tool: 'video', canMonitorWorkers: true, purpose: 'safety' })).toBe('unknown-ruleset');
  });
  it('the outcome is the same under all three rulesets (art. 4 is statute law)', () => {
    const facts = { tool: 'gps', canMonitorWorkers: true, purpose: 'organisational' };
    const outcomes = ['unimpresa-vvp-2021', 'confcommercio-tds', 'statute'].map((ruleset) => pick(out({ ...facts, ruleset })));
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });
});

describe('RULES.md 5.5 next steps, documents and sanction', () => {
  const ids = (o: MonitoringOutputs) => o.documents.map((d) => (d.conditional ? `${d.id}?${d.conditional}` : d.id));
  it('outside-art4: three next steps; DOC-TECH, and the privacy notice only if personal data are processed', () => {
    const o = out({ tool: 'other', canMonitorWorkers: false });
    expect(o.nextSteps.map((s) => s.key)).toEqual([1, 2, 3].map((n) => `monitoring.next.outside-art4.${n}`));
    expect(ids(o)).toEqual(['DOC-TECH', 'DOC-GDPR-NOTICE?if-personal-data']);
    expect(o.sanction).toBeNull();
  });
  it('work-tool: five next steps; DOC-TECH, DOC-INFO-C3, DOC-GDPR-NOTICE, DOC-POLICY, DOC-DPIA if systematic', () => {
    const o = out({ tool: 'attendance', canMonitorWorkers: true });
    expect(o.nextSteps.map((s) => s.key)).toEqual([1, 2, 3, 4, 5].map((n) => `monitoring.next.work-tool.${n}`));
    expect(ids(o)).toEqual(['DOC-TECH', 'DOC-INFO-C3', 'DOC-GDPR-NOTICE', 'DOC-POLICY', 'DOC-DPIA?if-systematic']);
    expect(o.sanction).toBeNull();
  });
  it('agreement-required with an agreement first: DOC-AGREEMENT, then DOC-TECH, DOC-INFO-C3, DOC-GDPR-NOTICE, DOC-DPIA, DOC-POLICY; sanction line', () => {
    const o = out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety', representation: 'rsa-rsu' });
    expect(o.nextSteps.map((s) => s.key)).toEqual([1, 2, 3, 4, 5].map((n) => `monitoring.next.agreement-required.${n}`));
    expect(ids(o)).toEqual(['DOC-AGREEMENT', 'DOC-TECH', 'DOC-INFO-C3', 'DOC-GDPR-NOTICE', 'DOC-DPIA', 'DOC-POLICY']);
    expect(o.sanction).toMatchObject({ key: 'monitoring.sanction.comma1', sourceIds: ['S21', 'S22'] });
  });
  it('agreement-required with national unions first (MULTI-1) still starts with DOC-AGREEMENT', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety', unitsInSeveralProvinces: true, unitsUnderSeveralItl: true }).documents[0]?.id).toBe('DOC-AGREEMENT');
  });
  it('agreement-required with only an authorisation: DOC-APPLICATION first', () => {
    expect(out({ tool: 'video', canMonitorWorkers: true, purpose: 'safety' }).documents[0]?.id).toBe('DOC-APPLICATION');
  });
  it('not-permitted: nothing to file, keep DOC-TECH; three next steps; no sanction line', () => {
    const result = ok(run({ tool: 'gps', canMonitorWorkers: true, purpose: 'performance' }));
    expect(ids(result.outputs)).toEqual(['DOC-TECH']);
    expect(result.outputs.nextSteps).toHaveLength(3);
    expect(result.info.map((m) => m.key)).toContain('monitoring.info.notPermittedDocuments');
  });
  it('refusalLikely adds the circular 4/2017 warning', () => {
    const result = ok(run({ tool: 'operator-monitoring', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'safety' }));
    expect(result.warnings.find((w) => w.code === 'MON-REFUSAL')).toMatchObject({ message: { key: 'monitoring.warning.refusalLikely' }, sourceIds: ['S31', 'S46'] });
  });
  it('every next step, document and sanction is cited with a source id and a status', () => {
    for (const o of [out({ tool: 'other' }), out({ tool: 'attendance', canMonitorWorkers: true }), out({ tool: 'gps', canMonitorWorkers: true, purpose: 'safety' }), out({ tool: 'gps', canMonitorWorkers: true, purpose: 'performance' })]) {
      for (const item of [...o.nextSteps, ...o.documents, ...(o.sanction ? [o.sanction] : [])]) {
        expect(item.sourceIds.length).toBeGreaterThan(0);
        expect(['seed', 'cited-source', 'inferred']).toContain(item.status);
      }
    }
  });
  it('the privacy notice and the impact assessment rest on the GDPR itself (S23, arts. 13 and 35): published source, not an interpretation', () => {
    for (const o of [out({ tool: 'other' }), out({ tool: 'crm', canMonitorWorkers: true, onlyLinksCallToCustomer: true }), out({ tool: 'gps', canMonitorWorkers: true, purpose: 'safety' })]) {
      for (const d of o.documents.filter((doc) => doc.id === 'DOC-GDPR-NOTICE' || doc.id === 'DOC-DPIA')) {
        expect(d, d.id).toMatchObject({ status: 'cited-source', sourceIds: ['S23'] });
        expect(d.flags ?? [], d.id).not.toContain('practice');
      }
    }
  });
  it('e-mail paths show the C-18 mapping as an interpretation citing the Garante guidance (S34)', () => {
    const steps = ok(run({ tool: 'email', canMonitorWorkers: true, neededToWork: true })).steps;
    expect(steps.find((s) => s.label.key === 'monitoring.step.emailMapping')).toMatchObject({ value: true, status: 'inferred', sourceIds: ['S34'] });
  });
  it('shows W-4 but never W-1, W-2 or W-5, with or without a contract chosen (R-10)', () => {
    for (const ruleset of [undefined, 'unimpresa-vvp-2021', 'confcommercio-tds']) {
      const codes = ok(run({ ruleset, tool: 'gps', canMonitorWorkers: true, purpose: 'safety', date: '2028-01-10' })).warnings.map((w) => w.code);
      expect(codes).toContain('W-4');
      for (const never of ['W-1', 'W-2', 'W-5']) expect(codes).not.toContain(never);
    }
    expect(ok(run({ ruleset: 'statute', tool: 'other' })).warnings.map((w) => w.code)).toEqual(['W-4']);
  });
});

describe('revision 2 statuses (R-4)', () => {
  it('cites "decisions are final" from the text in force (S69), no longer as an interpretation', () => {
    const result = run({ tool: 'gps', canMonitorWorkers: true, purpose: 'organisational', representation: 'none' });
    const step = result.ok ? result.steps.find((s) => s.label.key === 'monitoring.step.authorisationFinal') : undefined;
    expect(step).toMatchObject({ status: 'cited-source' });
    expect(step?.sourceIds).toContain('S69');
  });
});

describe('rules window (art. 4 as amended by D.Lgs. 185/2016)', () => {
  it('has one open-ended window from 2016-10-08 with no gap', () => {
    expect(windowProblems(MONITORING_RULES.tree)).toEqual([]);
    expect(MONITORING_RULES.tree.entries.map((e) => [e.validFrom, e.validTo])).toEqual([[ART4_FROM, undefined]]);
  });
  it('answers from 2016-10-08 and refuses 2016-10-07 with not-covered on date', () => {
    expect(code({ tool: 'other', date: '2016-10-08' })).toBe('ok');
    const result = run({ tool: 'other', date: '2016-10-07' });
    expect(result.ok ? null : [result.error.code, result.error.field]).toEqual(['not-covered', 'date']);
  });
  it('takes the reference day from the context when the input has no date', () => {
    const result = calculate('monitoring', { tool: 'other' }, { today: '2010-01-01' as never });
    expect(result.ok ? 'ok' : result.error.code).toBe('not-covered');
  });
});

describe('interview and scenarios on the real data (RULES.md 5.4)', () => {
  it('has questions Q1–Q9 in order, each mapped to a FORMAT.md fact', () => {
    expect(MONITORING_QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(MONITORING_QUESTIONS.map((q) => q.fact)).toEqual(['tool', 'canMonitorWorkers', 'tracksOperatorActivity', 'onlyLinksCallToCustomer', 'neededToWork', 'purpose', 'representation', 'unitsInSeveralProvinces', 'unitsUnderSeveralItl']);
  });
  it.each(MONITORING_SCENARIOS.map((s) => [s.id, s] as const))('scenario %s: the interview ends and gives the expected outcome', (_id, scenario) => {
    expect(nextQuestion(scenario.answers, MONITORING_INTERVIEW)).toBe('done');
    const result = ok(run(answersToFacts(scenario.answers, MONITORING_INTERVIEW)));
    expect(result.outputs).toMatchObject({ ...scenario.expected, procedure: [...scenario.expected.procedure] });
    for (const key of scenario.infoKeys) expect(result.info.map((m) => m.key)).toContain(key);
  });
  it('smart-working webcam scenario (seed Art. 14, S45) shows the Art. 14 line as a seed step', () => {
    const scenario = MONITORING_SCENARIOS.find((s) => s.id === 'smart-working-webcam');
    const steps = ok(run(answersToFacts(scenario?.answers ?? {}, MONITORING_INTERVIEW))).steps;
    expect(steps.find((s) => s.detail?.key === 'monitoring.note.smartWorkingArt14')).toMatchObject({ status: 'seed', sourceIds: ['S45'] });
  });
});

describe('message files', () => {
  const itKeys = Object.assign({}, ...Object.values(it_)) as Record<string, string>;
  const enKeys = Object.assign({}, ...Object.values(en_)) as Record<string, string>;
  it('have every key the real rules, questions and scenarios use, in Italian and English', () => {
    const tree = MONITORING_RULES.tree.entries[0]?.value;
    const keys = new Set<string>(JSON.stringify({ tree, MONITORING_QUESTIONS, MONITORING_SCENARIOS }).match(/"(monitoring\.[\w.-]+|common\.\w+)"/g)?.map((k) => k.slice(1, -1)));
    const inputs = [{ tool: 'email', canMonitorWorkers: true, neededToWork: true }, { tool: 'video', canMonitorWorkers: true, purpose: 'safety', tracksOperatorActivity: true, unitsUnderSeveralItl: true, unitsInSeveralProvinces: true, representation: 'rsa-rsu' }, { tool: 'other' }, { tool: 'gps', canMonitorWorkers: true, purpose: 'performance' }, { tool: 'gps', canMonitorWorkers: true }];
    for (const input of inputs) {
      const result = run(input);
      const text = JSON.stringify(result);
      for (const match of text.match(/"(monitoring\.[\w.-]+|warning\.[\w-]+|error\.\w+)"/g) ?? []) keys.add(match.slice(1, -1));
      if (result.ok) for (const d of result.outputs.documents) keys.add(`monitoring.document.${d.id}.name`).add(`monitoring.document.${d.id}.content`);
    }
    for (const id of ['outside-art4', 'work-tool', 'agreement-required', 'not-permitted']) keys.add(`monitoring.outcomeLabel.${id}`);
    const missing = [...keys].filter((k) => !(k in itKeys) || !(k in enKeys));
    expect(missing).toEqual([]);
  });
  it('have the same monitoring keys in Italian and English', () => {
    const mine = (c: Record<string, string>) => Object.keys(c).filter((k) => k.startsWith('monitoring.')).sort();
    expect(mine(enKeys)).toEqual(mine(itKeys));
  });
});

const tools = fc.constantFrom('crm', 'operator-monitoring', 'gps', 'video', 'email', 'attendance', 'biometric', 'other');
const purposes = fc.constantFrom('organisational', 'safety', 'asset-protection', 'performance');
const validFacts = fc.record(
  {
    tool: tools,
    canMonitorWorkers: fc.boolean(),
    onlyLinksCallToCustomer: fc.boolean(),
    tracksOperatorActivity: fc.boolean(),
    neededToWork: fc.boolean(),
    purpose: purposes,
    representation: fc.constantFrom('rsa-rsu', 'none'),
    unitsInSeveralProvinces: fc.boolean(),
    unitsUnderSeveralItl: fc.boolean(),
    ruleset: fc.constantFrom('unimpresa-vvp-2021', 'confcommercio-tds', 'statute'),
  },
  { requiredKeys: ['tool', 'purpose'] },
);
const RUNS = { numRuns: 1000 };
const CODES = ['invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered'];
const noNaN = (v: unknown): boolean =>
  typeof v === 'number' ? Number.isFinite(v) : Array.isArray(v) ? v.every(noNaN) : v && typeof v === 'object' ? Object.values(v).every(noNaN) : true;

describe('monitoring properties (1,000 runs each)', () => {
  it('is total: any input gives a result or one known typed error, never a throw, NaN or internal fault', () => {
    const any = fc.oneof(fc.anything(), fc.constant(undefined), fc.boolean(), fc.string());
    const nearValid = fc.record(
      {
        tool: fc.oneof(tools, any), canMonitorWorkers: fc.oneof(fc.boolean(), any), onlyLinksCallToCustomer: fc.oneof(fc.boolean(), any),
        tracksOperatorActivity: fc.oneof(fc.boolean(), any), neededToWork: fc.oneof(fc.boolean(), any), purpose: fc.oneof(purposes, any),
        representation: fc.oneof(fc.constantFrom('rsa-rsu', 'none'), any), unitsInSeveralProvinces: any, unitsUnderSeveralItl: any,
        ruleset: fc.oneof(fc.constantFrom('statute', 'x'), any), date: fc.oneof(fc.constantFrom('2020-02-29', '2015-01-01', '2025-02-29'), any),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValid), (input) => {
        const result = run(input);
        return result.ok ? noNaN(result.outputs) : CODES.includes(result.error.code) && result.error.message.key !== INTERNAL_FAULT_KEY;
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(validFacts, (input) => {
      expect(run(input)).toEqual(run(input));
    }), RUNS);
  });

  it('procedure shape (D-MON-2): empty unless agreement-required; then company, national, exactly one of itl/inl, in that order', () => {
    const order = ['company-agreement', 'national-unions-agreement', 'itl-authorisation', 'inl-authorisation'];
    fc.assert(
      fc.property(validFacts, (input) => {
        const o = out(input);
        if (o.outcome !== 'agreement-required') return o.procedure.length === 0;
        const last = o.procedure[o.procedure.length - 1];
        const authorisations = o.procedure.filter((p) => p.endsWith('-authorisation'));
        const sorted = [...o.procedure].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        return authorisations.length === 1 && last === authorisations[0] && JSON.stringify(sorted) === JSON.stringify(o.procedure) &&
          o.procedure.includes('company-agreement') === (input.representation === 'rsa-rsu') &&
          o.procedure.includes('national-unions-agreement') === (input.unitsInSeveralProvinces === true) &&
          last === (input.unitsUnderSeveralItl ? 'inl-authorisation' : 'itl-authorisation');
      }),
      RUNS,
    );
  });

  it('informationDuty holds exactly when the outcome is work-tool or agreement-required (D-MON-3), and refusalLikely only at step 3', () => {
    fc.assert(
      fc.property(validFacts, (input) => {
        const o = out(input);
        return o.informationDuty === (o.outcome === 'work-tool' || o.outcome === 'agreement-required') && (!o.refusalLikely || o.decisionStep === 3);
      }),
      RUNS,
    );
  });

  it('canMonitorWorkers false gives outside-art4 whatever else is true (D-MON-1 step 1)', () => {
    fc.assert(fc.property(validFacts, (input) => out({ ...input, canMonitorWorkers: false }).outcome === 'outside-art4'), RUNS);
  });

  it('interview consistency: following nextQuestion with arbitrary answers terminates and yields facts the engine accepts', () => {
    const answer = (id: string) =>
      id === 'Q1' ? tools : id === 'Q6' ? purposes : id === 'Q7' ? fc.constantFrom('rsa-rsu', 'none') : fc.boolean();
    const pool = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer(id)])) as Record<string, fc.Arbitrary<unknown>>);
    fc.assert(
      fc.property(pool, (all) => {
        const answers: Record<string, unknown> = {};
        for (let i = 0; i <= QUESTION_IDS.length; i += 1) {
          const id = nextQuestion(answers as MonitoringAnswers, MONITORING_INTERVIEW);
          if (id === 'done') return run(answersToFacts(answers as MonitoringAnswers, MONITORING_INTERVIEW)).ok;
          answers[id] = all[id];
        }
        return false;
      }),
      RUNS,
    );
  });

  it('does not ask whether the units fall under different ITLs after "No" to units in several provinces (issue 7)', () => {
    const answers = { Q1: 'gps', Q2: true, Q3: false, Q5: false, Q6: 'organisational', Q7: 'none', Q8: false } as const;
    expect(nextQuestion(answers, MONITORING_INTERVIEW)).toBe('done');
    const facts = answersToFacts(answers, MONITORING_INTERVIEW);
    expect(facts).toMatchObject({ unitsInSeveralProvinces: false, unitsUnderSeveralItl: false });
    // RULES.md 5.7 GPS-1: one ITL → the ITL authorisation.
    expect(out(facts).procedure).toEqual(['itl-authorisation']);
    expect(nextQuestion({ ...answers, Q8: true }, MONITORING_INTERVIEW)).toBe('Q9');
  });
  it('the interview asks Q7–Q9 exactly when the engine answers agreement-required', () => {
    const answer = (id: string) =>
      id === 'Q1' ? tools : id === 'Q6' ? purposes : id === 'Q7' ? fc.constantFrom('rsa-rsu', 'none') : fc.boolean();
    const pool = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer(id)])) as Record<string, fc.Arbitrary<unknown>>);
    fc.assert(
      fc.property(pool, (all) => {
        const answers: Record<string, unknown> = {};
        for (let id = nextQuestion({}, MONITORING_INTERVIEW); id !== 'done'; id = nextQuestion(answers as MonitoringAnswers, MONITORING_INTERVIEW)) answers[id] = all[id];
        const o = out(answersToFacts(answers as MonitoringAnswers, MONITORING_INTERVIEW));
        return ('Q7' in answers) === (o.outcome === 'agreement-required');
      }),
      RUNS,
    );
  });
});
