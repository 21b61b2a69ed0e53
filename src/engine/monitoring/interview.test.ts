/** Interview of RULES.md 5.4 over a fixture decision list and fixture questions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersToFacts, askedQuestions, nextQuestion, presetAnswer, QUESTION_IDS, type MonitoringAnswers, type MonitoringInterview, type QuestionDef } from '.';

const cite = { sourceIds: ['S18'], status: 'cited-source' } as const;
const FACTS: Record<string, QuestionDef['fact']> = {
  Q1: 'tool', Q2: 'canMonitorWorkers', Q3: 'tracksOperatorActivity', Q4: 'onlyLinksCallToCustomer', Q5: 'neededToWork',
  Q6: 'purpose', Q7: 'representation', Q8: 'unitsInSeveralProvinces', Q9: 'unitsUnderSeveralItl',
};
const INTERVIEW: MonitoringInterview = {
  questions: QUESTION_IDS.map((id) => ({
    id, fact: FACTS[id] as QuestionDef['fact'], textKey: `fx.${id}`, hintKeys: [], options: [], askWhenKey: 'fx.when',
    ...(id === 'Q3' ? { preset: { tool: 'operator-monitoring' as const, value: true } } : {}),
  })),
  // A reduced tree: outside, performance → not-permitted, otherwise agreement; the gps work-tool rule cuts Q7–Q9.
  decision: [
    { id: 'a', step: 1, when: [{ fact: 'canMonitorWorkers', is: false }], outcome: 'outside-art4', refusalLikely: false, ...cite },
    { id: 'b', step: 5, when: [{ fact: 'neededToWork', is: true }], outcome: 'work-tool', refusalLikely: false, ...cite },
    { id: 'c', step: 6, when: [{ fact: 'purpose', is: 'performance' }], outcome: 'not-permitted', refusalLikely: false, ...cite },
    { id: 'd', step: 7, when: [], outcome: 'agreement-required', refusalLikely: false, ...cite },
  ],
};
const next = (answers: MonitoringAnswers) => nextQuestion(answers, INTERVIEW);

describe('monitoring interview (RULES.md 5.4)', () => {
  it('always starts with Q1 and then Q2', () => {
    expect(next({})).toBe('Q1');
    expect(next({ Q1: 'gps' })).toBe('Q2');
  });

  it('stops after Q2 = No: the tool cannot monitor anyone', () => {
    expect(next({ Q1: 'gps', Q2: false })).toBe('done');
  });

  it('asks Q3 only when Q2 = Sì and the tool is not an attendance recorder', () => {
    expect(next({ Q1: 'gps', Q2: true })).toBe('Q3');
    expect(askedQuestions({ Q1: 'attendance', Q2: true }, INTERVIEW).asked).toEqual(['Q1', 'Q2']);
  });

  it('asks Q4 only for a CRM with Q3 = No, and Q5 only when Q4 = No or was not asked', () => {
    expect(next({ Q1: 'crm', Q2: true, Q3: false })).toBe('Q4');
    expect(next({ Q1: 'crm', Q2: true, Q3: false, Q4: true })).toBe('done');
    expect(next({ Q1: 'crm', Q2: true, Q3: false, Q4: false })).toBe('Q5');
    expect(next({ Q1: 'gps', Q2: true, Q3: false })).toBe('Q5');
  });

  it('asks Q6 when Q3 = Sì or Q5 = No, and not when Q5 = Sì', () => {
    expect(next({ Q1: 'gps', Q2: true, Q3: true })).toBe('Q6');
    expect(next({ Q1: 'gps', Q2: true, Q3: false, Q5: false })).toBe('Q6');
    expect(next({ Q1: 'gps', Q2: true, Q3: false, Q5: true })).toBe('done');
  });

  it('asks Q7–Q9 only when the outcome would be agreement-required', () => {
    const base = { Q1: 'gps', Q2: true, Q3: false, Q5: false } as const;
    expect(next({ ...base, Q6: 'performance' })).toBe('done');
    expect(next({ ...base, Q6: 'safety' })).toBe('Q7');
    expect(next({ ...base, Q6: 'safety', Q7: 'none' })).toBe('Q8');
    expect(next({ ...base, Q6: 'safety', Q7: 'none', Q8: true })).toBe('Q9');
    expect(next({ ...base, Q6: 'safety', Q7: 'none', Q8: true, Q9: true })).toBe('done');
  });

  it('skips a question an earlier answer settles, and gives its fact the implied value (Q8 = No → one ITL)', () => {
    const withSkip: MonitoringInterview = {
      ...INTERVIEW,
      questions: INTERVIEW.questions.map((q) => (q.id === 'Q9' ? { ...q, skipWhen: { question: 'Q8', answer: false, implies: false } } : q)),
    };
    const answers = { Q1: 'gps', Q2: true, Q3: false, Q5: false, Q6: 'safety', Q7: 'none', Q8: false } as const;
    expect(nextQuestion(answers, withSkip)).toBe('done');
    expect(askedQuestions(answers, withSkip).asked).not.toContain('Q9');
    expect(answersToFacts({ ...answers, Q9: true }, withSkip)).toMatchObject({ unitsInSeveralProvinces: false, unitsUnderSeveralItl: false });
    expect(nextQuestion({ ...answers, Q8: true }, withSkip)).toBe('Q9');
  });

  it('ignores answers to questions the path no longer needs', () => {
    const stale = { Q1: 'gps', Q2: false, Q3: true, Q6: 'safety', Q7: 'rsa-rsu' } as const;
    expect(answersToFacts(stale, INTERVIEW)).toEqual({ tool: 'gps', canMonitorWorkers: false });
  });

  it('maps the e-mail retention answer of Q5 onto neededToWork (C-18)', () => {
    expect(answersToFacts({ Q1: 'email', Q2: true, Q3: false, Q5: true }, INTERVIEW)).toMatchObject({ neededToWork: true });
    expect(answersToFacts({ Q1: 'email', Q2: true, Q3: false, Q5: false, Q6: 'organisational' }, INTERVIEW)).toMatchObject({ neededToWork: false, purpose: 'organisational' });
  });

  it('pre-fills Q3 with Sì for operator-monitoring software only', () => {
    expect(presetAnswer('Q3', { Q1: 'operator-monitoring' }, INTERVIEW)).toBe(true);
    expect(presetAnswer('Q3', { Q1: 'gps' }, INTERVIEW)).toBeUndefined();
  });

  it('property: following nextQuestion with arbitrary answers ends within nine questions, never asking one twice', () => {
    const answer = (id: string) =>
      id === 'Q1' ? fc.constantFrom('crm', 'operator-monitoring', 'gps', 'video', 'email', 'attendance', 'biometric', 'other')
        : id === 'Q6' ? fc.constantFrom('organisational', 'safety', 'asset-protection', 'performance')
          : id === 'Q7' ? fc.constantFrom('rsa-rsu', 'none') : fc.boolean();
    const all = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer(id)])) as Record<string, fc.Arbitrary<unknown>>);
    fc.assert(
      fc.property(all, (pool) => {
        const answers: Record<string, unknown> = {};
        const seen: string[] = [];
        for (let i = 0; i < 10; i += 1) {
          const id = next(answers as MonitoringAnswers);
          if (id === 'done') return seen.length <= 9;
          if (seen.includes(id)) return false;
          seen.push(id);
          answers[id] = pool[id];
        }
        return false;
      }),
      { numRuns: 1000 },
    );
  });
});
