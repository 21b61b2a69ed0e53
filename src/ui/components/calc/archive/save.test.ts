// "Salva" never fails silently: a full disk is said in words beside the button, with a retry that then saves
// (fake-indexeddb in jsdom; the first write is made to fail as a full disk would).
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../../i18n/locale.svelte';
import NoticeScreen from '../../../calculators/notice/NoticeScreen.svelte';
import { listCases } from '../../../../storage';
import { resetConnectionState } from '../../../../storage/connection';
import { ContrattoDb, DB_NAME } from '../../../../storage/db';
import { StorageError } from '../../../../storage/errors';

const full = vi.hoisted(() => ({ failures: 0 }));
vi.mock('../../../../storage/repo', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../storage/repo')>();
  return {
    ...original,
    saveCase: (...args: Parameters<typeof original.saveCase>) => {
      if (full.failures > 0) {
        full.failures -= 1;
        return Promise.reject(new StorageError('quota'));
      }
      return original.saveCase(...args);
    },
  };
});

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

describe('saving a result', () => {
  it('says the disk is full, saves nothing, and saves on "Riprova" once there is room', async () => {
    full.failures = 1;
    render(NoticeScreen, { props: { routeId: 'notice', query: {} } });
    await fireEvent.click(screen.getByRole('button', { name: 'Prova un esempio' }));
    const box = await screen.findByRole('region', { name: 'Salva nell’Archivio' }, { timeout: 10_000 });
    await fireEvent.input(screen.getByLabelText('Titolo'), { target: { value: 'NP-3' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Salva' }));

    expect(await screen.findByText(/Lo spazio di memoria del dispositivo è pieno/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect((await listCases()).records).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByText('Calcolo salvato come «NP-3».', undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(box).toBeInTheDocument();
    expect((await listCases()).records.map((saved) => saved.title)).toEqual(['NP-3']);
  }, 30_000);
});
