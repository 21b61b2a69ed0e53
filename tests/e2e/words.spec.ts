import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { h1 } from './helpers';

/** Issue 7, "Sources and statuses a person can read" and "Internal values show through", at 360 px. */
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

test.use({ viewport: { width: 360, height: 800 } });

const result = (page: Page) => page.locator('section.result');

async function noticeExample(page: Page, heading: string, example: string): Promise<void> {
  await page.goto('/#/notice');
  await expect(h1(page)).toHaveText(heading);
  await page.getByRole('button', { name: example }).first().click();
  await expect(result(page).locator('.rules-version')).toBeVisible();
}

test('Italian: source titles in Italian, secondary ones under "Altre fonti", the real version in the footer', async ({ page }) => {
  await noticeExample(page, 'Preavviso', 'Prova un esempio');
  await expect(result(page).getByRole('link', { name: /Codice civile, art\. 2118 – Recesso dal contratto a tempo indeterminato/ })).toBeVisible();
  await expect(result(page)).not.toContainText('as published by consultants');
  const more = result(page).locator('details.other-sources');
  await expect(more.locator('summary')).toHaveText(/^Altre fonti/);
  await expect(more).not.toHaveAttribute('open');
  await expect(page.locator('footer')).toContainText(`Versione ${VERSION} del `);
  await expect(page.locator('footer')).not.toContainText('dev');
});

test('offline, the sources say their links need a connection', async ({ page, context }) => {
  await noticeExample(page, 'Preavviso', 'Prova un esempio');
  await expect(result(page).getByText(/senza connessione/)).toHaveCount(0);
  await context.setOffline(true);
  await expect(result(page).getByText('Sei senza connessione: i collegamenti alle fonti si apriranno quando tornerai in linea.')).toBeVisible();
  await context.setOffline(false);
  await expect(result(page).getByText(/senza connessione/)).toHaveCount(0);
});

test('English: English source titles, "Other sources", and the version', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cit.locale', 'en'));
  await noticeExample(page, 'Notice', 'Try an example');
  await expect(result(page).getByRole('link', { name: /Civil Code, art\. 2118 – Termination of an open-ended contract/ })).toBeVisible();
  await expect(result(page).locator('details.other-sources summary')).toHaveText(/^Other sources/);
  await expect(page.locator('footer')).toContainText(`Version ${VERSION} of `);
});

test('the Rules page names gaps in words, the code only after them', async ({ page }) => {
  await page.goto('/#/rules');
  await expect(h1(page)).toHaveText('Regole e fonti');
  const gaps = page.locator('dt', { hasText: 'Lacune note' }).first().locator('xpath=following-sibling::dd[1]');
  await expect(gaps).toHaveText(/^Articoli del CCNL Unimpresa omessi \(G1\); /);
});
