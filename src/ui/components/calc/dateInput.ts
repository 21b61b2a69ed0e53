/**
 * Date fields. The native `<input type="date">` reports an impossible day
 * (31/02/2019) or a half-typed one as "" with `validity.badInput`, which would
 * read as "empty". DateField writes IMPOSSIBLE_DATE instead, so that the form
 * knows the difference and the engine refuses the field rather than
 * computing without it.
 */
import type { Message } from '../../../calculators';

/** Not a calendar day, in the engine's own format, so that it is refused there too if it ever reaches it. */
export const IMPOSSIBLE_DATE = '0000-00-00';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar day written YYYY-MM-DD (29 February only in leap years). */
export function isRealDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year > 0 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a date field's value is not a day: null when empty or real. */
export function dateProblem(value: string): Message | null {
  if (value === '' || isRealDate(value)) return null;
  const match = ISO.exec(value);
  // A link or draft may carry the text (2019-02-31): say which day does not exist, as the field would show it.
  if (match && value !== IMPOSSIBLE_DATE) return { key: 'calc.date.impossibleText', params: { text: `${match[3]}/${match[2]}/${match[1]}` } };
  return { key: 'calc.date.impossible' };
}
