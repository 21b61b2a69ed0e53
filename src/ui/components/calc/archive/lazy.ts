// Loads the archive's parts of a calculator screen (parts.ts) once, after the screen is shown, with their texts
// in the language shown (parts.ts registers the English ones as a loader: without this, "No person saved" came
// in Italian whenever the archive was not read, i.e. on a device that has saved nothing).
import { locale } from '../../../i18n/locale.svelte';
import { loadLocale } from '../../../i18n/messages';

export type ArchiveParts = typeof import('./parts');

let loading: Promise<ArchiveParts> | null = null;

export function loadArchiveParts(): Promise<ArchiveParts> {
  loading ??= import('./parts').then(async (parts) => {
    await loadLocale(locale.current).catch(() => undefined);
    return parts;
  });
  // A failed import (offline before the chunk was cached) may be tried again on the next screen.
  loading.catch(() => (loading = null));
  return loading;
}
