/**
 * Renders engine `Message`s and UI strings in the chosen language. Templates
 * use `{name}` for plain values and `{name:date}`, `{name:number}`,
 * `{name:money}`, `{name:decimal}`, `{name:year}`, `{name:orList}` for values formatted with
 * Intl, `{name:enum}` / `{name:enums}` for FORMAT.md values by their labels,
 * and `{name:plural:one|other}` for a plural (`#` is the number):
 * `{n:plural:ne resta #|ne restano #}`.
 */
import type { Message, MessageParam } from '../../calculators';
import { catalogues, type Locale } from './messages';

const numberFormatters = new Map<string, Intl.NumberFormat>();

function intlLocale(locale: Locale): string {
  return locale === 'it' ? 'it-IT' : 'en-GB';
}

/**
 * Month names as Intl.DateTimeFormat writes them for it-IT and en-GB ('long'); format.test.ts checks every month
 * against Intl. Written out because creating the first Intl.DateTimeFormat cost about 20–35 ms of a calculator
 * screen's start (measured at 1× CPU, issue 10: offline repeat visit within 150 ms at 4×).
 */
const MONTHS: Record<Locale, readonly string[]> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A civil date `YYYY-MM-DD` in words ("16 marzo 2026"), from its digits alone, so no time zone can shift the day. */
export function formatDate(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[locale][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const day = Number(match[3]);
  // Italian writes the first of the month as an ordinal: "1° marzo 2027".
  return `${locale === 'it' && day === 1 ? '1°' : day} ${month} ${Number(match[1])}`;
}

function numberFormatter(locale: Locale, kind: 'number' | 'money' | 'decimal'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions =
      kind === 'money'
        ? { style: 'currency', currency: 'EUR' }
        : kind === 'decimal'
          ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
          : { maximumFractionDigits: 4 };
    // Italian CLDR leaves four-digit numbers ungrouped ("3150,00 €"); Italian practice and issue 7 write 3.150,00 €.
    // ('always' is ES2023 Intl; the lib here is ES2022.)
    formatter = new Intl.NumberFormat(intlLocale(locale), { ...options, useGrouping: 'always' as unknown as boolean });
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A list joined as Intl.ListFormat writes a conjunction for it-IT and en-GB ("A, B e C", "A, B and C");
 * format.test.ts checks it against Intl. Written out because a first Intl.ListFormat costs about 20 ms of a
 * calculator screen's start, where the contracts covered are listed (issue 10).
 */
export function andList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'it' ? 'e' : 'and'} ${items.at(-1)}`;
}

export function formatNumber(locale: Locale, value: number, kind: 'number' | 'money' | 'decimal' = 'number'): string {
  return numberFormatter(locale, kind).format(value);
}

export function formatValue(locale: Locale, value: MessageParam | undefined, format?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return translate(locale, value ? 'common.yes' : 'common.no');
  if (format === 'date' && typeof value === 'string') return formatDate(locale, value);
  // A year is never grouped (2025, not 2.025 or 2,025).
  if (format === 'year') return String(value);
  if (format === 'percent' && typeof value === 'number') return `${formatNumber(locale, value)}%`;
  if (typeof value === 'number') {
    return formatNumber(locale, value, format === 'money' ? 'money' : format === 'decimal' ? 'decimal' : 'number');
  }
  if (format === 'msg') return translate(locale, value);
  // `{kind:enum}` renders a FORMAT.md value ("dismissal", "ov1") through its `enum.*` label.
  if (format === 'enum') return translate(locale, `enum.${value}`);
  // `{days:orList}`: "1, 16" → "1 o 16" / "1 or 16".
  if (format === 'orList') return listFormat(locale).format(value.split(', '));
  // `{allowed:enums}`: a comma-separated list of such values ("dismissal, resignation"), each by its label.
  if (format === 'enums') return value.split(', ').map((item) => valueLabel(locale, item)).join(', ');
  return String(value);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

function listFormat(locale: Locale): Intl.ListFormat {
  let formatter = listFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(intlLocale(locale), { type: 'disjunction' });
    listFormats.set(locale, formatter);
  }
  return formatter;
}

/** A FORMAT.md value by its label (`enum.*`, or a ruleset's name), else as written. */
function valueLabel(locale: Locale, value: string): string {
  if (hasKey(locale, `enum.${value}`)) return template(locale, `enum.${value}`);
  if (hasKey(locale, `ruleset.${value}.name`)) return template(locale, `ruleset.${value}.name`);
  return value;
}

/** The template of a key, falling back to Italian and then to the key itself (so a gap is visible, never blank). */
export function template(locale: Locale, key: string): string {
  return catalogues[locale][key] ?? catalogues.it[key] ?? key;
}

/** True when the key exists in the given language. */
export function hasKey(locale: Locale, key: string): boolean {
  return key in catalogues[locale];
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** `one|other` forms by Intl.PluralRules; `#` in a form is the number written the locale's way. */
function plural(locale: Locale, value: MessageParam | undefined, forms: string): string {
  const count = typeof value === 'number' ? value : Number(value);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  const [one = '', other = one] = forms.split('|');
  return (rules.select(count) === 'one' ? one : other).replace(/#/g, formatValue(locale, Number.isFinite(count) ? count : String(value)));
}

export function translate(locale: Locale, key: string, params?: Record<string, MessageParam>): string {
  return template(locale, key).replace(/\{(\w+)(?::(\w+))?(?::([^{}]*))?\}/g, (whole, name: string, format?: string, forms?: string) => {
    if (!params || !(name in params)) return whole;
    return format === 'plural' ? plural(locale, params[name], forms ?? '') : formatValue(locale, params[name], format);
  });
}

export function renderMessage(locale: Locale, message: Message): string {
  return translate(locale, message.key, message.params);
}
