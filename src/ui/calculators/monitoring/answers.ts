/**
 * The monitoring interview as the screen walks it (RULES.md 5.4): the path of
 * questions the answers lead to, answers kept by question id (a path that
 * skips a question keeps its answer for when the user comes back), and the
 * FORMAT.md facts a shared link carries.
 */
import { DEFAULT_RULESET, RULESET_IDS } from '../../../calculators/catalog';
import {
  answersToFacts,
  calculateMonitoring,
  MONITORING_INTERVIEW,
  MONITORING_QUESTIONS,
  nextQuestion,
  presetAnswer,
} from '../../../calculators/monitoring';
import type { ScreenSpec } from '../../components/calc/screen.svelte';

export type Answers = Parameters<typeof nextQuestion>[0];
export type QuestionId = Exclude<ReturnType<typeof nextQuestion>, 'done'>;
export type Question = (typeof MONITORING_QUESTIONS)[number];
export type AnswerValue = Question['options'][number]['value'];
/** What the screen shows: a question of the path, or the outcome. */
export type View = QuestionId | 'outcome';

export interface MonitoringDraft {
  answers: Answers;
  ruleset: string;
  view: string;
}

export const EMPTY_DRAFT: MonitoringDraft = { answers: {}, ruleset: DEFAULT_RULESET, view: 'Q1' };

export function questionById(id: QuestionId): Question {
  return MONITORING_QUESTIONS.find((q) => q.id === id) as Question;
}

/**
 * The questions the answers lead to, in order, up to the first one still
 * unanswered (or all of them when the interview is complete).
 * @example interviewPath({ Q1: 'attendance', Q2: true }) // ['Q1', 'Q2']
 */
export function interviewPath(answers: Answers): QuestionId[] {
  const path: QuestionId[] = [];
  const onPath: Record<string, AnswerValue> = {};
  for (;;) {
    const id = nextQuestion(onPath as Answers, MONITORING_INTERVIEW);
    if (id === 'done') return path;
    path.push(id);
    const value = answers[id];
    if (value === undefined) return path;
    onPath[id] = value;
  }
}

export function isComplete(answers: Answers): boolean {
  return nextQuestion(answers, MONITORING_INTERVIEW) === 'done';
}

/** The first unanswered question of the path, or the outcome when there is none. */
export function firstOpenView(answers: Answers): View {
  const next = nextQuestion(answers, MONITORING_INTERVIEW);
  return next === 'done' ? 'outcome' : next;
}

/** Radio buttons carry text: `true`/`false` for Sì/No, the FORMAT.md value otherwise. */
export function answerFromText(question: Question, text: string): AnswerValue | undefined {
  return question.options.find((option) => String(option.value) === text)?.value;
}

export function withAnswer(answers: Answers, id: QuestionId, value: AnswerValue): Answers {
  return { ...answers, [id]: value } as Answers;
}

/** The answer to show when the user reaches a question: the one given, else the preset (Q3 Sì for operator software). */
export function withPreset(answers: Answers, id: QuestionId): Answers {
  if (answers[id] !== undefined) return answers;
  const preset = presetAnswer(id, answers, MONITORING_INTERVIEW);
  return preset === undefined ? answers : withAnswer(answers, id, preset);
}

/** Question text and hints, with the variant for one tool (Q5 for e-mail, C-18). */
export function wording(question: Question, answers: Answers): { textKey: string; hintKeys: readonly string[] } {
  const variant = question.variants?.find((v) => v.tool === answers.Q1);
  return variant ?? question;
}

export function optionLabelKey(question: Question, value: AnswerValue): string {
  return question.options.find((option) => option.value === value)?.labelKey ?? String(value);
}

/** Only answers that are options of their question survive a draft or a link: a damaged one cannot break the interview. */
export function cleanAnswers(raw: unknown): Answers {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  let answers: Answers = {};
  for (const question of MONITORING_QUESTIONS) {
    const option = question.options.find((o) => o.value === source[question.id]);
    if (option) answers = withAnswer(answers, question.id, option.value);
  }
  return answers;
}

/** A shared link's facts back into answers, through each question's fact (the inverse of answersToFacts). */
export function answersFromFacts(input: Record<string, unknown>): Answers {
  const byId: Record<string, unknown> = {};
  for (const question of MONITORING_QUESTIONS) byId[question.id] = input[question.fact];
  return cleanAnswers(byId);
}

export function rulesetOf(value: unknown): string {
  return typeof value === 'string' && (RULESET_IDS as readonly string[]).includes(value) ? value : DEFAULT_RULESET;
}

/** The engine input, which is also what a shared link carries. */
export function monitoringInput(answers: Answers, ruleset: string): Record<string, unknown> {
  return { ruleset, ...answersToFacts(answers, MONITORING_INTERVIEW) };
}

/** A draft (or its absence) made safe: known answers, a known ruleset, a view that exists. */
export function cleanDraft(draft: MonitoringDraft): { answers: Answers; ruleset: string; view: View } {
  const answers = cleanAnswers(draft.answers);
  const path = interviewPath(answers);
  const view = draft.view === 'outcome' || path.includes(draft.view as QuestionId) ? (draft.view as View) : firstOpenView(answers);
  return { answers, ruleset: rulesetOf(draft.ruleset), view: view === 'outcome' && !isComplete(answers) ? firstOpenView(answers) : view };
}

/** Every answer of a draft is an option of its question and the view is one the answers reach: else the draft is dropped whole. */
function isCleanDraft(draft: MonitoringDraft): boolean {
  const clean = cleanDraft(draft);
  return JSON.stringify(clean.answers) === JSON.stringify(draft.answers) && clean.view === draft.view;
}

/** What the screen controller needs: the interview state is the "form" (answers, contract, step shown). */
export function monitoringScreen(example: () => MonitoringDraft): ScreenSpec<MonitoringDraft> {
  return {
    calculator: 'monitoring',
    compute: calculateMonitoring,
    empty: () => ({ ...EMPTY_DRAFT, answers: {} }),
    example,
    fromInput: (input) => ({ answers: answersFromFacts(input), ruleset: typeof input.ruleset === 'string' ? input.ruleset : DEFAULT_RULESET, view: 'outcome' }),
    toInput: (draft) => monitoringInput(draft.answers, draft.ruleset),
    started: (draft) => draft.view === 'outcome' && isComplete(draft.answers),
    accept: isCleanDraft,
    foldsOnLink: false,
  };
}
