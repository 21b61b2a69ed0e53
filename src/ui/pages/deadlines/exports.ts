// "Esporta calendario" and "Esporta CSV" of the rows shown (the current filter), in the user's language.
import { toCsv, type Cell } from '../../../storage/csv';
import type { DashboardRefusal, DashboardRow } from '../../../storage/dashboard';
import { buildCalendar } from '../../../storage/ics';
import { t } from '../../i18n/locale.svelte';
import { KIND_VIEWS, kindLabel, refusalReason, rowDetail } from './kinds';

export type BoardItem = { type: 'row'; row: DashboardRow } | { type: 'refusal'; refusal: DashboardRefusal };

/** One all-day event per dated deadline; a figure of today (quota headroom) and refusals have no date to keep. */
export function calendarText(items: readonly BoardItem[], now: Date): string {
  const deadlines = items.flatMap((item) =>
    item.type === 'row' && KIND_VIEWS[item.row.kind].calendar
      ? [{ subjectId: item.row.subjectId, kind: item.row.kind, date: item.row.date, summary: `${kindLabel(item.row.kind)}: ${item.row.subjectLabel}`, description: rowDetail(item.row) }]
      : [],
  );
  return buildCalendar(deadlines, now, t('deadlines.calendar.name'));
}

export function csvText(items: readonly BoardItem[]): string {
  const rows = items.map((item): Cell[] =>
    item.type === 'row'
      ? [{ date: item.row.date }, { text: kindLabel(item.row.kind) }, { text: item.row.subjectLabel }, item.row.value === null || item.row.value === undefined ? null : { number: item.row.value }, { text: rowDetail(item.row) }]
      : [null, { text: kindLabel(item.refusal.kind) }, { text: item.refusal.subjectLabel }, null, { text: `${t('deadlines.refused')}. ${refusalReason(item.refusal)}` }],
  );
  return toCsv(['date', 'kind', 'subject', 'value', 'detail'].map((column) => t(`deadlines.csv.${column}`)), rows);
}
