import { describe, expect, it } from 'vitest';
import { cellText, peopleCsv, toCsv } from './csv';
import type { Person } from './db';

describe('CSV for Excel and LibreOffice with Italian settings', () => {
  it('starts with the UTF-8 BOM, separates with ; and ends lines with CRLF', () => {
    expect(toCsv(['Nome', 'Età'], [[{ text: 'Anna' }, { number: 30 }]])).toBe('\uFEFFNome;Età\r\nAnna;30\r\n');
  });

  it('writes dates as dd/mm/yyyy and decimals with a comma, without grouping', () => {
    expect(cellText({ date: '2024-02-29' })).toBe('29/02/2024');
    expect(cellText({ number: 12.5 })).toBe('12,5');
    expect(cellText({ number: 1800.5 })).toBe('1800,5');
  });

  it.each(['=cmd|\' /C calc\'!A0', '+1+1', '-2+3', '@SUM(A1)', '\tx'])('neutralises the formula-like cell %j with a leading apostrophe', (formula) => {
    expect(cellText({ text: formula }).replace(/^"|"$/g, '').startsWith(`'${formula.slice(0, 1)}`)).toBe(true);
  });

  it('leaves a negative number a number, and quotes cells holding ; " or a line break', () => {
    expect(cellText({ number: -3 })).toBe('-3');
    expect(cellText({ text: 'lun; mer' })).toBe('"lun; mer"');
    expect(cellText({ text: 'detto "Gigi"' })).toBe('"detto ""Gigi"""');
    expect(cellText({ text: 'riga 1\nriga 2' })).toBe('"riga 1\nriga 2"');
  });

  it('writes one row per person with the columns in the user’s language', () => {
    const person: Person = {
      id: 'p1', label: 'Maria', ruleset: 'statute', hireDate: '2017-01-10' as never, schedule: { kind: 'horizontal', percent: 62.5 },
      contractEndDate: '2027-06-30' as never, notes: '=HYPERLINK("http://x")', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
    const csv = peopleCsv([person], (column) => column.toUpperCase(), (code) => `[${code}]`);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('LABEL;RULESET;ROLE;HIREDATE;SCHEDULE;PARTTIME;COMPANYEMPLOYEES;CONTRACTENDDATE;NOTES');
    expect(row).toBe('Maria;[statute];;10/01/2017;[horizontal];62,5;;30/06/2027;"\'=HYPERLINK(""http://x"")"');
  });
});
