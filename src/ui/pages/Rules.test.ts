import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../calculators';
import { locale } from '../i18n/locale.svelte';
import Rules from './Rules.svelte';

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

const renderPage = () => render(Rules);
/** The list item of a decision or the body of a gap: the nearest block holding the id. */
const entryOf = (id: string) => screen.getByText(id, { selector: 'strong' }).closest('li') as HTMLElement;
const facts = (region: HTMLElement) =>
  Object.fromEntries(within(region).getAllByRole('term').map((term) => [term.textContent?.trim(), term.nextElementSibling?.textContent?.trim()]));

describe('rules page (issue "Calculator screens", Regole e fonti)', () => {
  it('marks each plain-http source link as not secure, and no https one (issue 10)', () => {
    renderPage();
    const links = (screen.getAllByRole('link', { hidden: true }) as HTMLAnchorElement[]).filter((a) => /^https?:/.test(a.getAttribute('href') ?? ''));
    const insecure = links.filter((a) => a.getAttribute('href')?.startsWith('http://'));
    expect(insecure.length).toBeGreaterThan(0); // consultants' pages with no https we know of (SOURCES.md)
    expect(links.some((a) => a.href.startsWith('https://studiomodena.blogspot.com/'))).toBe(true); // upgraded: Blogger serves https
    for (const a of links) expect(a.closest('li')?.textContent?.includes('(non sicuro: sito senza connessione cifrata)'), a.href).toBe(insecure.includes(a));
  });

  it('shows each of the three rulesets of RULES.md 0.1 with rules version, review date (1 Dec 2026, revision 2), window, roles and CNEL code', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Regole e fonti' })).toBeInTheDocument();
    const unimpresa = facts(screen.getByRole('region', { name: 'CCNL Unimpresa – operatori di vendita (2021)' }));
    const tds = facts(screen.getByRole('region', { name: 'CCNL Terziario Confcommercio (TDS)' }));
    const statute = facts(screen.getByRole('region', { name: 'Solo legge' }));
    for (const ruleset of [unimpresa, tds, statute]) {
      expect(ruleset['Versione delle regole']).toBe(RULES_VERSION);
      expect(ruleset['Ultima revisione']).toBe('1° dicembre 2026');
    }
    expect(unimpresa['Periodo coperto']).toBe('dal 15 marzo 2021, senza scadenza nell’app');
    expect(unimpresa['Qualifiche']).toBe('operatore di vendita di 1ª categoria, operatore di vendita di 2ª categoria');
    expect(unimpresa['Codice CNEL']).toBe('non registrato (lacuna G13)');
    expect(tds['Codice CNEL']).toBe('H011');
    // Gaps in words, the code only as a reference after them (issue 7: "G1, G5…" meant nothing).
    expect(unimpresa['Lacune note']).toMatch(/^Articoli del CCNL Unimpresa omessi \(G1\); .+ \(G5\);/);
    expect(unimpresa['Lacune note']).toContain('Codici e collegamenti non registrati (G13)');
    expect(tds['Periodo coperto']).toBe('dal 26 febbraio 2011, senza scadenza nell’app');
    expect(tds['Qualifiche']).toMatch(/^quadro, I livello, .*VII livello, operatore di vendita di 1ª categoria, operatore di vendita di 2ª categoria$/);
    expect(statute['Qualifiche']).toBe('nessuna (la qualifica non conta)');
  });

  it('explains the three statuses of RULES.md 0.2 with their badge texts, "not covered" and the five flags', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Come leggere le indicazioni sulle cifre' })).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent?.trim());
    expect(terms).toEqual(expect.arrayContaining(['Dal testo del CCNL', 'Da fonte pubblicata', 'Interpretazione', 'Non coperto']));
    const definitionOf = (term: string) => screen.getAllByRole('term').find((dt) => dt.textContent?.trim() === term)?.nextElementSibling?.textContent ?? '';
    expect(definitionOf('Dal testo del CCNL')).toMatch(/testo del contratto/);
    expect(definitionOf('Da fonte pubblicata')).toMatch(/legge, circolare, sentenza/);
    expect(definitionOf('Interpretazione')).toMatch(/non è certa/);
    expect(definitionOf('Una sola fonte.')).toMatch(/una sola fonte/);
    expect(definitionOf('Fonte secondaria – verifica sul testo ufficiale.')).toMatch(/trascrizione secondaria/);
    expect(definitionOf('Le fonti non concordano.')).toMatch(/risposte diverse/);
    expect(definitionOf('Prassi comune, non regola scritta.')).toMatch(/buste paga/);
    expect(definitionOf('Testo di legge non ancora verificato.')).toMatch(/G8/);
  });

  it('shows D-NP-2 as an interpretation, with its reason, in the notice group that opens on tap', async () => {
    renderPage();
    const summary = screen.getByText('Preavviso: 8 decisioni');
    const group = summary.closest('details') as HTMLDetailsElement;
    expect(group.open).toBe(false);
    await userEvent.setup().click(summary);
    expect(group.open).toBe(true);
    const entry = entryOf('D-NP-2');
    expect(group).toContainElement(entry);
    expect(within(entry).getByText('Interpretazione')).toBeInTheDocument();
    expect(within(entry).getByText(/5° anniversario/)).toBeInTheDocument();
    expect(entry).toHaveTextContent('Perché: «5 anni compiuti» si raggiungono, non si superano, proprio nel giorno dell’anniversario.');
    expect(entry).toHaveTextContent('Fonti: S49');
  });

  it('shows all 58 decisions of RULES.md and its probation-comporto addendum, each with the Interpretazione badge', () => {
    renderPage();
    const ids = screen.getAllByText(/^D-(GEN|NP|LV|SC|FT|MON|PR|CO)-\d+$/, { selector: 'strong' });
    expect(ids).toHaveLength(58);
    for (const id of ids) expect(within(id.closest('li') as HTMLElement).getByText('Interpretazione')).toBeInTheDocument();
    expect(screen.getByText('Regole generali: 4 decisioni')).toBeInTheDocument();
    expect(screen.getByText('Periodo di prova: 14 decisioni')).toBeInTheDocument();
    expect(screen.getByText('Comporto per malattia: 12 decisioni')).toBeInTheDocument();
  }, 20_000);

  it('shows gap G7 (no renewal of the Unimpresa CCNL) with its consequence in the app', () => {
    renderPage();
    const gap = screen.getByText('Rinnovo del CCNL Unimpresa').closest('details') as HTMLElement;
    expect(gap.querySelector('summary')).toHaveTextContent(/^Rinnovo del CCNL Unimpresa \(G7\)$/);
    expect(gap).toHaveTextContent('Che cosa manca: Non è stato trovato un rinnovo del CCNL Unimpresa del 2021, scaduto il 14 marzo 2024.');
    expect(gap).toHaveTextContent(/Effetto nell’app: .*ultrattività/);
    expect([...document.querySelectorAll('summary')].filter((s) => /\(G\d+\)$/.test(s.textContent ?? ''))).toHaveLength(15);
  });

  it('lists what each calculator does not cover (RULES.md 1.9: the Art. 14 smart-working notice is not employment notice)', () => {
    renderPage();
    const notice = screen.getByText('Preavviso: 6 casi').closest('details') as HTMLElement;
    expect(within(notice).getAllByRole('listitem', { hidden: true })).toHaveLength(6);
    expect(notice).toHaveTextContent(/art\. 14 del CCNL Unimpresa riguarda il recesso dall’accordo di lavoro agile/);
    expect(screen.getByText('Controllo a distanza: 5 casi')).toBeInTheDocument();
  });

  it('says the app does not replace a labour consultant', () => {
    renderPage();
    expect(screen.getByText(/non sostituisce un consulente del lavoro/)).toHaveClass('disclaimer');
  });

  it('keeps the source list with links that open official texts safely', () => {
    renderPage();
    const links = screen.getAllByRole('link', { hidden: true });
    expect(links.length).toBeGreaterThan(69);
    expect(links.filter((link) => link.getAttribute('rel') !== 'noopener noreferrer')).toEqual([]);
    expect(screen.getAllByRole('link', { hidden: true, name: 'Testo ufficiale (normattiva.it)' }).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^S\d{2}$/, { selector: '.sources strong' })).toHaveLength(89);
    // 89 sources with their links: about 3 s on a loaded 2-core machine in jsdom.
  }, 15_000);

  it('tells what revision 2 changed and why, in plain words with no internal codes (RULES.md section 11)', () => {
    renderPage();
    const section = screen.getByRole('region', { name: /^Revisione 2 delle regole \(1° dicembre 2026\)/ });
    const items = within(section).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toHaveLength(10);
    expect(items.join(' ')).not.toMatch(/\bR-\d+\b|\bW-\d\b|\bC-\d+\b|\bD-[A-Z]+-\d\b/);
    expect(items.some((text) => /arrotonda all’euro/.test(text))).toBe(true);
    expect(items.some((text) => /31 marzo 2027/.test(text))).toBe(true);
    expect(items.some((text) => /risposta prudente/.test(text))).toBe(true);
  });

  it('uses headings in order, h1 then h2 then h3, never skipping a level', () => {
    renderPage();
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels.every((level, i) => i === 0 || level <= (levels[i - 1] as number) + 1)).toBe(true);
  });

  it('speaks English when the language is English', () => {
    locale.set('en');
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Rules and sources' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((term) => term.textContent?.trim())).toEqual(
      expect.arrayContaining(['From the CCNL text', 'From a published source', 'Interpretation']),
    );
    expect(entryOf('D-NP-2')).toHaveTextContent('Why: “5 completed years” are reached, not exceeded, on the anniversary itself.');
    expect(screen.getByText(/does not replace a labour consultant/)).toBeInTheDocument();
    expect(screen.getByText('Renewal of the Unimpresa CCNL')).toBeInTheDocument();
  });
});
