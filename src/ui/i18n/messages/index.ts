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

/** Adds a domain's texts in both languages (idempotent). */
export function addMessages(domain: Record<Locale, Record<string, string>>): void {
  for (const locale of LOCALES) Object.assign(catalogues[locale], domain[locale]);
}

const shellLoaded = new Set<Locale>(['it']);

/** True once the language's shell texts are in the catalogue (Italian always is). */
export function isLocaleLoaded(locale: Locale): boolean {
  return shellLoaded.has(locale);
}

/** Loads the shell, common and error texts of a language that is not in the first-load chunk. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (shellLoaded.has(locale)) return;
  const { default: shell } = await import('./shell-en');
  Object.assign(catalogues.en, shell);
  shellLoaded.add(locale);
}
