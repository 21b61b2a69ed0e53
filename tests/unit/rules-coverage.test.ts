/**
 * Rules coverage (ARCHITECTURE.md practice 3): every table of every rules
 * module has contiguous windows with no gap or overlap, every source id used
 * anywhere resolves in the registry, and every figure carries a status.
 * Tables are found by walking the exported data, so a new table is covered
 * without registering it here.
 */
import { describe, expect, it } from 'vitest';
import { windowProblems, type Table } from '../../src/engine/core/rules';
import { SOURCES, sourceById } from '../../src/rules/sources';

const modules = import.meta.glob(['../../src/rules/*.ts', '!../../src/rules/*.test.ts'], { eager: true });

interface Found {
  tables: { path: string; table: Table<unknown> }[];
  sourceIds: { path: string; id: unknown }[];
  statuses: { path: string; status: unknown }[];
}

function walk(value: unknown, path: string, found: Found, seen: Set<unknown>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string' && Array.isArray(record.entries)) found.tables.push({ path, table: record as unknown as Table<unknown> });
  if (Array.isArray(record.sourceIds)) {
    record.sourceIds.forEach((id, i) => found.sourceIds.push({ path: `${path}.sourceIds[${i}]`, id }));
    if (path.includes('entries') || 'value' in record) found.statuses.push({ path, status: record.status });
  }
  for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`, found, seen);
}

const found: Found = { tables: [], sourceIds: [], statuses: [] };
const seen = new Set<unknown>();
for (const [file, mod] of Object.entries(modules)) walk(mod, file.replace('../../src/rules/', ''), found, seen);

describe('rules coverage', () => {
  it('finds the tables of the rules modules', () => {
    expect(found.tables.length).toBeGreaterThan(0);
  });
  it('has no gap, overlap, inverted window or empty source list in any table', () => {
    expect(found.tables.flatMap(({ table }) => windowProblems(table))).toEqual([]);
  });
  it('has table ids that are unique', () => {
    const ids = found.tables.map(({ table }) => table.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('resolves every source id used in the rules', () => {
    const missing = found.sourceIds.filter(({ id }) => typeof id !== 'string' || !sourceById(id));
    expect(missing).toEqual([]);
  });
  it('gives every dated figure a status among seed, cited-source, inferred', () => {
    const bad = found.statuses.filter(({ status }) => !['seed', 'cited-source', 'inferred'].includes(status as string));
    expect(bad).toEqual([]);
  });
  it('keeps the source registry complete and ordered (S01–S89, stable ids; S65–S69 from revision 2)', () => {
    expect(SOURCES.map((s) => s.id)).toEqual(Array.from({ length: 89 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));
    expect(SOURCES.every((s) => s.title.length > 0 && ['seed', 'text', 'summary', 'not-retrieved'].includes(s.level))).toBe(true);
  });
});
