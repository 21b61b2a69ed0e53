// Form text to numbers for the archive forms, read as the active language writes them (issue 7: "1.200" is
// 1200 in Italian, never 1,2): "" is absent; ambiguous or non-numeric text is NaN, which the record check names.
import { numberFieldText, readNumber } from '../../components/calc/numberText';
import { locale } from '../../i18n/locale.svelte';

export function optionalNumber(text: string): number | undefined {
  const reading = readNumber(text, locale.current);
  return reading.kind === 'number' ? reading.value : reading.kind === 'empty' ? undefined : Number.NaN;
}

export function numberText(value: number | undefined): string {
  return value === undefined ? '' : numberFieldText(value, locale.current);
}
