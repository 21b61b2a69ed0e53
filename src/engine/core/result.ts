/**
 * The result model shared by all calculators. The engine speaks no language:
 * every label, warning and error is a `Message` (a key of the it/en message
 * files plus parameters) that the UI renders; the case-file runner reads only
 * `outputs` and `error.code`.
 */
import type { IsoDate } from './dates';

export type CalculatorId = 'notice' | 'leave' | 'seniority' | 'fixed-term' | 'monitoring' | 'probation' | 'comporto';
export const CALCULATOR_IDS: readonly CalculatorId[] = ['notice', 'leave', 'seniority', 'fixed-term', 'monitoring', 'probation', 'comporto'];

export type RulesetId = 'unimpresa-vvp-2021' | 'confcommercio-tds' | 'statute';
export const RULESET_IDS: readonly RulesetId[] = ['unimpresa-vvp-2021', 'confcommercio-tds', 'statute'];
export const DEFAULT_RULESET: RulesetId = 'unimpresa-vvp-2021';

/** Error codes of FORMAT.md and RULES.md 0.4. */
export type ErrorCode =
  | 'invalid-value'
  | 'invalid-date'
  | 'date-order'
  | 'out-of-range'
  | 'unknown-role'
  | 'unknown-ruleset'
  | 'not-covered';

/** Status of a figure (RULES.md 0.2). */
export type Status = 'seed' | 'cited-source' | 'inferred';
/** Flags qualifying a status (RULES.md 0.2). */
export type Flag = 'single-source' | 'verify' | 'contested' | 'practice' | 'statute-text-not-checked';

/** A source id of SOURCES.md, e.g. `S11`. */
export type SourceId = `S${number}`;

export type MessageParam = string | number | boolean | null;
/**
 * Text the UI renders in the user's language. Parameters are plain values;
 * the message files say how to format them (`{start:date}`, `{pay:money}`).
 */
export interface Message {
  key: string;
  params?: Record<string, MessageParam>;
}

/** One line of the "Why?" explanation. */
export interface Step {
  label: Message;
  /** The value the step produced, already in output units (days, hours, euros, a date…). */
  value?: MessageParam;
  /** How the value was obtained, e.g. "26 × 5/12 = 10,8333 → 10,83". */
  detail?: Message;
  sourceIds: readonly SourceId[];
  /** Present when the step applies a legal figure. */
  status?: Status;
  flags?: readonly Flag[];
}

export interface Warning {
  /** W-1 … W-4 of RULES.md 0.3, or a calculator-specific code. */
  code: string;
  message: Message;
  sourceIds: readonly SourceId[];
}

export interface CalcError {
  code: ErrorCode;
  /** The input field at fault (dotted path, e.g. `schedule.daysPerWeek`), so the UI can show the message beside it. */
  field?: string;
  message: Message;
  sourceIds?: readonly SourceId[];
}

export interface CalcSuccess<O extends object = object> {
  ok: true;
  calculator: CalculatorId;
  ruleset: RulesetId;
  /** The answer: exactly the output fields of FORMAT.md, plus calculator extras. */
  outputs: O;
  steps: Step[];
  /** Inputs as used, defaults filled in. */
  inputs: Record<string, unknown>;
  /** Names of inputs that were absent and took a default (C-5, C-12, C-6…). */
  defaultsUsed: string[];
  warnings: Warning[];
  /** Information lines (not computed, but the user must know). */
  info: Message[];
  /** Parts of the question the rules do not cover (e.g. ROL without a company size). */
  notCovered: Message[];
  rulesVersion: string;
}

export interface CalcFailure {
  ok: false;
  calculator: CalculatorId;
  error: CalcError;
  rulesVersion: string;
}

export type CalcResult<O extends object = object> = CalcSuccess<O> | CalcFailure;

/**
 * Thrown inside an engine to refuse input; `runSafely` turns it into a
 * `CalcFailure`. Not an Error subclass on purpose: refusals are expected
 * answers, and capturing a stack trace for each made refusals the costliest
 * path of the benchmark.
 */
export class Refusal {
  constructor(readonly error: CalcError) {}

  toString(): string {
    return `${this.error.code}${this.error.field ? ` (${this.error.field})` : ''}: ${this.error.message.key}`;
  }
}

/**
 * Refuses the input with one typed error.
 * @example refuse('out-of-range', 'leaveDaysDuringNotice', 'error.integerMin', { min: 0 })
 */
export function refuse(
  code: ErrorCode,
  field: string | undefined,
  key: string,
  params?: Record<string, MessageParam>,
  sourceIds?: readonly SourceId[],
): never {
  // Built by assignment, not spreads: optional keys stay absent (same shape and key order) at a fraction of the cost.
  const error: CalcError = field === undefined ? { code, message: message(key, params) } : { code, field, message: message(key, params) };
  if (sourceIds) error.sourceIds = sourceIds;
  throw new Refusal(error);
}

/** A message whose `params` key is present only when given (object spreads were the engine's hottest allocation). */
function message(key: string, params: Record<string, MessageParam> | undefined): Message {
  return params ? { key, params } : { key };
}

/** The message key of an unexpected engine fault; tests assert it never appears. */
export const INTERNAL_FAULT_KEY = 'error.internal';

/**
 * Runs an engine body and guarantees totality: a refusal becomes its typed
 * error, and an unexpected fault becomes `not-covered` with INTERNAL_FAULT_KEY
 * rather than an exception reaching the screen.
 */
export function runSafely<O extends object>(
  calculator: CalculatorId,
  rulesVersion: string,
  body: () => CalcSuccess<O>,
): CalcResult<O> {
  try {
    return body();
  } catch (caught) {
    if (caught instanceof Refusal) return { ok: false, calculator, error: caught.error, rulesVersion };
    return {
      ok: false,
      calculator,
      error: { code: 'not-covered', message: { key: INTERNAL_FAULT_KEY, params: { detail: String(caught) } } },
      rulesVersion,
    };
  }
}

/** Collects steps, warnings and info lines while an engine computes. */
export class Explanation {
  readonly steps: Step[] = [];
  readonly warnings: Warning[] = [];
  readonly info: Message[] = [];
  readonly notCovered: Message[] = [];
  readonly defaultsUsed: string[] = [];

  step(step: Step): this {
    this.steps.push(step);
    return this;
  }

  warn(code: string, key: string, sourceIds: readonly SourceId[] = [], params?: Record<string, MessageParam>): this {
    if (!this.warnings.some((w) => w.code === code)) {
      this.warnings.push({ code, message: message(key, params), sourceIds });
    }
    return this;
  }

  note(key: string, params?: Record<string, MessageParam>): this {
    this.info.push(message(key, params));
    return this;
  }

  uncovered(key: string, params?: Record<string, MessageParam>): this {
    this.notCovered.push(message(key, params));
    return this;
  }

  defaulted(field: string): this {
    if (!this.defaultsUsed.includes(field)) this.defaultsUsed.push(field);
    return this;
  }
}

/** Helper to build a success from an explanation. */
export function success<O extends object>(args: {
  calculator: CalculatorId;
  ruleset: RulesetId;
  outputs: O;
  inputs: Record<string, unknown>;
  explanation: Explanation;
  rulesVersion: string;
}): CalcSuccess<O> {
  const { explanation: e } = args;
  return {
    ok: true,
    calculator: args.calculator,
    ruleset: args.ruleset,
    outputs: args.outputs,
    steps: e.steps,
    inputs: args.inputs,
    defaultsUsed: e.defaultsUsed,
    warnings: e.warnings,
    info: e.info,
    notCovered: e.notCovered,
    rulesVersion: args.rulesVersion,
  };
}

export type { IsoDate };
