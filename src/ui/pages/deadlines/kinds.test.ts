// The board's kinds are data: every kind has its texts in both languages, and the exports follow the kind table.
import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_KINDS, type DashboardRow } from '../../../storage/dashboard';
import { catalogues } from '../../i18n/messages';
import { locale } from '../../i18n/locale.svelte';
import { calendarText, csvText, type BoardItem } from './exports';
import { KIND_VIEWS, rowDetail } from './kinds';
import './messages';

afterEach(() => locale.set('it'));

const row = (change: Partial<DashboardRow>): DashboardRow => ({ subjectId: 'p1', subjectLabel: 'Maria Rossi', subject: 'person', kind: 'seniority-step', date: '2026-06-01', ...change });

describe('kinds of deadline', () => {
  it('every kind has a name and a detail text in Italian and English, and a line in the kind table', () => {
    for (const kind of DASHBOARD_KINDS) {
      expect(KIND_VIEWS[kind]).toBeDefined();
      for (const language of ['it', 'en'] as const) {
        expect(catalogues[language][`deadlines.kind.${kind}`], `${language} deadlines.kind.${kind}`).toBeTruthy();
        expect(catalogues[language][`deadlines.detail.${kind}`], `${language} deadlines.detail.${kind}`).toBeTruthy();
      }
    }
  });

  it('says the quota headroom in words: left, over the cap, or unknown without the contracts in force', () => {
    locale.set('it');
    expect(rowDetail(row({ kind: 'quota-headroom', value: 3 }))).toBe('Oggi se ne possono stipulare ancora 3.');
    expect(rowDetail(row({ kind: 'quota-headroom', value: -2 }))).toBe('Oggi l’unità supera il limite di 2: apri il calcolo per i dettagli.');
    expect(rowDetail(row({ kind: 'quota-headroom', value: null }))).toContain('indica nell’Archivio i contratti a termine');
  });
});

describe('board exports', () => {
  const items: BoardItem[] = [
    { type: 'row', row: row({}) },
    { type: 'row', row: row({ subjectId: 'u1', subjectLabel: 'Negozio', subject: 'unit', kind: 'quota-headroom', date: '2026-03-15', value: 4 }) },
    { type: 'refusal', refusal: { subjectId: 'p2', subjectLabel: 'Luca', subject: 'person', kind: 'seniority-step', error: { code: 'not-covered', message: { key: 'seniority.error.statute' } }, source: { calculator: 'seniority', input: {} } } },
  ];

  it('puts one all-day event per dated deadline in the calendar: not today’s quota figure, not a refusal', () => {
    const ics = calendarText(items, new Date('2026-03-15T10:00:00Z'));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:p1-seniority-step-20260601@contratto-in-tasca\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260601\r\n');
    expect(ics).toContain('SUMMARY:Prossimo scatto di anzianità: Maria Rossi\r\n');
  });

  it('writes every item shown in the CSV, refusals with their reason', () => {
    const lines = csvText(items).split('\r\n');
    expect(lines[0]).toBe('\uFEFFData;Scadenza;Persona o unità;Valore;Dettaglio');
    expect(lines[1]).toBe('01/06/2026;Prossimo scatto di anzianità;Maria Rossi;;Lo scatto spetta dal 1° giugno 2026.');
    expect(lines[2]).toBe('15/03/2026;Contratti a termine ancora possibili;Negozio;4;Oggi se ne possono stipulare ancora 4.');
    expect(lines[3]).toMatch(/^;Prossimo scatto di anzianità;Luca;;Non calcolabile\. Non coperto dalle regole: Nessuna legge prevede gli scatti/);
  });
});
