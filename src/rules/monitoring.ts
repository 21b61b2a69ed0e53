/**
 * Art. 4 Statuto dei lavoratori (RULES.md §5) as data: the D-MON-1 tree,
 * the D-MON-2 procedure, next steps and documents per outcome (5.5), the
 * interview of 5.4 and four ready scenarios. One window: art. 4 as rewritten
 * by D.Lgs. 151/2015 and amended by D.Lgs. 185/2016 (in force 8.10.2016).
 */
import type { IsoDate } from '../engine/core/dates';
import { table } from '../engine/core/rules';
import type { SourceId, Status } from '../engine/core/result';
import type {
  CitedItem,
  DocumentRef,
  MonitoringInterview,
  MonitoringRules,
  MonitoringScenario,
  MonitoringTree,
  Outcome,
  QuestionDef,
} from '../engine/monitoring';

/** Art. 5 D.Lgs. 185/2016 (INL head office for units under several ITLs) in force from this day. */
export const ART4_FROM = '2016-10-08' as IsoDate;

const item = (key: string, status: Status, sourceIds: SourceId[], practice = false): CitedItem => ({
  key,
  status,
  sourceIds,
  ...(practice ? { flags: ['practice'] as const } : {}),
});

const doc = (id: DocumentRef['id'], sourceIds: SourceId[], conditional?: DocumentRef['conditional']): DocumentRef => ({
  id,
  sourceIds,
  // Document contents are prompts from practice (RULES.md 5.5), not statutory lists.
  status: 'inferred',
  flags: ['practice'],
  ...(conditional ? { conditional } : {}),
});

const TECH = doc('DOC-TECH', ['S18']);
const INFO_C3 = { ...doc('DOC-INFO-C3', ['S18']), flags: ['practice', 'statute-text-not-checked'] as const };
// The privacy notice (art. 13) and the impact assessment (art. 35) are required by the GDPR itself (RULES.md 5.5).
const gdprDoc = (id: DocumentRef['id'], conditional?: DocumentRef['conditional']): DocumentRef => ({
  id,
  sourceIds: ['S23'],
  status: 'cited-source',
  ...(conditional ? { conditional } : {}),
});
const GDPR_NOTICE = gdprDoc('DOC-GDPR-NOTICE');
const DPIA = gdprDoc('DOC-DPIA');
const POLICY = doc('DOC-POLICY', ['S37']);

const next = (outcome: Outcome, n: number, status: Status, sourceIds: SourceId[], practice = false) =>
  item(`monitoring.next.${outcome}.${n}`, status, sourceIds, practice);

const OUTCOMES: MonitoringTree['outcomes'] = {
  'outside-art4': {
    informationDuty: false,
    buildsProcedure: false,
    status: 'cited-source',
    sourceIds: ['S18'],
    nextSteps: [next('outside-art4', 1, 'inferred', ['S18'], true), next('outside-art4', 2, 'inferred', ['S23']), next('outside-art4', 3, 'inferred', ['S18', 'S34'], true)],
    documents: [TECH, gdprDoc('DOC-GDPR-NOTICE', 'if-personal-data')],
    sanction: null,
    warnings: [],
    info: [],
  },
  'work-tool': {
    informationDuty: true,
    buildsProcedure: false,
    status: 'cited-source',
    sourceIds: ['S18'],
    nextSteps: [
      next('work-tool', 1, 'inferred', ['S18'], true),
      { ...next('work-tool', 2, 'cited-source', ['S18']), flags: ['statute-text-not-checked'] },
      next('work-tool', 3, 'inferred', ['S23']),
      next('work-tool', 4, 'inferred', ['S37']),
      next('work-tool', 5, 'inferred', ['S31', 'S34']),
    ],
    documents: [TECH, INFO_C3, GDPR_NOTICE, POLICY, gdprDoc('DOC-DPIA', 'if-systematic')],
    sanction: null,
    warnings: [{ code: 'MON-C3', ...item('monitoring.warning.noInformationNoUse', 'cited-source', ['S18', 'S22']) }],
    info: ['monitoring.info.comma3Breach'],
  },
  'agreement-required': {
    informationDuty: true,
    buildsProcedure: true,
    status: 'cited-source',
    sourceIds: ['S18', 'S20'],
    nextSteps: [
      next('agreement-required', 1, 'cited-source', ['S18']),
      next('agreement-required', 2, 'cited-source', ['S18', 'S20']),
      next('agreement-required', 3, 'cited-source', ['S18', 'S21', 'S22']),
      next('agreement-required', 4, 'inferred', ['S18', 'S23', 'S37']),
      next('agreement-required', 5, 'cited-source', ['S18']),
    ],
    documents: ['first-procedure-document', TECH, INFO_C3, GDPR_NOTICE, DPIA, POLICY],
    sanction: item('monitoring.sanction.comma1', 'cited-source', ['S21', 'S22']),
    warnings: [],
    info: ['monitoring.info.proximityAgreements', 'monitoring.info.complianceOrder', 'monitoring.info.comma3Breach'],
  },
  'not-permitted': {
    informationDuty: false,
    buildsProcedure: false,
    status: 'cited-source',
    sourceIds: ['S18'],
    nextSteps: [
      next('not-permitted', 1, 'cited-source', ['S18', 'S21', 'S22']),
      next('not-permitted', 2, 'inferred', ['S18', 'S31']),
      next('not-permitted', 3, 'inferred', ['S18'], true),
    ],
    documents: [TECH],
    sanction: null,
    warnings: [],
    info: ['monitoring.info.notPermittedDocuments'],
  },
};

const ART4_TREE: MonitoringTree = {
  decision: [
    { id: 'outside', step: 1, when: [{ fact: 'canMonitorWorkers', is: false }], outcome: 'outside-art4', refusalLikely: false, status: 'cited-source', sourceIds: ['S18'] },
    { id: 'attendance', step: 2, when: [{ fact: 'tool', is: 'attendance' }], outcome: 'work-tool', refusalLikely: false, status: 'cited-source', sourceIds: ['S18'] },
    {
      id: 'trackingPerformance',
      step: 3,
      when: [{ fact: 'tracksOperatorActivity', is: true }, { fact: 'purpose', is: 'performance' }],
      outcome: 'not-permitted',
      refusalLikely: false,
      status: 'cited-source',
      sourceIds: ['S18', 'S31'],
    },
    // INL circ. 4/2017, known from summaries only (G11): the INL's position, not law.
    { id: 'tracking', step: 3, when: [{ fact: 'tracksOperatorActivity', is: true }], outcome: 'agreement-required', refusalLikely: true, status: 'cited-source', sourceIds: ['S31', 'S46'] },
    {
      id: 'crmLinkOnly',
      step: 4,
      when: [{ fact: 'tool', is: 'crm' }, { fact: 'onlyLinksCallToCustomer', is: true }],
      outcome: 'work-tool',
      refusalLikely: false,
      status: 'cited-source',
      sourceIds: ['S46', 'S31'],
    },
    { id: 'neededToWork', step: 5, when: [{ fact: 'neededToWork', is: true }], outcome: 'work-tool', refusalLikely: false, status: 'cited-source', sourceIds: ['S18', 'S30', 'S32'] },
    { id: 'performance', step: 6, when: [{ fact: 'purpose', is: 'performance' }], outcome: 'not-permitted', refusalLikely: false, status: 'cited-source', sourceIds: ['S18'] },
    { id: 'otherwise', step: 7, when: [], outcome: 'agreement-required', refusalLikely: false, status: 'cited-source', sourceIds: ['S18'] },
  ],
  decisionOrder: item('monitoring.detail.decisionOrder', 'inferred', ['S18', 'S31']),
  procedure: [
    { id: 'company-agreement', kind: 'agreement', when: [{ fact: 'representation', is: 'rsa-rsu' }], status: 'cited-source', sourceIds: ['S18'] },
    { id: 'national-unions-agreement', kind: 'agreement', when: [{ fact: 'unitsInSeveralProvinces', is: true }], status: 'cited-source', sourceIds: ['S18'] },
    { id: 'inl-authorisation', kind: 'authorisation', when: [{ fact: 'unitsUnderSeveralItl', is: true }], status: 'cited-source', sourceIds: ['S18', 'S20'] },
    { id: 'itl-authorisation', kind: 'authorisation', when: [{ fact: 'unitsUnderSeveralItl', is: false }], status: 'cited-source', sourceIds: ['S18'] },
  ],
  procedureDocuments: { agreement: doc('DOC-AGREEMENT', ['S18']), authorisation: doc('DOC-APPLICATION', ['S18', 'S20']) },
  // "I provvedimenti di cui al terzo periodo sono definitivi", read in the text in force (S69).
  authorisationFinal: item('monitoring.detail.authorisationFinal', 'cited-source', ['S18', 'S20', 'S69']),
  outcomes: OUTCOMES,
  informationDuty: { ...item('monitoring.detail.informationDuty', 'cited-source', ['S18', 'S22']), flags: ['statute-text-not-checked'] },
  refusal: { code: 'MON-REFUSAL', ...item('monitoring.warning.refusalLikely', 'cited-source', ['S31', 'S46']) },
  emailMapping: item('monitoring.detail.emailMapping', 'inferred', ['S34']),
  notes: [
    { tools: ['gps'], ...item('monitoring.note.gps', 'cited-source', ['S30']) },
    { tools: ['biometric'], ...item('monitoring.note.biometric', 'cited-source', ['S32']) },
    { tools: ['video'], ...item('monitoring.note.video', 'cited-source', ['S33', 'S36']) },
    // Seed 004 Art. 14 (smart working): webcam checks only within art. 4 limits and proportionate (RULES.md 5.8).
    { tools: ['video'], rulesets: ['unimpresa-vvp-2021'], asStep: true, ...item('monitoring.note.smartWorkingArt14', 'seed', ['S45']) },
    { tools: ['email'], ...item('monitoring.note.emailFine', 'cited-source', ['S34', 'S35']) },
  ],
  notCovered: [
    { key: 'monitoring.notCovered.defensiveChecks' },
    { key: 'monitoring.notCovered.gdprReview' },
    { key: 'monitoring.notCovered.garanteSpecific', tools: ['biometric', 'video'] },
    { key: 'monitoring.notCovered.smartWorkingWebcam', tools: ['video'] },
    { key: 'monitoring.notCovered.sanctionAmount' },
  ],
};

export const MONITORING_RULES: MonitoringRules = {
  tree: table('monitoring.art4', [{ validFrom: ART4_FROM, value: ART4_TREE, sourceIds: ['S18', 'S19', 'S20'], status: 'cited-source' }]),
};

const yesNo = [
  { value: true, labelKey: 'common.yes' },
  { value: false, labelKey: 'common.no' },
] as const;
const q = (id: QuestionDef['id'], fact: QuestionDef['fact'], hints: number, extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id,
  fact,
  textKey: `monitoring.q.${id}.text`,
  hintKeys: Array.from({ length: hints }, (_, i) => `monitoring.q.${id}.hint${i + 1}`),
  options: yesNo,
  askWhenKey: `monitoring.q.${id}.askWhen`,
  ...extra,
});
const opts = (id: string, values: readonly string[]) => values.map((value) => ({ value, labelKey: `monitoring.q.${id}.option.${value}` }));

/** RULES.md 5.4, in the order asked; "ask when" is `ASK_WHEN` in the engine. */
export const MONITORING_QUESTIONS: readonly QuestionDef[] = [
  q('Q1', 'tool', 0, { options: opts('Q1', ['crm', 'operator-monitoring', 'gps', 'video', 'email', 'attendance', 'biometric', 'other']) }),
  q('Q2', 'canMonitorWorkers', 1),
  q('Q3', 'tracksOperatorActivity', 0, { preset: { tool: 'operator-monitoring', value: true } }),
  q('Q4', 'onlyLinksCallToCustomer', 0),
  q('Q5', 'neededToWork', 1, {
    // C-18: the e-mail wording asks about metadata retention; Sì (≤ 21 days, only to run and secure the mail) → neededToWork true.
    variants: [{ tool: 'email', textKey: 'monitoring.q.Q5.email.text', hintKeys: ['monitoring.q.Q5.email.hint1'], mapping: ART4_TREE.emailMapping }],
  }),
  q('Q6', 'purpose', 0, { options: opts('Q6', ['organisational', 'safety', 'asset-protection', 'performance']) }),
  q('Q7', 'representation', 0, { options: opts('Q7', ['rsa-rsu', 'none']) }),
  q('Q8', 'unitsInSeveralProvinces', 0),
  // Units all in one province fall under one territorial inspectorate: Q8 = No settles Q9 (issue 7).
  q('Q9', 'unitsUnderSeveralItl', 1, { skipWhen: { question: 'Q8', answer: false, implies: false } }),
];

/** The interview over the tree now in force (the only window, open-ended). */
export const MONITORING_INTERVIEW: MonitoringInterview = { questions: MONITORING_QUESTIONS, decision: ART4_TREE.decision };

export const MONITORING_SCENARIOS: readonly MonitoringScenario[] = [
  {
    id: 'crm-call-link',
    titleKey: 'monitoring.scenario.crm-call-link.title',
    descriptionKey: 'monitoring.scenario.crm-call-link.description',
    answers: { Q1: 'crm', Q2: true, Q3: false, Q4: true },
    expected: { outcome: 'work-tool', decisionStep: 4, refusalLikely: false, procedure: [] },
    infoKeys: [],
    sourceIds: ['S46', 'S31'],
  },
  {
    id: 'call-centre-tracking',
    titleKey: 'monitoring.scenario.call-centre-tracking.title',
    descriptionKey: 'monitoring.scenario.call-centre-tracking.description',
    answers: { Q1: 'operator-monitoring', Q2: true, Q3: true, Q6: 'organisational', Q7: 'rsa-rsu', Q8: false, Q9: false },
    expected: { outcome: 'agreement-required', decisionStep: 3, refusalLikely: true, procedure: ['company-agreement', 'itl-authorisation'] },
    infoKeys: [],
    sourceIds: ['S46', 'S31'],
  },
  {
    id: 'gps-sales-reps',
    titleKey: 'monitoring.scenario.gps-sales-reps.title',
    descriptionKey: 'monitoring.scenario.gps-sales-reps.description',
    answers: { Q1: 'gps', Q2: true, Q3: false, Q5: false, Q6: 'organisational', Q7: 'none', Q8: false, Q9: false },
    expected: { outcome: 'agreement-required', decisionStep: 7, refusalLikely: false, procedure: ['itl-authorisation'] },
    infoKeys: ['monitoring.note.gps'],
    sourceIds: ['S30'],
  },
  {
    id: 'smart-working-webcam',
    titleKey: 'monitoring.scenario.smart-working-webcam.title',
    descriptionKey: 'monitoring.scenario.smart-working-webcam.description',
    answers: { Q1: 'video', Q2: true, Q3: false, Q5: false, Q6: 'organisational', Q7: 'none', Q8: false, Q9: false },
    expected: { outcome: 'agreement-required', decisionStep: 7, refusalLikely: false, procedure: ['itl-authorisation'] },
    infoKeys: ['monitoring.note.smartWorkingArt14'],
    sourceIds: ['S45', 'S18'],
  },
];
