/**
 * Message catalogues. Each domain (shell, errors, one per calculator…) has
 * its own file per language, so that work on one screen never touches
 * another's strings; messages.test.ts checks that it and en have the same keys.
 *
 * Only the domains the first screen needs (common, errors, shell) are bundled
 * here: a calculator's texts are ~5 KB gzip each, so they travel with the
 * calculator's lazily loaded screen, which registers them with
 * `addMessages` (see src/ui/calculators/<id>/messages.ts).
 */
import itCommon from './it/common';
import itErrors from './it/errors';
import itShell from './it/shell';
import enCommon from './en/common';
import enErrors from './en/errors';
import enShell from './en/shell';

export type Locale = 'it' | 'en';
export const LOCALES: readonly Locale[] = ['it', 'en'];

export const catalogues: Record<Locale, Record<string, string>> = {
  it: { ...itCommon, ...itErrors, ...itShell },
  en: { ...enCommon, ...enErrors, ...enShell },
};

/** Adds a domain's texts in both languages (idempotent). */
export function addMessages(domain: Record<Locale, Record<string, string>>): void {
  for (const locale of LOCALES) Object.assign(catalogues[locale], domain[locale]);
}
