/**
 * The UI language. Italian by default; English when the browser prefers it
 * (the first of it/en in navigator.languages wins). The choice is kept in
 * localStorage, not Dexie, so that the first screen needs no database code.
 */
import type { Message, MessageParam } from '../../calculators';
import { renderMessage, translate } from './format';
import { isLocaleLoaded, loadLocale, LOCALES, type Locale } from './messages';

export const LOCALE_STORAGE_KEY = 'cit.locale';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Stored choice first, then the first it/en tag in the browser's list, else Italian. */
export function detectLocale(stored: string | null, languages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'it';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to detection
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function applyToDocument(next: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

class LocaleStore {
  current = $state<Locale>(detectLocale(readStored(), browserLanguages()));

  constructor() {
    applyToDocument(this.current);
  }

  /**
   * Switches language, remembers it on this device and updates `<html lang>`. A language whose shell texts are
   * not loaded yet (English, on first use) switches once they arrive; if they cannot load, it switches anyway
   * and the missing texts show in Italian.
   */
  set(next: Locale): void {
    if (isLocaleLoaded(next)) {
      this.#apply(next);
      return;
    }
    void loadLocale(next).finally(() => this.#apply(next));
  }

  #apply(next: Locale): void {
    this.current = next;
    applyToDocument(next);
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // not persisted: the choice still holds for this visit
    }
  }
}

export const locale = new LocaleStore();

/** Resolves once the texts of the language chosen at start-up are loaded (await before the first render). */
export function localeReady(): Promise<void> {
  return loadLocale(locale.current);
}

/** A UI string in the current language; reactive when called from markup or `$derived`. */
export function t(key: string, params?: Record<string, MessageParam>): string {
  return translate(locale.current, key, params);
}

/** An engine `Message` (step label, warning, error) in the current language. */
export function tm(message: Message): string {
  return renderMessage(locale.current, message);
}
