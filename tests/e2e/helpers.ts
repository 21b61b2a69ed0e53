import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Menu entries with the <h1> each page shows (a calculator screen keeps its menu name as <h1>). */
export const NAV_IT = [
  { name: 'Preavviso', hash: '#/notice' },
  { name: 'Ferie e permessi', hash: '#/leave' },
  { name: 'Scatti di anzianità', hash: '#/seniority' },
  { name: 'Contratti a termine', hash: '#/fixed-term' },
  { name: 'Controllo a distanza', hash: '#/monitoring' },
  { name: 'Periodo di prova', hash: '#/probation' },
  { name: 'Comporto per malattia', hash: '#/comporto' },
  { name: 'Archivio', hash: '#/saved' },
  { name: 'Scadenze', hash: '#/deadlines' },
  { name: 'Regole e fonti', hash: '#/rules' },
  { name: 'Impostazioni', hash: '#/settings' },
] as const;

export const NAV_EN_NAMES = ['Notice', 'Leave', 'Seniority steps', 'Fixed-term quotas', 'Remote monitoring', 'Probation', 'Sick-leave protection', 'Saved', 'Deadlines', 'Rules and sources', 'Settings'];

export function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Opens the phone menu when it is collapsed (on wide screens the list is always shown). */
export async function openMenu(page: Page, navName = 'Menu principale'): Promise<void> {
  const nav = page.getByRole('navigation', { name: navName });
  const button = nav.getByRole('button', { name: 'Menu' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') await button.click();
}

/** Follows a menu entry and waits for its page heading. */
export async function followNav(page: Page, name: string, navName = 'Menu principale'): Promise<void> {
  await openMenu(page, navName);
  await page.getByRole('navigation', { name: navName }).getByRole('link', { name, exact: true }).click();
  await expect(h1(page)).toHaveText(name);
}

/** Waits until a service worker is active and controls the page (the first visit needs one reload: no clientsClaim). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** No horizontal scrolling: the page is not wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** WCAG 2.0–2.2 A/AA violations on the page, as "rule: targets" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** A case-file date as the Italian UI writes it, written independently of the app's formatter ("1° marzo 2027"). */
export function italianDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1°' : d} ${MONTHS_IT[m - 1]} ${y}`;
}
