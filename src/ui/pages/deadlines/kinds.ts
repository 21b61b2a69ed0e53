// How each kind of deadline is shown: a line per kind here, its texts under deadlines.kind.<kind> and
// deadlines.detail.<kind> (messages/{it,en}/deadlines.ts). A calculator that adds a kind to
// DASHBOARD_KINDS (storage/dashboard.ts) adds its line here; TypeScript names any kind left out.
import type { MessageParam } from '../../../calculators';
import type { DashboardKind, DashboardRefusal, DashboardRow } from '../../../storage/dashboard';
import { t, tm } from '../../i18n/locale.svelte';

interface KindView {
  /** Decorative mark beside the kind's name (hidden from screen readers). */
  icon: string;
  /** A dated deadline goes into the calendar export; a figure of today (quota headroom) does not. */
  calendar: boolean;
  /** The detail line when the generic `deadlines.detail.<kind>` with date, value and year is not enough. */
  detail?: (row: DashboardRow) => [key: string, params: Record<string, MessageParam>];
}

export const KIND_VIEWS: Record<DashboardKind, KindView> = {
  'seniority-step': { icon: '↗', calendar: true },
  'contract-end': { icon: '⚑', calendar: true },
  'probation-end': { icon: '◔', calendar: true },
  'comporto-limit': { icon: '✚', calendar: true },
  'leave-two-weeks': { icon: '☀', calendar: true },
  'leave-rest': { icon: '☀', calendar: true },
  'notice-if-today': { icon: '✉', calendar: true },
  'quota-headroom': {
    icon: '▦',
    calendar: false,
    detail: (row) =>
      row.value === null || row.value === undefined
        ? ['deadlines.detail.quota-headroom.unknown', {}]
        : row.value < 0
          ? ['deadlines.detail.quota-headroom.over', { over: -row.value }]
          : ['deadlines.detail.quota-headroom', { value: row.value }],
  },
};

export function kindLabel(kind: DashboardKind): string {
  return t(`deadlines.kind.${kind}`);
}

export function rowDetail(row: DashboardRow): string {
  const custom = KIND_VIEWS[row.kind].detail;
  if (custom) return t(...custom(row));
  return t(`deadlines.detail.${row.kind}`, { date: row.date, value: row.value ?? null, year: row.year ?? null });
}

/** The engine's refusal in the user's words: its kind of error, then its message. */
export function refusalReason(refusal: DashboardRefusal): string {
  return `${t(`error.code.${refusal.error.code}`)}: ${tm(refusal.error.message)}`;
}
