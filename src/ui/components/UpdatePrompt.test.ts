import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PwaState } from '../../pwa/state.svelte';
import { locale } from '../i18n/locale.svelte';
import UpdatePrompt from './UpdatePrompt.svelte';

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

describe('UpdatePrompt', () => {
  it('is an empty polite live region while there is nothing to say', () => {
    render(UpdatePrompt, { props: { state: new PwaState() } });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('offers the waiting version when needRefresh is set; "Aggiorna" calls the update with reload', async () => {
    const state = new PwaState();
    const update = vi.fn(async () => undefined);
    state.updateServiceWorker = update;
    render(UpdatePrompt, { props: { state } });
    expect(screen.queryByText('Nuova versione disponibile')).not.toBeInTheDocument();
    state.needRefresh = true;
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent('Nuova versione disponibile');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Aggiorna' }));
    expect(update).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: 'Aggiorna' })).toBeDisabled();
  });

  it('names the waiting version once its worker has said which it is', () => {
    const state = new PwaState();
    state.needRefresh = true;
    render(UpdatePrompt, { props: { state } });
    expect(screen.getByRole('status')).not.toHaveTextContent('Versione');
    state.waitingVersion = { version: '0.2.0', buildDate: '2027-03-01', buildId: '' };
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent('Nuova versione disponibile');
    expect(screen.getByRole('status')).toHaveTextContent('Versione 0.2.0 del 1° marzo 2027');
  });

  it('"Più tardi" hides the prompt without updating', async () => {
    const state = new PwaState();
    const update = vi.fn(async () => undefined);
    state.updateServiceWorker = update;
    state.needRefresh = true;
    render(UpdatePrompt, { props: { state } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Più tardi' }));
    expect(screen.queryByText('Nuova versione disponibile')).not.toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
    expect(state.needRefresh).toBe(false);
  });

  it('announces the first offline install and can be dismissed', async () => {
    const state = new PwaState();
    render(UpdatePrompt, { props: { state } });
    state.offlineReady = true;
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent('Pronta anche offline');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByText('Pronta anche offline')).not.toBeInTheDocument();
  });

  it('speaks English when the locale is English', () => {
    locale.set('en');
    const state = new PwaState();
    state.needRefresh = true;
    render(UpdatePrompt, { props: { state } });
    expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
  });
});
