/**
 * Message catalogues. Each domain (shell, errors, one per calculator…) has
 * its own file per language, so that work on one screen never touches
 * another's strings; messages.test.ts checks that it and en have the same keys.
 *
 * The first-load chunk holds only the Italian (default) texts of the domains
 * the first screen needs (common, errors, shell); English ones load with
 * `loadLocale('en')` (src/ui/i18n/shell-en.ts), awaited before the first
 * render when English is the chosen language and on a switch to it (issue 10:
 * the entry chunk carried both languages). A calculator's texts, ~5 KB gzip
 * each, travel with the calculator's lazily loaded screen, which registers
 * them in both languages with `addMessages` (see src/ui/calculators/<id>/messages.ts).
 */
import itCommon from './it/common';
import itErrors from './it/errors';
import itShell from './it/shell';

export type Locale = 'it' | 'en';
export const LOCALES: readonly Locale[] = ['it', 'en'];

export const catalogues: Record<Locale, Record<string, string>> = {
  it: { ...itCommon, ...itErrors, ...itShell },
  en: {},
};

/** A language's texts of a domain, or a loader of them (a chunk of their own, loaded with the language). */
export type DomainTexts = Record<string, string> | (() => Promise<{ default: Record<string, string> }>);

const shellLoaded = new Set<Locale>(['it']);
const pending: Record<Locale, (() => Promise<{ default: Record<string, string> }>)[]> = { it: [], en: [] };
let everythingPreloaded = false;

/**
 * Adds a domain's texts in both languages (idempotent). A language may be given as a loader
 * (`en: () => import('…/en/notice')`): a calculator screen then carries only the Italian texts, and the
 * English ones load with loadLocale('en'), which the router awaits before showing a screen in English and
 * a switch to English awaits too (issue 10: route JS ≤ 45 KB gzip).
 */
export function addMessages(domain: Record<Locale, DomainTexts>): void {
  for (const locale of LOCALES) {
    const texts = domain[locale];
    if (typeof texts !== 'function') Object.assign(catalogues[locale], texts);
    else if (!everythingPreloaded) pending[locale].push(texts);
  }
}

/** True once the language's shell texts and every domain registered so far are in the catalogue. */
export function isLocaleLoaded(locale: Locale): boolean {
  return shellLoaded.has(locale) && pending[locale].length === 0;
}

/** Loads what of a language is not in the catalogue yet: the shell texts (English) and the domains given as loaders. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!shellLoaded.has(locale)) {
    const { default: shell } = await import('./shell-en');
    Object.assign(catalogues.en, shell);
    shellLoaded.add(locale);
  }
  const loaders = pending[locale].splice(0);
  const domains = await Promise.all(loaders.map((load) => load()));
  for (const { default: texts } of domains) Object.assign(catalogues[locale], texts);
}

/**
 * Tests: every domain file of every language put in the catalogue at once (`import.meta.glob` eager in the set-up),
 * so that a component test can switch language synchronously. Loaders registered later are then not needed.
 */
export function preloadAllMessages(domains: Record<Locale, readonly Record<string, string>[]>): void {
  for (const locale of LOCALES) {
    for (const texts of domains[locale]) Object.assign(catalogues[locale], texts);
    shellLoaded.add(locale);
    pending[locale].length = 0;
  }
  everythingPreloaded = true;
}
