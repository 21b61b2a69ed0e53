/** Partial comparison of FORMAT.md: only expected fields, numbers within 0.005, lists in order. */
export const NUMBER_TOLERANCE = 0.005;

/** Differences between expected and actual, as "path: expected X, got Y" lines. */
export function differences(expected: unknown, actual: unknown, path = ''): string[] {
  const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v));
  if (typeof expected === 'number') {
    return typeof actual === 'number' && Math.abs(actual - expected) <= NUMBER_TOLERANCE + 1e-9
      ? []
      : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
    return expected.flatMap((item, i) => differences(item, actual[i], `${path}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${path}: expected ${show(expected)}, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      differences(value, (actual as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    );
  }
  return expected === actual ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}
