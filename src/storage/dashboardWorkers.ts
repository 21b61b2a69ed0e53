/**
 * The deadline board computed in Web Workers, one per core (at most 4), each on its share of the people:
 * the main thread stays free for typing and scrolling, and 10,000 people take about half the time on two
 * cores. Where there are no workers (tests in jsdom, an old browser) it falls back to the sliced
 * computation on the main thread. The rows and refusals are the same either way: each person's rows
 * depend on that person alone.
 */
import type { IsoDate } from '../calculators';
import { computeDashboard, type ComportoAbsences, type Dashboard } from './dashboard';
import type { Person, Unit } from './db';
import type { BoardRequest } from './dashboard.worker';

/** Below this many records a worker costs more (start-up, copying) than it saves. */
const PER_WORKER_MIN = 1500;

function shares<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size));
}

function inWorker(request: BoardRequest, signal?: AbortSignal): { result: Promise<Dashboard>; worker: Worker } {
  const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Dashboard>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Dashboard>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'dashboard worker failed'));
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  worker.postMessage(request);
  return { result, worker };
}

/** The board, and how many workers computed it (0: the main thread, in slices). */
export async function computeBoard(people: readonly Person[], units: readonly Unit[], today: IsoDate, signal?: AbortSignal, comporto: ComportoAbsences = {}): Promise<{ board: Dashboard; workers: number }> {
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  const count = Math.min(cores, 4, Math.floor((people.length + units.length) / PER_WORKER_MIN));
  if (typeof Worker === 'undefined' || count < 2) return { board: await computeDashboard(people, units, today, { signal, comporto }), workers: 0 };
  const parts = shares(people, count);
  const jobs = parts.map((share, index) => inWorker({ people: share, units: index === count - 1 ? [...units] : [], today, comporto }, signal));
  try {
    const boards = await Promise.all(jobs.map((job) => job.result));
    return { board: { rows: boards.flatMap((board) => board.rows), refusals: boards.flatMap((board) => board.refusals) }, workers: count };
  } catch (error) {
    if (signal?.aborted) throw error;
    // A worker that cannot start (a browser policy, a failed chunk): the same answer from the main thread.
    return { board: await computeDashboard(people, units, today, { signal, comporto }), workers: 0 };
  } finally {
    for (const job of jobs) job.worker.terminate();
  }
}
