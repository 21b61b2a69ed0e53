// Every key must exist in both languages (conventions: "Every key must exist in both it and en").
import { describe, expect, it } from 'vitest';
import * as en from './messages/en';
import * as itDomains from './messages/it';

type Domains = Record<string, Record<string, string>>;
const IT = itDomains as unknown as Domains;
const EN = en as unknown as Domains;

/** `{name}` / `{name:format}` placeholders of a template, sorted. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+(?::\w+)?)\}/g)].map((match) => match[1] as string).sort();
}

describe('message catalogues', () => {
  it('have the same domains in it and en', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(IT).sort());
  });

  for (const domain of Object.keys(IT)) {
    describe(`domain ${domain}`, () => {
      const itKeys = Object.keys(IT[domain] ?? {});
      const enKeys = Object.keys(EN[domain] ?? {});

      it('has exactly the same keys in it and en', () => {
        expect({ missingInEnglish: itKeys.filter((key) => !enKeys.includes(key)), missingInItalian: enKeys.filter((key) => !itKeys.includes(key)) }).toEqual({
          missingInEnglish: [],
          missingInItalian: [],
        });
      });

      it('has no empty text and the same placeholders in both languages', () => {
        const problems = itKeys.flatMap((key) => {
          const itText = IT[domain]?.[key] ?? '';
          const enText = EN[domain]?.[key];
          if (!itText.trim() || (enText !== undefined && !enText.trim())) return [`${key}: empty`];
          if (enText !== undefined && placeholders(itText).join() !== placeholders(enText).join()) return [`${key}: placeholders differ`];
          return [];
        });
        expect(problems).toEqual([]);
      });
    });
  }

  it('never gives one key two different texts in two domains (the merge would silently keep one)', () => {
    const clashes: string[] = [];
    for (const catalogue of [IT, EN]) {
      const seen = new Map<string, { domain: string; text: string }>();
      for (const [domain, messages] of Object.entries(catalogue)) {
        for (const [key, text] of Object.entries(messages)) {
          const earlier = seen.get(key);
          if (earlier && earlier.text !== text) clashes.push(`${key} (${earlier.domain} / ${domain})`);
          seen.set(key, { domain, text });
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
