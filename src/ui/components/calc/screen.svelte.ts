/**
 * The one controller behind every calculator screen. It owns what the screens
 * used to repeat by hand:
 * - the draft: loaded from sessionStorage when no link is open, saved on every
 *   change, dropped whole when any value is not valid (own properties only);
 * - the shared link: re-read on every change of address, opened on the result
 *   with the form folded away, the user's own draft kept aside ("Torna ai tuoi dati");
 * - "Prova un esempio", "Ricomincia" and any switch the screen makes for the
 *   user (the statute offer): they replace the form and offer "Annulla";
 * - the contract last chosen (localStorage, one key per calculator);
 * - which contracts the calculator covers, probed through the spec's `compute`.
 * A screen gives its spec (engine id, empty/example forms, form ↔ input) and
 * renders its form and result inside CalcLayout.
 */
import { tick, untrack } from 'svelte';
import type { CalcResult, CalculatorId, RulesetId } from '../../../calculators';
import { ROLES, RULESET_IDS, type Calculate } from '../../../calculators/catalog';
import { ScreenArchive, type SubjectKind } from './archive.svelte';
import { afterNextFrame } from '../../../pwa/afterPaint';
import './messages';
import { clearDraft, hasOwn, loadDraft, loadRememberedRuleset, rememberRuleset, saveDraft } from './draft';
import { fieldId, focusOutcome } from './focus';
import { readSharedCase, type SharedCase } from './result';

type Choices<F> = { [K in keyof F]?: readonly string[] };

export interface ScreenSpec<F extends object> {
  calculator: CalculatorId;
  /** The calculator's own entry point (src/calculators/<id>.ts), so the screen loads no other engine. */
  compute: Calculate;
  /** An empty form; `current` lets a screen keep a choice across "Ricomincia" (the fixed-term mode). */
  empty: (current?: F) => F;
  /** The ready example for the form as it is (the fixed-term example follows the mode). */
  example: (current: F) => F;
  /** A link's input back into the form. */
  fromInput: (input: Record<string, unknown>) => F;
  toInput: (form: F) => Record<string, unknown>;
  /** The user has typed what a calculation needs, so the result shows before "Calcola". */
  started: (form: F) => boolean;
  /** Enumerated fields and their values; `ruleset` and `role` are checked for every form. */
  choices?: Choices<F>;
  /** Further checks of a draft or link (monitoring: every answer is an option of its question). */
  accept?: (form: F) => boolean;
  /** The forms tried under each contract to say which ones the calculator covers (default: the example). */
  probes?: readonly F[];
  /** False when the result is part of the form (the monitoring interview ends on it): nothing to fold away. */
  foldsOnLink?: boolean;
  /** Whose saved facts can fill the form ("Scegli una persona / un’unità"); absent when none (monitoring). */
  subject?: SubjectKind;
}

export type UndoKind = 'example' | 'reset' | 'statute' | 'subject';

interface UndoOffer<F> {
  kind: UndoKind;
  before: F;
  beforeSubmitted: boolean;
  /** The form right after the change: the offer lapses as soon as the user edits it. */
  after: string;
}

export interface Coverage {
  covered: RulesetId[];
  notCovered: RulesetId[];
}

export type LinkState = { kind: 'none' } | { kind: 'damaged' } | { kind: 'open'; shared: SharedCase };

function ownRoles(ruleset: string): readonly string[] {
  return hasOwn(ROLES, ruleset) ? (ROLES[ruleset as RulesetId] ?? []) : [];
}

export function isRuleset(value: unknown): value is RulesetId {
  return typeof value === 'string' && (RULESET_IDS as readonly string[]).includes(value);
}

const serialise = (form: object) => JSON.stringify(form);

export class CalcScreen<F extends object> {
  readonly spec: ScreenSpec<F>;
  form = $state() as F;
  submitted = $state(false);
  link = $state<LinkState>({ kind: 'none' });
  /** The form is folded away above a shared link's result until "Modifica i dati". */
  formCollapsed = $state(false);
  /** The user's own draft, left untouched while a link is shown. */
  keptDraft = $state<F | null>(null);
  #undo = $state<UndoOffer<F> | null>(null);
  /** The ruleset the controller itself last put in the form; a different one is the user's choice. */
  #placedRuleset: unknown = undefined;
  #lastQuery: string | null = null;

  /** Saved people/units, "Salva" and reopened cases (archive.svelte.ts). */
  readonly archive: ScreenArchive<F>;

  readonly input = $derived.by(() => this.spec.toInput(this.form));
  /** A reopened case shows its stored result until its inputs are edited. */
  readonly result: CalcResult | null = $derived.by(
    () => this.archive.shownResult ?? (this.submitted || this.spec.started(this.form) ? this.compute(this.input) : null),
  );

  /** This calculator's answer for an engine input (the archive's "Ricalcola" asks here too). */
  compute(input: Record<string, unknown>): CalcResult {
    return this.spec.compute(input);
  }

  /** A form whose role is not one of its contract's takes the contract's first (the form has no empty role). */
  withValidRole(form: F): F {
    const fields = form as Record<string, unknown>;
    if (!hasOwn(fields, 'role') || !isRuleset(fields.ruleset)) return form;
    const roles = ownRoles(fields.ruleset);
    return roles.length > 0 && !roles.includes(fields.role as string) ? ({ ...fields, role: roles[0] } as F) : form;
  }
  readonly undo = $derived(this.#undo && serialise($state.snapshot(this.form) as F) === this.#undo.after ? this.#undo : null);
  readonly viewingLink = $derived(this.link.kind === 'open');

  constructor(spec: ScreenSpec<F>, query: () => Readonly<Record<string, string>>) {
    this.spec = spec;
    this.archive = new ScreenArchive(this, spec.subject ?? null);
    // The picker's room is reserved (CalcLayout); its list is read after the form is on screen.
    afterNextFrame(() => void this.archive.loadSubjects());
    this.#open(untrack(query), false);
    // Another link in the same tab changes only the fragment: the screen stays, the query changes.
    $effect(() => {
      const next = query();
      untrack(() => this.#open(next, true));
    });
    $effect(() => {
      const snapshot = $state.snapshot(this.form) as F;
      if (this.viewingLink || this.archive.viewingCase) return;
      saveDraft(spec.calculator, snapshot);
      const ruleset = (snapshot as Record<string, unknown>).ruleset;
      if (isRuleset(ruleset) && ruleset !== this.#placedRuleset) rememberRuleset(spec.calculator, ruleset);
      this.#placedRuleset = ruleset;
    });
  }

  /** The form after the checks a draft and a link both pass: known ruleset and role, enumerated values among their options. */
  isValid(form: F): boolean {
    const fields = form as Record<string, unknown>;
    if (hasOwn(fields, 'ruleset') && !isRuleset(fields.ruleset)) return false;
    if (hasOwn(fields, 'role') && hasOwn(fields, 'ruleset')) {
      const roles = ownRoles(fields.ruleset as string);
      if (roles.length > 0 && !roles.includes(fields.role as string)) return false;
    }
    for (const [field, options] of Object.entries(this.spec.choices ?? {}) as [string, readonly string[]][]) {
      if (!options.includes(fields[field] as string)) return false;
    }
    return this.spec.accept ? this.spec.accept(form) : true;
  }

  /** An empty form under the contract last chosen here (a valid one only). */
  blank(current?: F): F {
    const form = this.spec.empty(current) as Record<string, unknown>;
    const remembered = loadRememberedRuleset(this.spec.calculator);
    if (!hasOwn(form, 'ruleset') || !isRuleset(remembered)) return form as F;
    const roles = ownRoles(remembered);
    const role = hasOwn(form, 'role') && roles.length > 0 && !roles.includes(form.role as string) ? { role: roles[0] } : {};
    return { ...form, ruleset: remembered, ...role } as F;
  }

  /** True when the form differs from an empty one: replacing it would lose what the user typed. */
  hasInput(form: F = this.form): boolean {
    const empty = this.blank(form);
    return serialise($state.snapshot(form) as F) !== serialise(empty);
  }

  #draft(): F | null {
    return loadDraft(this.spec.calculator, this.blank(), (form) => this.isValid(form));
  }

  #place(form: F, submitted: boolean): void {
    this.#placedRuleset = (form as Record<string, unknown>).ruleset;
    this.form = form;
    this.submitted = submitted;
  }

  /** A link's or a saved case's input as this form, or null when it does not fit (unknown value, wrong role). */
  formFromInput(input: Record<string, unknown>): F | null {
    const form = this.spec.fromInput(input) as Record<string, unknown>;
    // A link without a role takes the first of its contract (the form has no empty role).
    if (hasOwn(form, 'role') && !hasOwn(input, 'role') && isRuleset(form.ruleset)) {
      const roles = ownRoles(form.ruleset);
      if (roles.length > 0) form.role = roles[0];
    }
    return this.isValid(form as F) ? (form as F) : null;
  }

  /** A reopened case's form, shown like a link's: on its result, the form folded away. */
  placeOpened(form: F): void {
    this.#undo = null;
    this.#place(form, true);
    this.formCollapsed = this.spec.foldsOnLink !== false;
    void this.#showResult(true);
  }

  #open(query: Readonly<Record<string, string>>, later: boolean): void {
    const key = query.in !== undefined ? `${query.in}\u0000${query.rv ?? ''}` : query.case !== undefined ? `case\u0000${query.case}` : '';
    if (key === this.#lastQuery) return;
    this.#lastQuery = key;
    this.#undo = null;
    this.archive.closeCase();
    if (later) this.archive.from = null;
    const shared = query.in === undefined ? null : readSharedCase(query);
    const form = shared ? this.formFromInput(shared.input) : null;
    if (shared && form) {
      if (this.link.kind !== 'open') {
        const draft = this.#draft();
        this.keptDraft = draft && this.hasInput(draft) ? draft : null;
      }
      this.link = { kind: 'open', shared };
      this.#place(form, true);
      this.formCollapsed = this.spec.foldsOnLink !== false && this.result !== null && !(this.result.ok === false && this.result.error.field && this.result.error.code !== 'not-covered');
      void this.#showResult(later);
      return;
    }
    this.link = query.in === undefined ? { kind: 'none' } : { kind: 'damaged' };
    this.keptDraft = null;
    this.formCollapsed = false;
    this.#place(this.#draft() ?? this.blank(), false);
    if (query.in === undefined && query.case !== undefined) void this.archive.openCase(query.case);
  }

  async #showResult(later: boolean): Promise<void> {
    // The shell focuses the page heading after a route change; the result comes after it.
    await tick();
    if (!later) await tick();
    await focusOutcome(this.spec.calculator, this.focusTarget(this.result));
    document.getElementById(`${this.spec.calculator}-result`)?.scrollIntoView?.({ block: 'start' });
  }

  /** A not-covered answer is shown in its panel, not beside a field: focus goes to the panel's heading. */
  focusTarget(outcome: CalcResult | null): CalcResult | null {
    return outcome && !outcome.ok && outcome.error.code === 'not-covered' ? null : outcome;
  }

  submit(event: SubmitEvent): void {
    event.preventDefault();
    this.submitted = true;
    void focusOutcome(this.spec.calculator, this.focusTarget(this.result));
  }

  /** Puts a new form in place and offers to undo when the old one held user input. */
  replace(next: F, kind: UndoKind, submitted: boolean): void {
    const before = $state.snapshot(this.form) as F;
    const keep = kind === 'statute' || this.hasInput(before);
    const beforeSubmitted = this.submitted;
    this.#place(next, submitted);
    this.#undo = keep && serialise(before) !== serialise(next) ? { kind, before, beforeSubmitted, after: serialise(next) } : null;
    if (kind === 'reset') clearDraft(this.spec.calculator);
    // The form no longer holds a saved record's facts (the picker sets it again after its own replace).
    this.archive.from = null;
  }

  example(form: F = this.spec.example(this.form)): void {
    this.replace({ ...form }, 'example', true);
    void focusOutcome(this.spec.calculator, this.focusTarget(this.result));
  }

  reset(): void {
    this.replace(this.blank(this.form), 'reset', false);
  }

  /** The not-covered panel's way out (D-FT-4): the law alone, said aloud and undoable. */
  useStatute(): void {
    this.replace({ ...this.form, ruleset: 'statute' }, 'statute', true);
    void focusOutcome(this.spec.calculator, this.focusTarget(this.result));
  }

  async undoLast(): Promise<void> {
    const offer = this.#undo;
    if (!offer) return;
    this.#undo = null;
    this.#place(offer.before, offer.beforeSubmitted);
    if (offer.kind === 'subject') this.archive.from = null;
    await tick();
    const ruleset = document.getElementById(fieldId(this.spec.calculator, 'ruleset'));
    (ruleset ?? document.querySelector<HTMLElement>('#main h1, h1'))?.focus();
  }

  /** Back from a shared link to the user's own draft; the address loses the link so a reload keeps the draft. */
  returnToDraft(): void {
    const draft = this.keptDraft;
    if (!draft) return;
    this.keptDraft = null;
    this.link = { kind: 'none' };
    this.formCollapsed = false;
    this.#lastQuery = '';
    this.#place(draft, this.spec.started(draft));
    if (typeof location !== 'undefined' && location.hash.includes('?')) location.hash = `#/${this.spec.calculator}`;
  }

  /** A shared link's form can be folded away and back ("Modifica i dati" is a disclosure). */
  readonly foldable = $derived.by(() => (this.viewingLink || this.archive.opened !== null) && this.spec.foldsOnLink !== false);

  toggleForm(): void {
    this.formCollapsed = !this.formCollapsed;
    if (this.formCollapsed) return;
    void tick().then(() => document.getElementById(`${this.spec.calculator}-form`)?.querySelector<HTMLElement>('input, select, button')?.focus());
  }

  /** Which contracts give an answer and which are not covered, tried on the spec's probes (data, not text). */
  readonly coverage: Coverage = $derived.by(() => {
    const probes = this.spec.probes ?? [this.spec.example(this.spec.empty())];
    const covered: RulesetId[] = [];
    const notCovered: RulesetId[] = [];
    for (const ruleset of RULESET_IDS) {
      const refused = probes.some((probe) => {
        const roles = ownRoles(ruleset);
        const form = { ...probe, ruleset } as Record<string, unknown>;
        if (hasOwn(form, 'role') && roles.length > 0 && !roles.includes(form.role as string)) form.role = roles[0];
        const outcome = this.spec.compute(this.spec.toInput(form as F));
        return !outcome.ok && outcome.error.code === 'not-covered';
      });
      (refused ? notCovered : covered).push(ruleset);
    }
    return { covered, notCovered };
  });
}
