// Loads the archive's parts of a calculator screen (parts.ts) once, after the screen is shown.
export type ArchiveParts = typeof import('./parts');

let loading: Promise<ArchiveParts> | null = null;

export function loadArchiveParts(): Promise<ArchiveParts> {
  loading ??= import('./parts');
  // A failed import (offline before the chunk was cached) may be tried again on the next screen.
  loading.catch(() => (loading = null));
  return loading;
}
