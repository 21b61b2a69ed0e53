/**
 * Half-filled forms survive a reload (an accepted update reloads the page):
 * each screen keeps its form in sessionStorage under its calculator id.
 * Nothing leaves the device; storage errors only mean the draft is not kept.
 */
const PREFIX = 'cit.draft.';

export function loadDraft<T extends object>(key: string, defaults: T): T {
  try {
    const text = globalThis.sessionStorage?.getItem(PREFIX + key);
    if (!text) return { ...defaults };
    const saved: unknown = JSON.parse(text);
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { ...defaults };
    // Only known fields of the right type are restored: an old or damaged draft cannot break the form.
    const restored = { ...defaults } as Record<string, unknown>;
    for (const [field, value] of Object.entries(saved)) {
      if (field in defaults && typeof value === typeof (defaults as Record<string, unknown>)[field]) restored[field] = value;
    }
    return restored as T;
  } catch {
    return { ...defaults };
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
