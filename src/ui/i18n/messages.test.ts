// Every key must exist in both languages (conventions: "Every key must exist in both it and en").
import { describe, expect, it } from 'vitest';
import * as en from './messages/en';
import * as itDomains from './messages/it';
import { translate } from './format';
import { addMessages } from './messages';

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

describe('counts that can be 1 read in the singular', () => {
  // Each of these figures can be 1 on a real screen (one person in a backup, one seniority step, one day of
  // leave during the notice); the catalogues used to say "1 persone", "1 scatti", "1 giorni".
  const all: Domains = { it: Object.assign({}, ...Object.values(IT)), en: Object.assign({}, ...Object.values(EN)) };
  for (const locale of ['it', 'en'] as const) addMessages({ [locale]: all[locale] } as Record<'it' | 'en', Record<string, string>>);
  const cases: [string, Record<string, string | number>, string, string][] = [
    ['storage.backup.preview', { people: 1, units: 1, cases: 1, date: '2026-03-01' }, 'Il file contiene 1 persona, 1 unità produttiva e 1 calcolo', 'The file holds 1 person, 1 production unit and 1 calculation'],
    ['storage.backup.conflicts', { count: 1 }, '1 elemento è già sul dispositivo', '1 item is already on this device'],
    ['storage.unitLine', { ruleset: 'X', count: 1 }, 'X · 1 dipendente a tempo indeterminato', 'X · 1 permanent employee'],
    ['seniority.detail.count', { asOf: '2026-03-01', count: 1, max: 6, last: '2026-01-01' }, 'è maturato 1 scatto su 6', '1 step has accrued of a maximum of 6'],
    ['seniority.detail.monthlyAmount', { count: 1, amount: 20, total: 20 }, '1 scatto ×', '1 step ×'],
    ['leave.detail.monthNotCounted.at-least', { days: 1, monthIn: 'x', threshold: 15 }, '1 giorno', '1 day'],
    ['leave.detail.months.at-least', { months: 1, touched: 2, threshold: 15 }, '1 mese contato su 2', '1 month counted out of 2'],
    ['notice.detail.leave', { days: 1 }, 'la fine slitta di 1 giorno.', 'the end moves 1 day later.'],
    ['peopleImport.errors.more', { count: 1 }, 'e un altro errore.', 'and 1 more error.'],
    ['rules.sources.groupCount', { name: 'CCNL', count: 1 }, 'CCNL: 1 fonte', 'CCNL: 1 source'],
  ];
  for (const [key, params, italian, english] of cases) {
    it(key, () => {
      expect(translate('it', key, params)).toContain(italian);
      expect(translate('en', key, params)).toContain(english);
      // …and the plural beside it.
      expect(translate('it', key, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value === 1 ? 2 : value])))).not.toContain(italian);
    });
  }
});
