/** Pure helpers shared by the calculator screens: errors by field, cited source ids, share links (citations: ./sources.ts). */
import type { CalcError, CalcResult, CalculatorId, SourceId } from '../../../calculators';
import { RULES_VERSION } from '../../../calculators/catalog';

/** The engine error for one input field (or a field below it, e.g. `schedule.percent`), if any. */
export function errorFor(result: CalcResult | null, ...fields: string[]): CalcError | null {
  if (!result || result.ok || !result.error.field) return null;
  const field = result.error.field;
  return fields.some((f) => field === f || field.startsWith(`${f}.`)) ? result.error : null;
}

/** True when the error belongs to none of the given fields (shown in the result panel instead). */
export function isGeneralError(result: CalcResult | null, fields: readonly string[]): boolean {
  if (!result || result.ok) return false;
  return errorFor(result, ...fields) === null;
}

/** Source ids cited by a result, in order of first appearance (steps, then warnings, then the error). */
export function citedSourceIds(result: CalcResult): SourceId[] {
  const ids: SourceId[] = [];
  const add = (list: readonly SourceId[] | undefined) => list?.forEach((id) => ids.includes(id) || ids.push(id));
  if (result.ok) {
    result.steps.forEach((step) => add(step.sourceIds));
    result.warnings.forEach((warning) => add(warning.sourceIds));
  } else add(result.error.sourceIds);
  return ids;
}

/** A link over plain http (the site offers no https we know of): the UI marks it "not secure". */
export function isInsecureLink(url: string): boolean {
  return /^http:\/\//i.test(url);
}

const MAX_SHARED_INPUT = 4000;

/**
 * The fragment of a share link: the inputs and the rules version after `#`,
 * so nothing reaches any server (fragments are never sent).
 * @example shareFragment('notice', { role: 'ov1' }) // '#/notice?in=%7B%22role%22%3A%22ov1%22%7D&rv=2026.11.23'
 */
export function shareFragment(calculator: CalculatorId, input: object): string {
  const params = new URLSearchParams({ in: JSON.stringify(input), rv: RULES_VERSION });
  return `#/${calculator}?${params.toString()}`;
}

export interface SharedCase {
  input: Record<string, unknown>;
  /** Null for a link that carries no version (made by hand): its result is shown with the version warning. */
  rulesVersion: string | null;
  /** The link was made with other rules: the result may differ from the one shared. */
  versionDiffers: boolean;
}

/** RULES_VERSION's own shape (`2026.11.23`, optionally `.2`): anything else in `rv` marks the link as damaged, so no foreign text is ever printed. */
const RULES_VERSION_FORMAT = /^\d{4}\.\d{2}\.\d{2}(\.\d{1,3})?$/;

export function isRulesVersion(text: string): boolean {
  return text.length <= 14 && RULES_VERSION_FORMAT.test(text);
}

/** Reads a shared case from the route query; a damaged or hostile link gives null, never an exception. */
export function readSharedCase(query: Readonly<Record<string, string>>): SharedCase | null {
  const text = query.in;
  const rulesVersion = query.rv ?? null;
  if (!text || text.length > MAX_SHARED_INPUT || (rulesVersion !== null && !isRulesVersion(rulesVersion))) return null;
  try {
    const input: unknown = JSON.parse(text);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
    return { input: input as Record<string, unknown>, rulesVersion, versionDiffers: rulesVersion !== RULES_VERSION };
  } catch {
    return null;
  }
}

/** A date field's value, or undefined when empty (the engine then says "required"). */
export function dateText(value: string): string | undefined {
  return value === '' ? undefined : value;
}
