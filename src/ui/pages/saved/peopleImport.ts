/**
 * CSV import of people ("Importa persone da CSV"): papaparse reads the file (this module is imported
 * only when a file is chosen, so the parser never loads with the page), the columns are mapped to the
 * person's fields (guessed from Italian and English headings, changeable), and every row is read as
 * strictly as the archive form reads it: numbers as the active language writes them (numberText.ts),
 * dates that exist, roles of the contract, no spreadsheet formulas; then the person record check
 * (storage/schema.ts) that every write passes. A row at fault is reported by its line and field.
 */
import Papa from 'papaparse';
import { parseIsoDate, ROLES, RULESET_IDS, type RulesetId } from '../../../calculators';
import type { PersonDraft, Schedule } from '../../../storage';
import { checkRecord } from '../../../storage/schema';
import { readNumber } from '../../components/calc/numberText';
import { catalogues, LOCALES, type Locale } from '../../i18n/messages';

/** 10,000 people take about 1 MB of CSV; five times that is not a list of staff. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 20_000;

export const PERSON_FIELDS = ['label', 'ruleset', 'role', 'hireDate', 'schedule', 'partTime', 'companyEmployees', 'contractEndDate', 'notes'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export const REQUIRED_FIELDS: readonly PersonField[] = ['label', 'ruleset', 'hireDate'];

/** Column index for each field, or null when the field is not imported. */
export type Mapping = Record<PersonField, number | null>;

export interface CsvTable {
  header: string[];
  rows: string[][];
}

export type FileProblem = { issue: 'too-large' | 'empty' | 'one-column' | 'too-many-rows' | 'not-text' } | { issue: 'bad-quotes'; line: number };

/** Why one row is not imported: its line in the file (the header is line 1), the field and what is wrong. */
export interface RowProblem {
  line: number;
  field: PersonField | 'row';
  issue: string;
  /** The cell as written (cut to 60 characters), to quote back to the user. */
  value: string;
}

export interface ImportReport {
  people: PersonDraft[];
  /** Line in the file of each person above, for the preview. */
  lines: number[];
  problems: RowProblem[];
}

/** Reads the file's text; the separator is detected (`;` as Excel writes it in Italy, `,`, tab). */
export function readCsv(text: string): { ok: true; table: CsvTable } | { ok: false; problem: FileProblem } {
  if (text.length > MAX_CSV_BYTES) return { ok: false, problem: { issue: 'too-large' } };
  if (text.includes('\u0000')) return { ok: false, problem: { issue: 'not-text' } };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  // A quote left open swallows the rest of the file into one cell: refuse the file, naming the line, rather than misread it.
  const quotes = parsed.errors.find((error) => error.type === 'Quotes');
  if (quotes) return { ok: false, problem: { issue: 'bad-quotes', line: (quotes.row ?? 0) + 1 } };
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) return { ok: false, problem: { issue: 'empty' } };
  if (header.length < 2) return { ok: false, problem: { issue: 'one-column' } };
  if (rows.length > MAX_CSV_ROWS) return { ok: false, problem: { issue: 'too-many-rows' } };
  return { ok: true, table: { header: header.map((cell) => cell.trim()), rows } };
}

/** Lower case, no accents, no punctuation: "Data d’assunzione" and "data assunzione" meet. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Headings people write, in Italian and English, besides the app's own export headings (storage.csv.*). */
const HEADINGS: Record<PersonField, readonly string[]> = {
  label: ['nome', 'nominativo', 'cognome e nome', 'nome e cognome', 'dipendente', 'lavoratore', 'etichetta', 'name', 'employee', 'label', 'full name'],
  ruleset: ['contratto', 'ccnl', 'contratto applicato', 'contract', 'ruleset', 'collective agreement'],
  role: ['qualifica', 'livello', 'inquadramento', 'level', 'role', 'grade'],
  hireDate: ['data di assunzione', 'data assunzione', 'assunzione', 'assunto il', 'hire date', 'hired', 'start date', 'date of hire', 'hiredate'],
  schedule: ['orario', 'tipo di orario', 'part time', 'schedule', 'working time', 'hours'],
  partTime: ['percentuale', 'percentuale part time', 'giorni a settimana', 'giorni settimanali', 'giorni o percentuale part time', 'part time percent', 'part time share', 'days per week', 'percent'],
  companyEmployees: ['dipendenti', 'dipendenti dell azienda', 'dipendenti azienda', 'organico', 'company employees', 'employees', 'headcount', 'company size'],
  contractEndDate: ['fine contratto', 'scadenza contratto', 'data fine', 'fine del contratto', 'fine del contratto a termine', 'contract end', 'end date', 'contract end date'],
  notes: ['note', 'annotazioni', 'notes', 'comments'],
};

function headingsOf(field: PersonField): Set<string> {
  const words = new Set(HEADINGS[field].map(normalise));
  for (const locale of LOCALES) {
    const exported = catalogues[locale][`storage.csv.${field}`];
    if (exported) words.add(normalise(exported));
  }
  return words;
}

/** The first column whose heading names each field; a column serves one field only. */
export function guessMapping(header: readonly string[]): Mapping {
  const taken = new Set<number>();
  const mapping = Object.fromEntries(PERSON_FIELDS.map((field) => [field, null])) as Mapping;
  for (const field of PERSON_FIELDS) {
    const words = headingsOf(field);
    const index = header.findIndex((title, column) => !taken.has(column) && words.has(normalise(title)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Contract names as the app writes them in either language, their codes, and short names people use. */
function rulesetWords(): Map<string, RulesetId> {
  const words = new Map<string, RulesetId>([
    ['tds', 'confcommercio-tds'],
    ['confcommercio', 'confcommercio-tds'],
    ['terziario', 'confcommercio-tds'],
    ['ccnl terziario', 'confcommercio-tds'],
    ['unimpresa', 'unimpresa-vvp-2021'],
    ['legge', 'statute'],
    ['statuto', 'statute'],
    ['law', 'statute'],
  ]);
  for (const id of RULESET_IDS) {
    words.set(normalise(id), id);
    for (const locale of LOCALES) {
      const name = catalogues[locale][`ruleset.${id}.name`];
      if (name) words.set(normalise(name), id);
    }
  }
  return words;
}

function scheduleWords(): Map<string, Schedule['kind']> {
  const words = new Map<string, Schedule['kind']>([
    ['tempo pieno', 'full-time'],
    ['full time', 'full-time'],
    ['pieno', 'full-time'],
    ['verticale', 'vertical'],
    ['part time verticale', 'vertical'],
    ['vertical', 'vertical'],
    ['orizzontale', 'horizontal'],
    ['part time orizzontale', 'horizontal'],
    ['horizontal', 'horizontal'],
  ]);
  for (const kind of ['full-time', 'vertical', 'horizontal'] as const) {
    words.set(normalise(kind), kind);
    for (const locale of LOCALES) {
      const name = catalogues[locale][`storage.field.schedule.${kind}`];
      if (name) words.set(normalise(name), kind);
    }
  }
  return words;
}

/** A cell a spreadsheet would run (=, +, -, @, tab, CR first): never imported as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

class CellProblem {
  constructor(
    readonly issue: string,
    readonly value: string,
  ) {}
}

/** Text of a cell; our own export writes a formula-like text with a leading apostrophe, which is taken off. */
function textCell(raw: string): string {
  const text = raw.trim();
  if (/^'[=+\-@]/.test(text)) return text.slice(1);
  if (FORMULA_START.test(raw) || FORMULA_START.test(text)) throw new CellProblem('formula', raw);
  return text;
}

const DATE_FORMS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`],
  [/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, (m) => `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`],
];

/** dd/mm/yyyy (also with - or .) as in Italy, or yyyy-mm-dd; a day that does not exist is refused, never rolled over. */
export function readDate(raw: string): string | undefined {
  const text = textCell(raw);
  if (text === '') return undefined;
  for (const [pattern, toIso] of DATE_FORMS) {
    const match = pattern.exec(text);
    if (match) {
      const iso = toIso(match);
      if (parseIsoDate(iso) === null) throw new CellProblem('not-a-date', raw);
      return iso;
    }
  }
  throw new CellProblem(/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text) ? 'short-year' : 'not-a-date', raw);
}

function readCount(raw: string, locale: Locale): number | undefined {
  const text = textCell(raw.replace(/^-/, '\u2212'));
  const reading = readNumber(text, locale);
  if (reading.kind === 'empty') return undefined;
  if (reading.kind === 'ambiguous') throw new CellProblem('ambiguous-number', raw);
  if (reading.kind !== 'number') throw new CellProblem('not-a-number', raw);
  return reading.value;
}

interface Words {
  rulesets: Map<string, RulesetId>;
  schedules: Map<string, Schedule['kind']>;
}

function readRow(cells: readonly string[], mapping: Mapping, locale: Locale, words: Words, field: { current: PersonField | 'row' }): PersonDraft {
  const cell = (name: PersonField) => {
    field.current = name;
    const index = mapping[name];
    return index === null ? '' : (cells[index] ?? '');
  };
  const label = textCell(cell('label'));
  if (label === '') throw new CellProblem('missing', '');
  const rulesetText = textCell(cell('ruleset'));
  if (rulesetText === '') throw new CellProblem('missing', '');
  const ruleset = words.rulesets.get(normalise(rulesetText));
  if (!ruleset) throw new CellProblem('unknown-ruleset', rulesetText);
  const roleText = textCell(cell('role'));
  const roles = ROLES[ruleset] ?? [];
  const role = roles.find((code) => code.toLowerCase() === roleText.toLowerCase());
  if (roles.length > 0 && !role) throw new CellProblem(roleText === '' ? 'missing' : 'unknown-role', roleText);
  if (roles.length === 0 && roleText !== '') throw new CellProblem('role-without-levels', roleText);
  const hireDate = readDate(cell('hireDate'));
  if (hireDate === undefined) throw new CellProblem('missing', '');

  const scheduleText = textCell(cell('schedule'));
  const share = readCount(cell('partTime'), locale);
  field.current = 'schedule';
  const kind = scheduleText === '' ? (share === undefined ? 'full-time' : undefined) : words.schedules.get(normalise(scheduleText));
  if (!kind) throw new CellProblem(scheduleText === '' ? 'missing' : 'unknown-schedule', scheduleText);
  field.current = 'partTime';
  if (kind !== 'full-time' && share === undefined) throw new CellProblem('missing', '');
  const schedule: Schedule = kind === 'vertical' ? { kind, daysPerWeek: share as number } : kind === 'horizontal' ? { kind, percent: share as number } : { kind };

  const companyEmployees = readCount(cell('companyEmployees'), locale);
  const contractEndDate = readDate(cell('contractEndDate'));
  if (contractEndDate !== undefined && contractEndDate < hireDate) throw new CellProblem('end-before-hire', cell('contractEndDate'));
  const notes = textCell(cell('notes'));
  field.current = 'row';
  const draft = { label, ruleset, role, hireDate, schedule, companyEmployees, contractEndDate, notes: notes === '' ? undefined : notes };
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as PersonDraft;
}

/** The record check every write passes, on the row as a record; its field names map back to the columns. */
function recordProblem(draft: PersonDraft): { field: PersonField | 'row'; issue: string } | null {
  const stamp = '2000-01-01T00:00:00.000Z';
  const checked = checkRecord('people', { ...draft, id: 'csv-row', createdAt: stamp, updatedAt: stamp });
  if (checked.ok) return null;
  const { field, issue } = checked.problem;
  const top = field.startsWith('schedule.') ? 'partTime' : field;
  return { field: (PERSON_FIELDS as readonly string[]).includes(top) ? (top as PersonField) : 'row', issue };
}

const quoted = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

/** Every row read with the mapping: the people that can be saved and, for the others, line, field and issue. */
export function readPeople(table: CsvTable, mapping: Mapping, locale: Locale): ImportReport {
  const words = { rulesets: rulesetWords(), schedules: scheduleWords() };
  const report: ImportReport = { people: [], lines: [], problems: [] };
  table.rows.forEach((cells, index) => {
    const line = index + 2;
    const field = { current: 'row' as PersonField | 'row' };
    try {
      const draft = readRow(cells, mapping, locale, words, field);
      const problem = recordProblem(draft);
      if (problem) {
        const column = problem.field === 'row' ? null : mapping[problem.field];
        report.problems.push({ line, ...problem, value: quoted(column === null ? '' : (cells[column] ?? '')) });
        return;
      }
      report.people.push(draft);
      report.lines.push(line);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      report.problems.push({ line, field: field.current, issue: error.issue, value: quoted(error.value) });
    }
  });
  return report;
}
