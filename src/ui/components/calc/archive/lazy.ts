// Loads the archive's parts of a calculator screen (parts.ts) once, after the screen is shown.
type Parts = typeof import('./parts');

let loading: Promise<Parts> | null = null;

export function loadArchiveParts(): Promise<Parts> {
  loading ??= import('./parts');
  // A failed import (offline before the chunk was cached) may be tried again on the next screen.
  loading.catch(() => (loading = null));
  return loading;
}
