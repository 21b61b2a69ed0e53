/**
 * Numbers as people write them in the active language: Italian `1.800`, `1800`,
 * `1.800,50`, `1800,5`, `1 800`; English `1,800`, `1800.5`. A text that two
 * languages read differently (`1.5` in Italian, `1,5` in English) is refused
 * with a hint on how to write it, never guessed.
 *
 * Why no parsing library: `@internationalized/number`'s NumberParser (3.6.9,
 * 2.6 KB gzip) was measured first. It accepts separators anywhere: in it-IT it
 * reads `1.5` as 15, `1800.5` as 18005, `1.2.3` as 123 and `1,800.50` as 1.8005.
 * Correctness therefore rests entirely on the grouping check below, after which
 * the conversion is only `Number()`; the library would add weight and no safety.
 */
import type { Message } from '../../../calculators';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/messages';

interface Separators {
  group: string;
  decimal: string;
}

// The separators Intl.NumberFormat uses for it-IT and en-GB (the app's two locales, see i18n/format.ts).
const SEPARATORS: Record<Locale, Separators> = {
  it: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Spaces people put between thousands: plain, no-break (U+00A0) and narrow no-break (U+202F). */
const SPACE = '[ \\u00a0\\u202f]';

export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** One group separator not followed by exactly three digits (`1.5` in Italian). */
  | { kind: 'ambiguous'; text: string }
  | { kind: 'not-a-number'; text: string };

const escape = (char: string) => char.replace(/[.]/g, '\\.');

function patterns(locale: Locale): { plain: RegExp; grouped: RegExp; spaced: RegExp; singleGroup: RegExp } {
  const { group, decimal } = SEPARATORS[locale];
  const g = escape(group);
  const fraction = `(?:${escape(decimal)}(\\d+))?`;
  return {
    plain: new RegExp(`^(\\d+)${fraction}$`),
    grouped: new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+)${fraction}$`),
    spaced: new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+)${fraction}$`),
    singleGroup: new RegExp(`^\\d+${g}\\d+$`),
  };
}

const PATTERNS: Record<Locale, ReturnType<typeof patterns>> = { it: patterns('it'), en: patterns('en') };

/** A field's text as a number, or why it is not one. A unit the user types along (`€`, `%`) is ignored. */
export function readNumber(text: string, locale: Locale): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const unsigned = trimmed.replace(/^[€]\s*|\s*[€%]$/g, '');
  const negative = /^[-\u2212]/.test(unsigned);
  const body = negative ? unsigned.slice(1) : unsigned;
  const { plain, grouped, spaced, singleGroup } = PATTERNS[locale];
  const match = plain.exec(body) ?? grouped.exec(body) ?? spaced.exec(body);
  if (match) {
    const integer = (match[1] ?? '').replace(/\D/g, '');
    const value = Number(`${integer}${match[2] ? `.${match[2]}` : ''}`);
    return { kind: 'number', value: negative ? -value : value };
  }
  return singleGroup.test(body) ? { kind: 'ambiguous', text: trimmed } : { kind: 'not-a-number', text: trimmed };
}

/**
 * The engine's value for a number field: a number, undefined when empty, or the
 * text itself when it is not a number, so that the engine refuses it too.
 */
export function numberInput(text: string, locale: Locale): number | string | undefined {
  const reading = readNumber(text, locale);
  return reading.kind === 'number' ? reading.value : reading.kind === 'empty' ? undefined : text.trim();
}

/** The message for a text that is not a number, with the way to write it in this language; null when it is one (or empty). */
export function numberProblem(reading: NumberReading, locale: Locale): Message | null {
  if (reading.kind === 'not-a-number') return { key: 'calc.number.notANumber', params: { text: reading.text } };
  if (reading.kind !== 'ambiguous') return null;
  const { group, decimal } = SEPARATORS[locale];
  const [integer = '', fraction = ''] = reading.text.split(group);
  const asDecimal = `${integer}${decimal}${fraction}`;
  // "1.5" could be 1.500 with the zeros left out; "1800.5" or "1.8000" has no thousands reading.
  if (integer.replace(/^[-\u2212]/, '').length > 3 || fraction.length > 3) {
    return { key: 'calc.number.ambiguous', params: { text: reading.text, decimal: asDecimal } };
  }
  const thousands = fraction.padEnd(3, '0');
  return {
    key: 'calc.number.ambiguousThousands',
    params: { text: reading.text, decimal: asDecimal, grouped: `${integer}${group}${thousands}`, plain: `${integer}${thousands}` },
  };
}

export type NumberUnit = 'money' | 'count' | 'percent';

/** The value as understood, shown beside the field: "= 1800,00 €", "= 12,5 %". */
export function numberEcho(value: number, locale: Locale, unit: NumberUnit): string {
  if (unit === 'money') return `= ${formatNumber(locale, value, 'money')}`;
  return `= ${formatNumber(locale, value)}${unit === 'percent' ? (locale === 'it' ? ' %' : '%') : ''}`;
}

/** A number from a shared link or an example, written the way this language writes it in a field (no grouping). */
export function numberFieldText(value: number, locale: Locale): string {
  return String(value).replace('.', SEPARATORS[locale].decimal);
}
