/**
 * The plain-language interview of RULES.md 5.4: which question comes next,
 * and how the answers become FORMAT.md facts (C-18 for e-mail). The question
 * texts and options are rules data; the "ask when" conditions are here.
 */
import { walkDecision } from './decide';
import type { CitedItem, DecisionRule, FactName, MonitoringFacts, Outcome, ProcedureStepId, Purpose, Representation, Tool } from './types';

export const QUESTION_IDS = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Answers keyed by question; a boolean answer is Sì (true) / No (false). */
export interface MonitoringAnswers {
  Q1?: Tool;
  Q2?: boolean;
  Q3?: boolean;
  Q4?: boolean;
  Q5?: boolean;
  Q6?: Purpose;
  Q7?: Representation;
  Q8?: boolean;
  Q9?: boolean;
}

/** A question as the screen shows it (rules data). */
export interface QuestionDef {
  id: QuestionId;
  fact: FactName;
  textKey: string;
  hintKeys: readonly string[];
  /** Closed list of answers; boolean questions use `true` / `false`. */
  options: readonly { value: string | boolean; labelKey: string }[];
  /** Another wording for one tool (Q5 for `email`), with the convention that maps its answer onto the fact (C-18). */
  variants?: readonly { tool: Tool; textKey: string; hintKeys: readonly string[]; mapping?: CitedItem }[];
  /** Answer pre-filled for one tool (Q3 "Sì" for `operator-monitoring`). */
  preset?: { tool: Tool; value: boolean };
  /** Message explaining when the question is asked (RULES.md 5.4 "Ask when"). */
  askWhenKey: string;
  /**
   * Not asked when an earlier answer already settles it; its fact then takes `implies`
   * (Q9: units all in one province fall under one ITL).
   */
  skipWhen?: { question: QuestionId; answer: string | boolean; implies: string | boolean };
}

export interface MonitoringInterview {
  questions: readonly QuestionDef[];
  /** D-MON-1 rules, to know whether the outcome would be `agreement-required` (Q7–Q9). */
  decision: readonly DecisionRule[];
}

/** A ready example for the screen: answers to the interview and the outcome RULES.md gives for them. */
export interface MonitoringScenario {
  id: string;
  titleKey: string;
  descriptionKey: string;
  answers: MonitoringAnswers;
  expected: { outcome: Outcome; decisionStep: number; refusalLikely: boolean; procedure: readonly ProcedureStepId[] };
  /** Info lines the result must carry for this scenario. */
  infoKeys: readonly string[];
  sourceIds: CitedItem['sourceIds'];
}

type AskWhen = (live: MonitoringAnswers, decision: readonly DecisionRule[]) => boolean;

function wouldNeedAgreement(live: MonitoringAnswers, decision: readonly DecisionRule[]): boolean {
  if (live.Q1 === undefined) return false;
  const walk = walkDecision(factsOf(live), decision);
  return walk.decided && walk.rule.outcome === 'agreement-required';
}

/** "Ask when" of RULES.md 5.4, over the answers still on the path. */
export const ASK_WHEN: Readonly<Record<QuestionId, AskWhen>> = {
  Q1: () => true,
  Q2: () => true,
  Q3: (a) => a.Q2 === true && a.Q1 !== undefined && a.Q1 !== 'attendance',
  Q4: (a) => a.Q1 === 'crm' && a.Q3 === false,
  // Q4 = No, or Q4 not asked.
  Q5: (a) => a.Q3 === false && a.Q4 !== true,
  Q6: (a) => a.Q3 === true || a.Q5 === false,
  Q7: wouldNeedAgreement,
  Q8: wouldNeedAgreement,
  Q9: wouldNeedAgreement,
};

/** C-17 facts from answers on the path; unanswered booleans are false, `purpose` stays absent. */
function factsOf(live: MonitoringAnswers): MonitoringFacts {
  return {
    tool: live.Q1 ?? 'other',
    canMonitorWorkers: live.Q2 ?? false,
    tracksOperatorActivity: live.Q3 ?? false,
    onlyLinksCallToCustomer: live.Q4 ?? false,
    // C-18: for e-mail Q5 asks whether metadata are kept ≤ 21 days only to run and secure the mail system.
    neededToWork: live.Q5 ?? false,
    purpose: live.Q6 ?? null,
    representation: live.Q7 ?? 'none',
    unitsInSeveralProvinces: live.Q8 ?? false,
    unitsUnderSeveralItl: live.Q9 ?? false,
  };
}

/**
 * The questions on the current path, in order, and the answers that still
 * count (an answer to a question the path no longer needs is ignored).
 * @example askedQuestions({ Q1: 'gps', Q2: false }, interview).asked // ['Q1', 'Q2']
 */
export function askedQuestions(
  answers: MonitoringAnswers,
  interview: MonitoringInterview,
): { asked: QuestionId[]; live: MonitoringAnswers; implied: Partial<Record<QuestionId, string | boolean>> } {
  const asked: QuestionId[] = [];
  const live: Record<string, unknown> = {};
  const implied: Partial<Record<QuestionId, string | boolean>> = {};
  for (const id of QUESTION_IDS) {
    if (!ASK_WHEN[id](live as MonitoringAnswers, interview.decision)) continue;
    const skip = interview.questions.find((q) => q.id === id)?.skipWhen;
    if (skip && live[skip.question] === skip.answer) {
      implied[id] = skip.implies;
      continue;
    }
    asked.push(id);
    if (answers[id] !== undefined) live[id] = answers[id];
  }
  return { asked, live: live as MonitoringAnswers, implied };
}

/**
 * The next question to ask, or `done` when the path is complete.
 * @example nextQuestion({ Q1: 'attendance', Q2: true }, interview) // 'done'
 */
export function nextQuestion(answers: MonitoringAnswers, interview: MonitoringInterview): QuestionId | 'done' {
  const { asked } = askedQuestions(answers, interview);
  return asked.find((id) => answers[id] === undefined) ?? 'done';
}

/**
 * FORMAT.md facts from the answers on the path, through each question's
 * `fact`. C-18: for `email` the Q5 answer ("metadata kept ≤ 21 days, only to
 * run and secure the mail system") becomes `neededToWork` (Sì → true).
 * @example answersToFacts({ Q1: 'email', Q2: true, Q3: false, Q5: false, Q6: 'organisational' }, interview)
 *   // { tool: 'email', canMonitorWorkers: true, tracksOperatorActivity: false, neededToWork: false, purpose: 'organisational' }
 */
export function answersToFacts(answers: MonitoringAnswers, interview: MonitoringInterview): Record<string, unknown> {
  const { asked, live, implied } = askedQuestions(answers, interview);
  const facts: Record<string, unknown> = {};
  for (const id of asked) {
    const question = interview.questions.find((q) => q.id === id);
    if (question && live[id] !== undefined) facts[question.fact] = live[id];
  }
  for (const [id, value] of Object.entries(implied)) {
    const question = interview.questions.find((q) => q.id === id);
    if (question) facts[question.fact] = value;
  }
  return facts;
}

/**
 * The answer the screen pre-fills (Q3 "Sì" for operator-monitoring software), if any.
 * @example presetAnswer('Q3', { Q1: 'operator-monitoring' }, interview) // true
 */
export function presetAnswer(id: QuestionId, answers: MonitoringAnswers, interview: MonitoringInterview): boolean | undefined {
  const preset = interview.questions.find((q) => q.id === id)?.preset;
  return preset && answers.Q1 === preset.tool ? preset.value : undefined;
}
