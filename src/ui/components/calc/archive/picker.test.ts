// "Scegli una persona" / "Scegli un’unità" through real screens, on fake-indexeddb (jsdom): the record's
// facts fill the form, every other field stays as typed, and the record changes only on "Aggiorna la scheda".
// Generous timeouts: the leave screen and the storage chunk take seconds to load on a busy machine; nothing here is timed.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../../i18n/locale.svelte';
import LeaveScreen from '../../../calculators/leave/LeaveScreen.svelte';
import NoticeScreen from '../../../calculators/notice/NoticeScreen.svelte';
import FixedTermScreen from '../../../calculators/fixed-term/FixedTermScreen.svelte';
import { addPerson, addUnit, listPeople } from '../../../../storage';
import { resetConnectionState } from '../../../../storage/connection';
import { ContrattoDb, DB_NAME } from '../../../../storage/db';
import { ARCHIVE_DATABASE } from '../archive.svelte';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  locale.set('it');
});
afterEach(async () => {
  cleanup();
  resetConnectionState();
  await new ContrattoDb(DB_NAME).delete();
});

const typeInto = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function pick(label: string, name: string): Promise<void> {
  const select = await screen.findByLabelText(label, undefined, { timeout: 10_000 });
  const option = [...(select as HTMLSelectElement).options].find((candidate) => candidate.text === name);
  await fireEvent.change(select, { target: { value: option?.value } });
  await fireEvent.click(screen.getByRole('button', { name: 'Usa questi dati' }));
}

describe('a calculator filled from the archive', () => {
  it('takes a part-time person’s schedule and hire date into the leave form, keeping the period typed', async () => {
    await addPerson({ label: 'Giulia Verdi', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2019-04-01' as never, schedule: { kind: 'horizontal', percent: 62.5 } });
    render(LeaveScreen, { props: { routeId: 'leave', query: {} } });
    await typeInto('Inizio del periodo', '2025-01-01');
    await typeInto('Fine del periodo', '2025-12-31');
    await pick('Scegli una persona', 'Giulia Verdi');

    expect(screen.getByText('Dati presi dalla scheda di «Giulia Verdi».')).toBeInTheDocument();
    expect(screen.getByLabelText('Inizio del periodo')).toHaveValue('2025-01-01');
    expect(screen.getByLabelText('Fine del periodo')).toHaveValue('2025-12-31');
    expect(screen.getByLabelText('Data di assunzione')).toHaveValue('2019-04-01');
    expect(screen.getByLabelText('Part-time orizzontale', { exact: false })).toBeChecked();
    expect(screen.getByLabelText('Percentuale del part-time')).toHaveValue('62,5');
    expect(screen.queryByRole('button', { name: 'Aggiorna la scheda' })).not.toBeInTheDocument();

    await typeInto('Percentuale del part-time', '75');
    await fireEvent.click(await screen.findByRole('button', { name: 'Aggiorna la scheda' }, { timeout: 10_000 }));
    await waitFor(async () => expect((await listPeople()).records[0]?.schedule).toEqual({ kind: 'horizontal', percent: 75 }), { timeout: 10_000 });
    expect((await listPeople()).records[0]?.hireDate).toBe('2019-04-01');
  }, 30_000);

  it('offers "Aggiorna la scheda" before the question is complete, and withdraws it for a hire date the form cannot read', async () => {
    await addPerson({ label: 'Giulia Verdi', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2019-04-01' as never, schedule: { kind: 'full-time' } });
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await pick('Scegli una persona', 'Giulia Verdi');
    // Nothing typed yet for the notice date: no error list before "Calcola".
    expect(screen.queryByText('Da correggere prima del calcolo')).not.toBeInTheDocument();
    await typeInto('Data di assunzione', '2018-04-01');
    expect(await screen.findByRole('button', { name: 'Aggiorna la scheda' }, { timeout: 10_000 })).toBeInTheDocument();
    await typeInto('Data di assunzione', '2018-02-30');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Aggiorna la scheda' })).not.toBeInTheDocument(), { timeout: 10_000 });
  }, 30_000);

  it('fills the fixed-term counts from a saved unit', async () => {
    await addUnit({ label: 'Negozio di Lecce', ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2 });
    render(FixedTermScreen, { props: { routeId: 'fixed-term', query: {} } });
    await pick('Scegli un’unità produttiva', 'Negozio di Lecce');
    expect(screen.getByText('Dati presi dalla scheda dell’unità «Negozio di Lecce».')).toBeInTheDocument();
    expect(screen.getByLabelText('Contratto applicato')).toHaveValue('statute');
    expect(screen.getByLabelText('Dipendenti a tempo indeterminato dell’unità produttiva')).toHaveValue('12,5');
  }, 30_000);
});

describe('a device that has saved nothing', () => {
  it('names the same database as storage, so that "nothing saved" is never said of a device that has records', () => {
    expect(ARCHIVE_DATABASE).toBe(DB_NAME);
  });

  it('says so at once, and lists a person once one is saved', async () => {
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    expect(await screen.findByText('Nessuna persona salvata in questo dispositivo.', { exact: false })).toBeInTheDocument();
    cleanup();
    await addPerson({ label: 'Anna Neri', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2020-02-03' as never, schedule: { kind: 'full-time' } });
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    expect(await screen.findByLabelText('Scegli una persona', undefined, { timeout: 10_000 })).toBeInTheDocument();
  });
});
