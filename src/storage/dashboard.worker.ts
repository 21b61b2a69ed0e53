/**
 * One share of the deadline board, computed off the main thread (dashboardWorkers.ts sends the people and
 * units, this answers with their rows and refusals). The engines run here exactly as on the main thread.
 */
import type { IsoDate } from '../calculators';
import { computeDashboard, type ComportoAbsences, type Dashboard } from './dashboard';
import type { Person, Unit } from './db';

export interface BoardRequest {
  people: Person[];
  units: Unit[];
  today: IsoDate;
  comporto?: ComportoAbsences;
}

self.onmessage = async (event: MessageEvent<BoardRequest>) => {
  const { people, units, today, comporto } = event.data;
  // No slicing: this thread has nothing else to do.
  const board: Dashboard = await computeDashboard(people, units, today, { slice: Number.POSITIVE_INFINITY, comporto });
  self.postMessage(board);
};
