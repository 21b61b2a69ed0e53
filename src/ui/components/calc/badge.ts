/**
 * What a status badge says (RULES.md 0.2): a label and the reason for that
 * figure in plain words, from its status, its flags and the ruleset it was
 * computed under.
 */
import type { Flag, RulesetId, SourceId, Status } from '../../../calculators';

/** Sources on the CCNL Terziario Confcommercio (SOURCES.md S47–S52, S65–S68). */
const TDS_SOURCES: ReadonlySet<string> = new Set(['S47', 'S48', 'S49', 'S50', 'S51', 'S52', 'S65', 'S66', 'S67', 'S68']);

export interface BadgeText {
  /** Message key of the label; `practice` replaces "Da fonte pubblicata", which would contradict it. */
  labelKey: string;
  /** Message keys of the reason, in reading order. */
  reasonKeys: string[];
  /** CSS modifier: the status, or `practice`. */
  tone: Status | 'practice';
}

export interface BadgeContext {
  ruleset?: RulesetId | undefined;
  sourceIds?: readonly SourceId[] | undefined;
}

/**
 * @example badgeText('inferred', [], { ruleset: 'unimpresa-vvp-2021', sourceIds: ['S49'] })
 *   // { labelKey: 'calc.status.inferred', reasonKeys: ['calc.reason.borrowedFromTds'], tone: 'inferred' }
 */
export function badgeText(status: Status, flags: readonly Flag[], context: BadgeContext = {}): BadgeText {
  const practice = flags.includes('practice');
  const borrowed = status === 'inferred' && context.ruleset === 'unimpresa-vvp-2021' && (context.sourceIds ?? []).some((id) => TDS_SOURCES.has(id));
  const reasonKeys: string[] = [];
  if (practice) reasonKeys.push(status === 'inferred' ? 'calc.reason.practiceInferred' : 'calc.reason.practice');
  else reasonKeys.push(borrowed ? 'calc.reason.borrowedFromTds' : `calc.reason.${status}`);
  for (const flag of flags) if (flag !== 'practice') reasonKeys.push(`calc.reason.flag.${flag}`);
  return { labelKey: practice ? 'calc.status.practice' : `calc.status.${status}`, reasonKeys, tone: practice ? 'practice' : status };
}
