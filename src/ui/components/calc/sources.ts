/**
 * Citations: the source registry (S01–S89) and its translated titles, about 18 KB gzip, shared by every
 * screen that shows a result. Kept out of the calculator screens' chunks (issue 10: route JS ≤ 45 KB gzip):
 * Citations.svelte loads this module with `loadSources()` when a result first shows its sources.
 */
import type { CalcResult } from '../../../calculators';
import { SOURCE_TITLES, sourceById, type Source } from '../../../calculators/sources';
import { citedSourceIds } from './result';

export interface Citation {
  source: Source;
  /** The official text when recorded, else the first secondary page. */
  url: string | null;
  secondaryOnly: boolean;
}

/** A source's title in the given language; the registry's own title only if SOURCE_TITLES lacks it. */
export function sourceTitle(source: Source, locale: 'it' | 'en'): string {
  return SOURCE_TITLES[source.id]?.[locale] ?? source.title;
}

/**
 * The sources a result cites: official texts first (a law, a circular, the
 * union's sheet), then the secondary ones (consultants' summaries, worked
 * examples), each group in order of first appearance.
 */
export function citations(result: CalcResult): { official: Citation[]; secondary: Citation[] } {
  const all = citedSourceIds(result).flatMap((id) => {
    const source = sourceById(id);
    if (!source) return [];
    const official = source.officialUrls[0] ?? null;
    return [{ source, url: official ?? source.secondaryUrls[0] ?? null, secondaryOnly: official === null }];
  });
  return { official: all.filter((c) => !c.secondaryOnly), secondary: all.filter((c) => c.secondaryOnly) };
}

