/**
 * The calculator screens' side of the archive, driven by the spec's `subject`
 * so that every calculator gets it without code of its own:
 * - "Scegli una persona / un’unità": fills the form from a saved record,
 *   keeping the fields the record does not give; a change typed afterwards is
 *   written back only by "Aggiorna la scheda";
 * - "Salva": the inputs, the result as shown and its rules version;
 * - a reopened case (`#/notice?case=<id>`): its STORED result while the form
 *   is as saved, "Ricalcola con le regole attuali" with old beside new.
 * The storage module (Dexie, valibot) is imported on first use, never with the screen.
 */
import type { CalcResult } from '../../../calculators';
import type { Person, SavedCase, StorageError, Unit } from '../../../storage';
import { changedFigures, type ChangedFigure } from './archive/compare';
import type { CalcScreen } from './screen.svelte';

type Store = typeof import('../../../storage');

export type SubjectKind = 'person' | 'unit';
/** Where a failed write is reported: beside the button that started it. */
export type WriteAction = 'subject' | 'save' | 'case';
export type Subject = { kind: 'person'; record: Person } | { kind: 'unit'; record: Unit };

let storeLoading: Promise<Store> | null = null;

/** The storage module and the storage texts (error messages), loaded once, after the screen is shown. */
export function loadStore(): Promise<Store> {
  storeLoading ??= Promise.all([import('../../../storage'), import('../../pages/saved/messages')]).then(([store]) => store);
  // A failed import (offline before the chunk was cached) may be tried again.
  storeLoading.catch(() => (storeLoading = null));
  return storeLoading;
}

/**
 * False only when the browser lists its databases and the app's is not among them: nothing was ever saved on
 * this device, and the picker's empty list needs no Dexie (37 KiB gzip, the longest task after a first visit's
 * form; issue 10). Where the browser cannot list them, the archive is read as before.
 */
/** storage/db.ts's DB_NAME, written here so that this check loads no storage code (picker.test.ts compares them). */
export const ARCHIVE_DATABASE = 'contratto-in-tasca';

async function archiveMayExist(): Promise<boolean> {
  try {
    const databases = await globalThis.indexedDB?.databases?.();
    return databases === undefined || databases.some((database) => database.name === ARCHIVE_DATABASE);
  } catch {
    return true;
  }
}

const serialise = (value: unknown) => JSON.stringify(value);

/** Which record the tab's draft came from, kept beside the draft (sessionStorage) so a reload still says so. */
const FROM_PREFIX = 'cit.from.';
function keepFrom(calculator: string, id: string | null): void {
  try {
    if (id) globalThis.sessionStorage?.setItem(FROM_PREFIX + calculator, id);
    else globalThis.sessionStorage?.removeItem(FROM_PREFIX + calculator);
  } catch {
    // not kept: after a reload the form simply no longer names its record
  }
}
function keptFrom(calculator: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(FROM_PREFIX + calculator) ?? null;
  } catch {
    return null;
  }
}

interface OpenedCase {
  record: SavedCase;
  /** The form as the case filled it: while the form is still this, the stored result is shown. */
  form: string;
}

/** What "Ricalcola con le regole attuali" found. */
interface Recomputed {
  result: CalcResult;
  changes: ChangedFigure[];
}

export class ScreenArchive<F extends object> {
  readonly #screen: CalcScreen<F>;
  readonly kind: SubjectKind | null;
  #store = $state<Store | null>(null);

  /** Saved people or units for the picker; null until read. */
  subjects = $state<Subject[] | null>(null);
  /** Why the archive could not be read (no IndexedDB, another tab's upgrade…). */
  listError = $state<StorageError | null>(null);
  /** The record the form was filled from. */
  #from = $state<Subject | null>(null);
  get from(): Subject | null {
    return this.#from;
  }
  set from(subject: Subject | null) {
    this.#from = subject;
    // A reopened case's link is not the tab's draft: only a fill of the draft is kept across a reload.
    if (!this.opened) keepFrom(this.#screen.spec.calculator, subject?.record.id ?? null);
  }
  /** A reopened case, or why it could not be opened. */
  opened = $state<OpenedCase | null>(null);
  openProblem = $state<'not-found' | 'other-calculator' | 'unreadable' | StorageError | null>(null);
  recomputed = $state<Recomputed | null>(null);
  /** The case this form was last saved as, and the form at that moment. */
  saved = $state<{ record: SavedCase; form: string } | null>(null);
  /** The last failed write (a StorageError, shown with its message) and what to retry. */
  writeError = $state<{ where: WriteAction; error: unknown; retry: () => Promise<void> } | null>(null);
  /** The last confirmation, for the live region next to the action. */
  notice = $state<{ key: string; params: Record<string, string> } | null>(null);

  constructor(screen: CalcScreen<F>, kind: SubjectKind | null) {
    this.#screen = screen;
    this.kind = kind;
  }

  readonly #formKey = $derived.by(() => serialise($state.snapshot(this.#screen.form)));

  /** The reopened case with its form untouched: its stored result is the one shown. */
  readonly viewingCase = $derived(this.opened !== null && this.#formKey === this.opened.form);

  /** The result to show instead of computing: the stored one, or its recomputation until kept or saved. */
  readonly shownResult: CalcResult | null = $derived(this.viewingCase ? (this.recomputed?.result ?? this.opened?.record.result ?? null) : null);

  /** When the stored result shown was last saved; null while a recomputation or a new calculation is shown. */
  readonly shownResultSavedAt: string | null = $derived(this.viewingCase && !this.recomputed && this.opened?.record.result ? this.opened.record.updatedAt : null);

  /** The form was saved and not changed since: "Salva" gives way to the confirmation. */
  readonly savedAsIs = $derived(this.saved !== null && this.saved.form === this.#formKey);

  /**
   * The form's facts differ from the record it came from: "Aggiorna la scheda" is offered,
   * unless the calculation refuses one of those very fields (an impossible date is never written back).
   */
  readonly changes = $derived.by(() => {
    const store = this.#store;
    const from = this.from;
    if (!store || !from) return null;
    const input = $state.snapshot(this.#screen.input) as Record<string, unknown>;
    const changes = from.kind === 'person' ? store.personChanges(from.record, this.#screen.spec.calculator, input) : store.unitChanges(from.record, input);
    const result = this.#screen.result;
    const refused = result && !result.ok ? (result.error.field ?? '') : '';
    const inputFields = (field: string) => (field === 'schedule' ? ['schedule', 'partTimePercent'] : [field]);
    if (changes && refused && Object.keys(changes).some((field) => inputFields(field).some((name) => refused === name || refused.startsWith(`${name}.`)))) return null;
    return changes;
  });

  async #run(where: WriteAction, action: () => Promise<void>): Promise<void> {
    this.writeError = null;
    try {
      await action();
    } catch (error) {
      this.writeError = { where, error, retry: () => this.#run(where, action) };
    }
  }

  /** Reads the people or units for the picker (and the link of "Salva"). */
  async loadSubjects(): Promise<void> {
    if (!this.kind) return;
    try {
      if (!(await archiveMayExist())) {
        this.subjects = [];
        this.listError = null;
        return;
      }
      const store = await loadStore();
      this.#store = store;
      const listing = this.kind === 'person' ? await store.listPeople() : await store.listUnits();
      const subjects = listing.records.map((record) => ({ kind: this.kind, record }) as Subject);
      this.subjects = subjects.sort((a, b) => a.record.label.localeCompare(b.record.label, 'it', { sensitivity: 'base', numeric: true }));
      this.listError = null;
      // After a reload, the draft still names the record it came from (not under a link or a reopened case).
      const kept = keptFrom(this.#screen.spec.calculator);
      if (!this.#from && kept && this.#screen.link.kind === 'none' && !this.opened) this.#from = subjects.find((subject) => subject.record.id === kept) ?? null;
    } catch (error) {
      this.subjects = [];
      this.listError = error as StorageError;
    }
  }

  /** "Usa questi dati": the record's facts into the form, every other field kept as typed. */
  choose(id: string): void {
    const subject = this.subjects?.find((candidate) => candidate.record.id === id);
    const store = this.#store;
    if (!subject || !store) return;
    const screen = this.#screen;
    const { spec } = screen;
    const given = subject.kind === 'person' ? store.personToInput(subject.record, spec.calculator) : store.unitToInput(subject.record);
    const current = $state.snapshot(screen.form) as F;
    const input = spec.toInput(current);
    // Through the spec's own fromInput, so each field is written the form's way; only the fields the record changes are taken.
    const before = spec.fromInput(input) as Record<string, unknown>;
    const after = spec.fromInput({ ...input, ...given }) as Record<string, unknown>;
    const next = { ...current } as Record<string, unknown>;
    for (const field of Object.keys(after)) if (serialise(after[field]) !== serialise(before[field])) next[field] = after[field];
    screen.replace(screen.withValidRole(next as F), 'subject', screen.submitted);
    this.from = subject;
  }

  /** "Aggiorna la scheda": the record takes the form's facts; nothing else of it changes. */
  updateSubject(): Promise<void> {
    return this.#run('subject', async () => {
      const store = this.#store;
      const from = this.from;
      const changes = this.changes;
      if (!store || !from || !changes) return;
      const record = from.kind === 'person' ? await store.updatePerson(from.record.id, changes) : await store.updateUnit(from.record.id, changes);
      this.from = { kind: from.kind, record } as Subject;
      this.subjects = (this.subjects ?? []).map((subject) => (subject.record.id === record.id ? this.from! : subject));
      this.notice = { key: 'archiveCalc.from.updated', params: { name: record.label } };
    });
  }

  /** "Salva": the inputs, the result as shown, its rules version, a title and an optional link. */
  save(title: string, linkId: string): Promise<void> {
    return this.#run('save', async () => {
      const screen = this.#screen;
      const result = screen.result;
      if (!result?.ok) return;
      const store = this.#store ?? (await loadStore());
      this.#store = store;
      const link = linkId === '' ? {} : this.kind === 'unit' ? { unitId: linkId } : { personId: linkId };
      const input = $state.snapshot(screen.input) as Record<string, unknown>;
      const record = await store.saveCase({ calculator: screen.spec.calculator, input, result: $state.snapshot(result) as CalcResult, title: title.trim(), ...link });
      this.saved = { record, form: this.#formKey };
      this.notice = { key: 'archiveCalc.save.done', params: { title: record.title } };
    });
  }

  /** A reopened case whose inputs were edited: its record takes the new inputs and result (same id, title and link). */
  replaceOpened(): Promise<void> {
    return this.#run('save', async () => {
      const opened = this.opened;
      const store = this.#store;
      const result = this.#screen.result;
      if (!opened || !store || !result?.ok) return;
      const input = $state.snapshot(this.#screen.input) as Record<string, unknown>;
      const record = await store.updateCaseResult(opened.record.id, input, $state.snapshot(result) as CalcResult);
      this.recomputed = null;
      this.opened = { record, form: this.#formKey };
      this.saved = { record, form: this.#formKey };
      this.notice = { key: 'archiveCalc.save.replaced', params: { title: record.title || '—' } };
    });
  }

  /** Opens `?case=<id>`: its inputs into the form, its stored result shown. */
  async openCase(id: string): Promise<void> {
    this.closeCase();
    try {
      const store = await loadStore();
      this.#store = store;
      const record = await store.getCase(id);
      if (record.calculator !== this.#screen.spec.calculator) {
        this.openProblem = 'other-calculator';
        return;
      }
      const form = this.#screen.formFromInput(record.input);
      if (!form) {
        this.openProblem = 'unreadable';
        return;
      }
      this.#screen.placeOpened(form);
      this.opened = { record, form: this.#formKey };
      this.saved = { record, form: this.#formKey };
      const linked = record.personId ?? record.unitId;
      this.#from = this.subjects?.find((candidate) => candidate.record.id === linked) ?? null;
    } catch (error) {
      this.openProblem = (error as StorageError).code === 'not-found' ? 'not-found' : (error as StorageError);
    }
  }

  closeCase(): void {
    this.opened = null;
    this.openProblem = null;
    this.recomputed = null;
  }

  /** Back to the reopened case's own inputs (and so its stored result). */
  backToCase(): void {
    const opened = this.opened;
    if (!opened) return;
    this.recomputed = null;
    this.#screen.placeOpened(JSON.parse(opened.form) as F);
  }

  /** "Ricalcola con le regole attuali": today's result, and which figures changed. */
  recompute(): void {
    const opened = this.opened;
    if (!opened) return;
    const result = this.#screen.compute($state.snapshot(this.#screen.input) as Record<string, unknown>);
    this.recomputed = { result, changes: opened.record.result ? changedFigures(opened.record.result, result) : [] };
  }

  /** Keeps the stored result: the recomputation is dropped. */
  keepStored(): void {
    this.recomputed = null;
  }

  /** Saves the recomputed result over the case (same id, title and link). */
  saveRecomputed(): Promise<void> {
    return this.#run('case', async () => {
      const opened = this.opened;
      const recomputed = this.recomputed;
      const store = this.#store;
      if (!opened || !recomputed || !store) return;
      const input = $state.snapshot(this.#screen.input) as Record<string, unknown>;
      const record = await store.updateCaseResult(opened.record.id, input, recomputed.result);
      this.opened = { record, form: this.#formKey };
      this.saved = { record, form: this.#formKey };
      this.recomputed = null;
      this.notice = { key: 'archiveCalc.compare.saved', params: { version: record.rulesVersion } };
    });
  }
}
