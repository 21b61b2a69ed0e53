/**
 * CSV export that opens correctly in Excel and LibreOffice with Italian
 * settings: `;` separator, UTF-8 BOM, dd/mm/yyyy dates, decimal comma. A
 * text cell that a spreadsheet would run as a formula (= + - @, tab, CR)
 * gets a leading apostrophe. A tiny writer: papaparse would add about 7 KB
 * gzip for the same few lines.
 */
import type { Person, Unit } from './db';

export type Cell = { text: string } | { number: number } | { date: string } | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** dd/mm/yyyy from a civil date `YYYY-MM-DD`. */
export function italianDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** No grouping: "1.800,5" would be read as text by some imports; "1800,5" never is. */
export function italianNumber(value: number): string {
  return String(value).replace('.', ',');
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  let text: string;
  if ('number' in cell) text = italianNumber(cell.number);
  else if ('date' in cell) text = italianDate(cell.date);
  else text = FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map((title) => cellText({ text: title })), ...rows.map((row) => row.map(cellText))];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

const text = (value: string | undefined): Cell => (value === undefined ? null : { text: value });
const number = (value: number | undefined): Cell => (value === undefined ? null : { number: value });
const date = (value: string | undefined): Cell => (value === undefined ? null : { date: value });

export const PERSON_COLUMNS = ['label', 'ruleset', 'role', 'hireDate', 'schedule', 'partTime', 'companyEmployees', 'contractEndDate', 'notes'] as const;
export const UNIT_COLUMNS = ['label', 'ruleset', 'permanentHeadcount', 'unitEmployees', 'companyEmployees', 'fixedTermInForce', 'agencyInForce', 'exemptInForce'] as const;

/** `heading` gives each column's title in the user's language; `words` the texts of coded values (ruleset, schedule kind). */
export function peopleCsv(people: readonly Person[], heading: (column: string) => string, words: (code: string) => string): string {
  const rows = people.map((person) => {
    const { schedule } = person;
    const share = schedule.kind === 'vertical' ? schedule.daysPerWeek : schedule.kind === 'horizontal' ? schedule.percent : undefined;
    return [
      text(person.label),
      text(words(person.ruleset)),
      text(person.role),
      date(person.hireDate),
      text(words(schedule.kind)),
      number(share),
      number(person.companyEmployees),
      date(person.contractEndDate),
      text(person.notes),
    ];
  });
  return toCsv(PERSON_COLUMNS.map(heading), rows);
}

export function unitsCsv(units: readonly Unit[], heading: (column: string) => string, words: (code: string) => string): string {
  const rows = units.map((unit) => [
    text(unit.label),
    text(words(unit.ruleset)),
    number(unit.permanentHeadcount),
    number(unit.unitEmployees),
    number(unit.companyEmployees),
    number(unit.fixedTermInForce),
    number(unit.agencyInForce),
    number(unit.exemptInForce),
  ]);
  return toCsv(UNIT_COLUMNS.map(heading), rows);
}
