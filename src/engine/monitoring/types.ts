/** Monitoring (art. 4 Statuto dei lavoratori) — facts, rules-data and output shapes (RULES.md §5, FORMAT.md "monitoring"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';

export const TOOLS = ['crm', 'operator-monitoring', 'gps', 'video', 'email', 'attendance', 'biometric', 'other'] as const;
export type Tool = (typeof TOOLS)[number];
export const PURPOSES = ['organisational', 'safety', 'asset-protection', 'performance'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const REPRESENTATIONS = ['rsa-rsu', 'none'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];
/** Boolean facts of FORMAT.md; absent means false (C-17). */
export const BOOLEAN_FACTS = [
  'canMonitorWorkers',
  'onlyLinksCallToCustomer',
  'tracksOperatorActivity',
  'neededToWork',
  'unitsInSeveralProvinces',
  'unitsUnderSeveralItl',
] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];

export const OUTCOMES = ['outside-art4', 'work-tool', 'agreement-required', 'not-permitted'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const PROCEDURE_STEPS = ['company-agreement', 'national-unions-agreement', 'itl-authorisation', 'inl-authorisation'] as const;
export type ProcedureStepId = (typeof PROCEDURE_STEPS)[number];
export const DOCUMENT_IDS = ['DOC-TECH', 'DOC-AGREEMENT', 'DOC-APPLICATION', 'DOC-INFO-C3', 'DOC-GDPR-NOTICE', 'DOC-DPIA', 'DOC-POLICY'] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];
/** When a listed document is needed only in some cases (RULES.md 5.5). */
export type DocumentCondition = 'if-personal-data' | 'if-systematic';
/** Step of D-MON-1 that decided the outcome. */
export type DecisionStepNo = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The facts as the engine uses them, defaults of C-17 filled in; `purpose` stays null until a path needs it. */
export interface MonitoringFacts {
  tool: Tool;
  canMonitorWorkers: boolean;
  onlyLinksCallToCustomer: boolean;
  tracksOperatorActivity: boolean;
  neededToWork: boolean;
  unitsInSeveralProvinces: boolean;
  unitsUnderSeveralItl: boolean;
  purpose: Purpose | null;
  representation: Representation;
}
export type FactName = keyof MonitoringFacts;

/** One test on one fact; a rule's `when` holds when all its tests hold (an empty list always holds). */
export type FactTest =
  | { fact: BooleanFact; is: boolean }
  | { fact: 'tool'; is: Tool }
  | { fact: 'purpose'; is: Purpose }
  | { fact: 'representation'; is: Representation };

/** Where a rule comes from and how sure it is (RULES.md 0.2). */
export interface Cited {
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

/** A message key with its citation: a next step, the sanction line, a note. */
export interface CitedItem extends Cited {
  key: string;
}

/** One line of D-MON-1: the first rule whose `when` holds decides. */
export interface DecisionRule extends Cited {
  id: string;
  step: DecisionStepNo;
  when: readonly FactTest[];
  outcome: Outcome;
  refusalLikely: boolean;
}

/** One possible step of D-MON-2; steps whose `when` holds are kept, in table order. */
export interface ProcedureRule extends Cited {
  id: ProcedureStepId;
  when: readonly FactTest[];
  kind: 'agreement' | 'authorisation';
}

export interface DocumentRef extends Cited {
  id: DocumentId;
  conditional?: DocumentCondition;
}

/** Stands for DOC-AGREEMENT or DOC-APPLICATION, chosen by the first procedure step (RULES.md 5.5). */
export const FIRST_PROCEDURE_DOCUMENT = 'first-procedure-document';
export type OutcomeDocument = DocumentRef | typeof FIRST_PROCEDURE_DOCUMENT;

export interface OutcomeRules extends Cited {
  /** D-MON-3: comma-3 information before any use of the data. */
  informationDuty: boolean;
  /** D-MON-2: only `agreement-required` builds a procedure. */
  buildsProcedure: boolean;
  nextSteps: readonly CitedItem[];
  documents: readonly OutcomeDocument[];
  sanction: CitedItem | null;
  /** Calculator warnings (code, message key) shown with this outcome. */
  warnings: readonly (CitedItem & { code: string })[];
  info: readonly string[];
}

/** Notes shown for some tools (and rulesets): background, example fines, CCNL clauses. */
export interface NoteRule extends CitedItem {
  tools: readonly Tool[];
  /** Absent: every ruleset. */
  rulesets?: readonly RulesetId[];
  /** Shown as a cited step as well as an info line. */
  asStep?: boolean;
}

/** The art. 4 tree in force on a date: everything the engine walks. */
export interface MonitoringTree {
  decision: readonly DecisionRule[];
  /** D-MON-1 itself is an interpretation (order, INL's restrictive reading). */
  decisionOrder: CitedItem;
  procedure: readonly ProcedureRule[];
  procedureDocuments: Readonly<Record<ProcedureRule['kind'], DocumentRef>>;
  /** "Final" decisions of the inspectorate (procedure 3). */
  authorisationFinal: CitedItem;
  outcomes: Readonly<Record<Outcome, OutcomeRules>>;
  informationDuty: CitedItem;
  refusal: CitedItem & { code: string };
  /** C-18: e-mail metadata retention mapped onto `neededToWork`. */
  emailMapping: CitedItem;
  notes: readonly NoteRule[];
  notCovered: readonly { key: string; tools?: readonly Tool[] }[];
}

export interface MonitoringRules {
  tree: Table<MonitoringTree>;
}

export interface MonitoringDocument {
  id: DocumentId;
  conditional?: DocumentCondition;
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

export interface MonitoringOutputs {
  outcome: Outcome;
  refusalLikely: boolean;
  procedure: ProcedureStepId[];
  informationDuty: boolean;
  decisionStep: DecisionStepNo;
  nextSteps: CitedItem[];
  documents: MonitoringDocument[];
  sanction: CitedItem | null;
}

export interface EngineContext {
  rulesVersion: string;
  /** Reference day for the rules in force when the input gives no `date`. */
  today: IsoDate;
}
