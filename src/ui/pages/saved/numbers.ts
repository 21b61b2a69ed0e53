// Form text to numbers for the archive forms: "" is absent, "12,5" and "12.5" are 12.5, anything else is NaN (the record check names it).
export function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

export function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value).replace('.', ',');
}
