import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { locale, LOCALE_STORAGE_KEY } from './i18n/locale.svelte';
import { router } from './router.svelte';

const NAV_IT = ['Preavviso', 'Ferie e permessi', 'Scatti di anzianità', 'Contratti a termine', 'Controllo a distanza', 'Periodo di prova', 'Comporto per malattia', 'Archivio', 'Scadenze', 'Regole e fonti', 'Impostazioni'];
const NAV_EN = ['Notice', 'Leave', 'Seniority steps', 'Fixed-term quotas', 'Remote monitoring', 'Probation', 'Sick-leave protection', 'Saved', 'Deadlines', 'Rules and sources', 'Settings'];

async function openMenu(name: string) {
  const user = userEvent.setup();
  const nav = screen.getByRole('navigation', { name });
  await user.click(within(nav).getByRole('button', { name: 'Menu' }));
  return { user, nav };
}

beforeEach(() => {
  localStorage.clear();
  locale.set('it');
  localStorage.clear();
  window.location.hash = '';
  router.sync();
});
afterEach(() => cleanup());

describe('app shell navigation', () => {
  it('shows the eight menu entries with their Italian names once the menu is opened', async () => {
    render(App);
    const nav = screen.getByRole('navigation', { name: 'Menu principale' });
    expect(within(nav).queryAllByRole('link')).toHaveLength(0); // collapsed on a phone
    await openMenu('Menu principale');
    const names = within(nav).getAllByRole('link').map((link) => link.textContent?.trim());
    expect(names).toEqual(NAV_IT);
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the English menu names when the language is English', async () => {
    locale.set('en');
    render(App);
    const { nav } = await openMenu('Main menu');
    expect(within(nav).getAllByRole('link').map((link) => link.textContent?.trim())).toEqual(NAV_EN);
  });

  it('lists the seven calculators on the home page as links with a description', () => {
    render(App);
    expect(screen.getByRole('heading', { level: 1, name: 'Contratto in tasca' })).toBeInTheDocument();
    for (const name of NAV_IT.slice(0, 7)) {
      expect(screen.getByRole('link', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
  });

  it('follows a menu link: loads the page, focuses its h1, updates the title and closes the menu', async () => {
    render(App);
    const { user, nav } = await openMenu('Menu principale');
    await user.click(within(nav).getByRole('link', { name: 'Regole e fonti' }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Regole e fonti' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe('Regole e fonti – Contratto in tasca');
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryAllByRole('link')).toHaveLength(0);
  });

  it('opens a calculator screen from its route, loaded on demand', async () => {
    window.location.hash = '#/leave';
    router.sync();
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ferie e permessi' })).toBeInTheDocument();
    // The title and intro may come a task before the screen's form (App shows them while the screen loads).
    expect(await screen.findByRole('button', { name: 'Prova un esempio' })).toBeInTheDocument();
  });

  it('shows a calculator\'s title and intro while its screen is on its way, never the other language\'s', async () => {
    window.location.hash = '#/seniority';
    router.sync();
    render(App);
    const intro = await screen.findByText(/Quanti scatti di anzianità spettano in busta paga/);
    expect(intro).toHaveClass('lead');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Prova un esempio' })).toBeInTheDocument();
    expect(screen.getAllByText(/Quanti scatti di anzianità spettano in busta paga/)).toHaveLength(1);
  });
});

describe('language switch', () => {
  it('switches the header button to English, changes the text, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(screen.getByRole('button', { name: 'Switch to English (EN)' }));
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Notice/ })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Passa all’italiano (IT)' }));
    expect(screen.getByRole('link', { name: /^Preavviso/ })).toBeInTheDocument();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('it');
  });

  it('switches language from the settings page radio group', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/settings';
    router.sync();
    render(App);
    const group = await screen.findByRole('group', { name: 'Lingua' });
    await user.click(within(group).getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.title).toBe('Settings – Contratto in tasca');
  });
});

describe('rules page', () => {
  it('lists the three rulesets, the sources with links, the rules version and the disclaimer', async () => {
    window.location.hash = '#/rules';
    router.sync();
    render(App);
    await screen.findByRole('heading', { level: 1, name: 'Regole e fonti' });
    expect(screen.getByRole('heading', { level: 3, name: 'Solo legge' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'CCNL Terziario Confcommercio (TDS)' })).toBeInTheDocument();
    expect(screen.getByText(/^Versione delle regole: \d{4}\.\d{2}\.\d{2}, riviste il \d+°? \w+ \d{4}\.$/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Testo ufficiale (normattiva.it)' }).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/non una consulenza legale/).length).toBeGreaterThan(0);
  });
});
