/** Loads ./sources.ts (the source registry) once; `loadedSources()` answers at once after that. */
type SourcesModule = typeof import('./sources');

let loaded: SourcesModule | null = null;
let pending: Promise<SourcesModule> | null = null;

export function loadedSources(): SourcesModule | null {
  return loaded;
}

export function loadSources(): Promise<SourcesModule> {
  pending ??= import('./sources').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null; // a later result tries again
      throw error;
    },
  );
  return pending;
}
