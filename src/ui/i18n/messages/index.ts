/**
 * Message catalogues. Each domain (shell, errors, one per calculator…) has
 * its own file per language so that work on one screen never touches
 * another's strings; a test checks that it and en have the same keys.
 */
import * as it from './it';
import * as en from './en';

export type Locale = 'it' | 'en';
export const LOCALES: readonly Locale[] = ['it', 'en'];

function merge(parts: Record<string, Record<string, string>>): Record<string, string> {
  return Object.assign({}, ...Object.values(parts)) as Record<string, string>;
}

export const catalogues: Record<Locale, Record<string, string>> = {
  it: merge(it),
  en: merge(en),
};
