import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/rules/sources';
import { SOURCE_TITLES } from '../../src/rules/source-titles';

// SOURCES.md (shared/domain, 1 Dec 2026) numbers its sources S01–S89 without gaps; ids are never reused.
const SOURCES_MD_IDS = Array.from({ length: 89 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);

describe('source titles', () => {
  it('give every SOURCES.md id and every registry source an Italian and an English title', () => {
    for (const id of new Set([...SOURCES_MD_IDS, ...SOURCES.map((s) => s.id)])) {
      const title = SOURCE_TITLES[id];
      expect(title?.it.trim(), id).toBeTruthy();
      expect(title?.en.trim(), id).toBeTruthy();
    }
  });

  it('has no title for a source that does not exist', () => {
    expect(Object.keys(SOURCE_TITLES).filter((id) => !SOURCES_MD_IDS.includes(id))).toEqual([]);
  });

  it('writes Italian titles in Italian (no English words of the registry titles) and with the typographic apostrophe', () => {
    for (const [id, title] of Object.entries(SOURCE_TITLES)) {
      expect(title.it, id).not.toMatch(/\b(as published|rules|worked|summary|Civil Code|Law)\b/);
      expect(title.it, id).not.toContain("'");
      expect(title.en, id).not.toContain("'");
    }
  });
});
