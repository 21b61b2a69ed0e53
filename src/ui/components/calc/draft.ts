/**
 * Half-filled forms survive a reload (an accepted update reloads the page):
 * each screen keeps its form in sessionStorage under its calculator id, and
 * the contract last chosen in localStorage (one key per calculator; read
 * synchronously, so the first paint needs no IndexedDB).
 * Nothing leaves the device; storage errors only mean nothing is kept.
 */
const PREFIX = 'cit.draft.';
const RULESET_PREFIX = 'cit.ruleset.';

/** `Object.hasOwn`, so that `constructor`, `__proto__` or `hasOwnProperty` are never taken for a field. */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The saved form, read field by field over `defaults`: fields missing from an
 * older draft keep their default; a field of the wrong type, or a draft the
 * `accept` check refuses, drops the whole draft (null) rather than half-load it.
 * Keys that are not own fields of `defaults` (`__proto__` among them) are never copied.
 */
export function loadDraft<T extends object>(key: string, defaults: T, accept: (form: T) => boolean = () => true): T | null {
  try {
    const text = globalThis.sessionStorage?.getItem(PREFIX + key);
    if (!text) return null;
    const saved: unknown = JSON.parse(text);
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
    const restored = { ...defaults } as Record<string, unknown>;
    for (const [field, value] of Object.entries(saved)) {
      if (!hasOwn(defaults, field)) continue;
      const expected = (defaults as Record<string, unknown>)[field];
      if (typeof value !== typeof expected || Array.isArray(value) !== Array.isArray(expected) || (typeof value === 'object' && value === null)) return null;
      restored[field] = value;
    }
    return accept(restored as T) ? (restored as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, form: object): void {
  try {
    globalThis.sessionStorage?.setItem(PREFIX + key, JSON.stringify(form));
  } catch {
    // private mode or full storage: the form still works, it is just not kept
  }
}

export function clearDraft(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}

export function loadRememberedRuleset(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(RULESET_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function rememberRuleset(key: string, ruleset: string): void {
  try {
    globalThis.localStorage?.setItem(RULESET_PREFIX + key, ruleset);
  } catch {
    // not kept: the next visit starts from the default contract
  }
}
