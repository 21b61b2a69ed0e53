/** Search and sort for the saved lists (pure). */

export type SortKey = 'label' | 'updated' | 'created';

interface Listed {
  updatedAt: string;
  createdAt: string;
}

/** Lower case, no accents: "Niccolò" is found by "niccolo". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('it');
}

/** Records whose texts contain every word of the query, in any order. */
export function search<T>(records: readonly T[], query: string, texts: (record: T) => readonly (string | undefined)[]): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((record) => {
    const haystack = fold(texts(record).filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** By label A→Z, or most recently updated/created first; ties keep a stable order by label. */
export function sortRecords<T extends Listed>(records: readonly T[], key: SortKey, label: (record: T) => string): T[] {
  const byLabel = (a: T, b: T) => collator.compare(label(a), label(b));
  const byStamp = (field: 'updatedAt' | 'createdAt') => (a: T, b: T) => (a[field] < b[field] ? 1 : a[field] > b[field] ? -1 : byLabel(a, b));
  const compare = key === 'label' ? byLabel : byStamp(key === 'updated' ? 'updatedAt' : 'createdAt');
  return [...records].sort(compare);
}
