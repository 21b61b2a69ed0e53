/**
 * Roles (RULES.md 0.1). The catalogue itself is rules data; the engine only
 * checks a role string against the list it is given.
 */
import { refuse, type RulesetId } from './result';

/** The roles each ruleset knows; the statute has none (a role given under it is ignored: C-4). */
export type RoleCatalogue = Readonly<Record<RulesetId, readonly string[]>>;

/** `unknown-role` unless the role belongs to the ruleset. */
export function checkRole(role: string, ruleset: RulesetId, catalogue: RoleCatalogue): string {
  if (!catalogue[ruleset].includes(role)) refuse('unknown-role', 'role', 'error.unknownRole', { value: role });
  return role;
}
