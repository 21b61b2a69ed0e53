/**
 * Data shaping for the "Regole e fonti" page, kept out of the component so
 * the page stays one template (it loads on demand, and every extra Svelte
 * module costs a round of compilation in tests and a request in dev).
 */
import { CALCULATOR_IDS, DECISIONS, SOURCES, type Flag, type Source, type Status } from '../../../calculators';

export type DecisionGroup = (typeof DECISIONS)[number]['calculator'];

/** RULES.md 0.2, in the order the brief lists them. */
export const STATUSES: readonly Status[] = ['seed', 'cited-source', 'inferred'];
export const FLAGS: readonly Flag[] = ['single-source', 'verify', 'contested', 'practice', 'statute-text-not-checked'];

/** D-GEN first (they apply to every calculator), then the calculators in menu order. */
export const DECISION_GROUPS: readonly { id: DecisionGroup; decisions: typeof DECISIONS }[] = (['general', ...CALCULATOR_IDS] as const).map((id) => ({
  id,
  decisions: DECISIONS.filter((decision) => decision.calculator === id),
})).filter((group) => group.decisions.length > 0); // a calculator whose decisions are not listed yet shows no empty group

/** RULES.md §8, "Remaining caveats". */
export const CAVEATS = ['1', '2', '3'] as const;

/** Last source number of each SOURCES.md section: A codes and statutes, B administrative guidance, C case law, D agreements and seeds, E worked examples. */
const SECTIONS = [
  { id: 'A', first: 1, last: 27 },
  { id: 'B', first: 28, last: 38 },
  { id: 'C', first: 39, last: 44 },
  { id: 'D', first: 45, last: 54 },
  { id: 'E', first: 55, last: Number.POSITIVE_INFINITY },
] as const;

export const SOURCE_GROUPS: readonly { id: string; sources: readonly Source[] }[] = SECTIONS.map((section) => ({
  id: section.id,
  sources: SOURCES.filter((source) => {
    const n = Number(source.id.slice(1));
    return n >= section.first && n <= section.last;
  }),
}));

/** Host name shown in a link's text, so that the user sees where it leads. */
export function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
