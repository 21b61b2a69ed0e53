import { describe, expect, it } from 'vitest';
import { search, sortRecords } from './query';

const rows = [
  { label: 'Niccolò Rossi', notes: 'magazzino', createdAt: '2026-01-02T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
  { label: 'anna Verdi', createdAt: '2026-01-03T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' },
  { label: 'Bruno 10', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' },
  { label: 'Bruno 9', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' },
];
const texts = (row: (typeof rows)[number]) => [row.label, row.notes];
const labels = (list: typeof rows) => list.map((row) => row.label);

describe('search and sort of saved lists', () => {
  it('finds by every word, ignoring case and accents, in any field', () => {
    expect(labels(search(rows, 'niccolo', texts))).toEqual(['Niccolò Rossi']);
    expect(labels(search(rows, 'MAGAZZINO rossi', texts))).toEqual(['Niccolò Rossi']);
    expect(labels(search(rows, 'rossi verdi', texts))).toEqual([]);
    expect(search(rows, '  ', texts)).toHaveLength(4);
  });

  it('sorts by label in Italian order with numbers as numbers, or by the newest change with ties by label', () => {
    expect(labels(sortRecords(rows, 'label', (row) => row.label))).toEqual(['anna Verdi', 'Bruno 9', 'Bruno 10', 'Niccolò Rossi']);
    expect(labels(sortRecords(rows, 'updated', (row) => row.label))).toEqual(['Niccolò Rossi', 'anna Verdi', 'Bruno 9', 'Bruno 10']);
    expect(labels(sortRecords(rows, 'created', (row) => row.label))[0]).toBe('anna Verdi');
  });
});
