import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1, italianDate, waitForServiceWorkerControl } from './helpers';

interface NoticeCase {
  id: string;
  input: { ruleset: string; role: string; kind: string; hireDate: string; noticeDate: string };
  expect: { days: number; serviceYears: number; startDate: string; endDate: string };
}

const cases = JSON.parse(readFileSync(new URL('../golden/cases/notice.json', import.meta.url), 'utf8')).cases as NoticeCase[];
const NP_V01 = cases.find((c) => c.id === 'NP-V01') as NoticeCase;

const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });

test('a visible case file entry (NP-V01) through the real form gives the expected answer', async ({ page }) => {
  await page.goto('/#/notice');
  await expect(h1(page)).toHaveText('Preavviso');
  await page.getByLabel('Contratto applicato').selectOption(NP_V01.input.ruleset);
  await page.getByLabel('Qualifica o livello').selectOption(NP_V01.input.role);
  await page.getByLabel('Il datore di lavoro (licenziamento)').check();
  await page.getByLabel('Data di assunzione').fill(NP_V01.input.hireDate);
  await page.getByLabel('Data di ricezione del preavviso').fill(NP_V01.input.noticeDate);
  await page.getByRole('button', { name: 'Calcola' }).click();
  const expected = NP_V01.expect;
  await expect(result(page)).toContainText(`${expected.days} giorni di calendario, dal ${italianDate(expected.startDate)} al ${italianDate(expected.endDate)}`);
  await expect(result(page)).toContainText(`${expected.serviceYears} anni compiuti`);
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
});

test('the share link carries the case in its fragment and recomputes it offline', async ({ page, context }) => {
  await page.goto('/#/notice');
  await waitForServiceWorkerControl(page);
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  const headline = 'giorni di calendario, dal 16 marzo 2024 al 29 aprile 2024';
  await expect(result(page)).toContainText(headline);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Condividi' }).click();
  const link = await page.getByLabel(/Link al caso/).inputValue();
  expect(link).toMatch(/#\/notice\?in=.+&rv=/);
  expect(new URL(link).search).toBe(''); // nothing outside the fragment, so nothing reaches a server

  await context.setOffline(true);
  const other = await context.newPage();
  await other.goto(link);
  await expect(h1(other)).toHaveText('Preavviso');
  await expect(other.getByText('Hai aperto un caso condiviso')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Risultato' })).toContainText(headline);
  await context.setOffline(false);
});

test('the print view is a one-page A4 report with date, inputs, answer, steps, citations and rules version, without the form', async ({ page }) => {
  await page.goto('/#/notice');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  await expect(result(page)).toContainText('45 giorni');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Calcola' })).toBeHidden();
  await expect(page.getByLabel('Data di assunzione')).toBeHidden();
  await expect(page.getByText(/^Calcolato il /)).toBeVisible();
  for (const text of ['45 giorni di calendario', 'Perché? Come è stato calcolato', 'Dati usati per il calcolo', 'Fonti', 'Regole versione']) {
    await expect(result(page).getByText(text).first()).toBeVisible();
  }
  await expect(result(page).getByText('Giorni di calendario di preavviso', { exact: true })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath('notice-report.pdf') });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  console.log(`notice print report: ${pages} A4 page(s)`);
  expect(pages).toBe(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations, empty, filled and with an error (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/notice');
    await expect(h1(page)).toHaveText('Preavviso');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(result(page)).toContainText('45 giorni');
    await page.getByText('Perché? Come è stato calcolato').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Data di ricezione del preavviso').fill('2010-01-01');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(page.getByLabel('Data di ricezione del preavviso')).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('works at 320 px without horizontal scroll, with 44 px targets, and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#/notice');
  await expect(h1(page)).toHaveText('Preavviso');
  await expectNoHorizontalScroll(page);
  const example = page.getByRole('button', { name: 'Prova un esempio' });
  const box = await example.boundingBox();
  expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  await example.focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(result(page)).toContainText('45 giorni');
  await expectNoHorizontalScroll(page);
  // Back in the form with Tab only: change the kind of termination with the arrow keys and recompute with Enter.
  await page.getByLabel('Il datore di lavoro (licenziamento)').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Il lavoratore (dimissioni)')).toBeChecked();
  await page.getByRole('button', { name: 'Calcola' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
});
