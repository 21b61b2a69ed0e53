import { cleanup, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../calculators/notice/messages';
import { calculate } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import Citations from './Citations.svelte';
import { loadSources } from './sourcesLoader';

// RULES.md reference case N-1 style: TDS, OV 1st category, dismissal after 7 years.
const notice = calculate('notice', { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10', monthlyPay: 1800 });

// The registry loads with the first result (lazily, in the app): here once up front, so each render is complete at once.
await loadSources();

beforeEach(() => locale.set('it'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Citations', () => {
  it('lists the official texts first, with Italian titles, and the secondary sources under a collapsed "Altre fonti"', () => {
    render(Citations, { props: { result: notice } });
    const lists = screen.getAllByRole('list');
    const official = within(lists[0] as HTMLElement).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(official.some((text) => text.includes('Codice civile, art. 2118 – Recesso dal contratto a tempo indeterminato'))).toBe(true);
    const more = screen.getByText(/^Altre fonti/).closest('details') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(within(more).getByText('CCNL Terziario Confcommercio: preavviso, sintesi di consulenti')).toBeInTheDocument();
    // The official list holds no secondary source, and no English title shows on an Italian screen.
    expect(official.some((text) => text.includes('sintesi di consulenti'))).toBe(false);
    expect(document.body.textContent).not.toMatch(/as published by consultants|worked notice examples/);
  });

  it('shows English titles in English', () => {
    locale.set('en');
    render(Citations, { props: { result: notice } });
    expect(screen.getByText('Civil Code, art. 2118 – Termination of an open-ended contract')).toBeInTheDocument();
    expect(screen.getByText(/^Other sources/)).toBeInTheDocument();
  });

  it('does not cite the public-sector ARAN opinion (S38) for a private employer’s notice', () => {
    render(Citations, { props: { result: notice } });
    expect(document.body.textContent).not.toMatch(/ARAN/);
  });

  it('says that the links need a connection when the device goes offline', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(Citations, { props: { result: notice } });
    expect(screen.queryByText(/senza connessione/i)).not.toBeInTheDocument();
    onLine.mockReturnValue(false);
    window.dispatchEvent(new Event('offline'));
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent(/Sei senza connessione: i collegamenti alle fonti si apriranno/);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    flushSync();
    expect(screen.queryByText(/senza connessione/i)).not.toBeInTheDocument();
  });
});
