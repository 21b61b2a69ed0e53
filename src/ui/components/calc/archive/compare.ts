/**
 * "Ricalcola con le regole attuali": which figures of a saved result differ
 * from the same inputs computed today, field by field (pure; the screen
 * writes labels and values in the user's words).
 */
import type { CalcResult } from '../../../../calculators';

export interface ChangedFigure {
  /** Dotted path in `outputs` (`headroom.fixedTerm`), or `outcome` when one side could not be computed. */
  path: string;
  before: unknown;
  after: unknown;
}

/** Leaves of an outputs object: nested objects by dotted path, lists as one value (a schedule, a list of documents). */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (prefix) found.set(prefix, value);
    return found;
  }
  for (const [key, item] of Object.entries(value)) {
    for (const [path, leaf] of leaves(item, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf);
  }
  return found;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The figures that changed, in the order of the saved result (new ones after); none when the answer is the same. */
export function changedFigures(saved: CalcResult, current: CalcResult): ChangedFigure[] {
  if (!saved.ok || !current.ok) {
    const outcome = (result: CalcResult) => (result.ok ? 'ok' : result.error.code);
    return outcome(saved) === outcome(current) && (saved.ok || same(saved, current)) ? [] : [{ path: 'outcome', before: saved, after: current }];
  }
  const before = leaves(saved.outputs);
  const after = leaves(current.outputs);
  const paths = [...before.keys(), ...[...after.keys()].filter((path) => !before.has(path))];
  return paths.filter((path) => !same(before.get(path), after.get(path))).map((path) => ({ path, before: before.get(path), after: after.get(path) }));
}
