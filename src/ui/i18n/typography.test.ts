// Issue 7 "one kind of apostrophe throughout": the typographic ’ in every text, in both languages.
import { describe, expect, it } from 'vitest';
import * as en from './messages/en';
import * as itDomains from './messages/it';

type Domains = Record<string, Record<string, string>>;

describe('typography of the message catalogues', () => {
  for (const [language, domains] of [['it', itDomains], ['en', en]] as const) {
    it(`${language}: uses the typographic apostrophe, never the straight one`, () => {
      const straight = Object.values(domains as unknown as Domains).flatMap((domain) => Object.entries(domain).filter(([, text]) => text.includes("'")).map(([key]) => key));
      expect(straight).toEqual([]);
    });
  }
});
