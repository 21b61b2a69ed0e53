import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1 } from './helpers';

interface CapsCase {
  id: string;
  input: { ruleset: string; permanentHeadcount: number };
  expect: { fixedTermCap: number; agencyCap: number; combinedCap: number; statute: { fixedTermCap: number; combinedCap: number } };
}
interface FineCase {
  id: string;
  input: { ruleset: string; fine: { workersOver: number; monthlyPay: number; months: number; extraDays: number } };
  expect: { fineTotal: number };
}

const cases = JSON.parse(readFileSync(new URL('../golden/cases/fixed-term.json', import.meta.url), 'utf8')).cases as { id: string }[];
const FT_V05 = cases.find((c) => c.id === 'FT-V05') as CapsCase;
const FT_V08 = cases.find((c) => c.id === 'FT-V08') as FineCase;

const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });
const ccnlPanel = (page: Page) => page.getByRole('region', { name: 'CCNL Unimpresa – operatori di vendita (2021)' });
const statutePanel = (page: Page) => page.getByRole('region', { name: 'Solo legge (D.Lgs. 81/2015)' });
/** The figure of one row of a panel, as the user reads it. */
const figure = (panel: Locator, row: string) => panel.locator('dt', { hasText: new RegExp(`^${row}$`) }).locator('+ dd strong');
const baseField = (page: Page) => page.getByLabel('Dipendenti a tempo indeterminato dell’unità produttiva');
/** Euros as Intl writes them in Italian (no grouping for 4 digits, a no-break space before €). */
// Italian writes 1.800,00 € (issue 7), though CLDR leaves four digits ungrouped; 'always' is ES2023 Intl.
const euros = (amount: number) => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' as unknown as boolean }).format(amount);

test('a visible case file entry (FT-V05) through the real form: CCNL and law side by side', async ({ page }) => {
  await page.goto('/#/fixed-term');
  await expect(h1(page)).toHaveText('Contratti a termine');
  await page.getByLabel('Contratto applicato').selectOption(FT_V05.input.ruleset);
  await baseField(page).fill(String(FT_V05.input.permanentHeadcount));
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  const expected = FT_V05.expect;
  await expect(figure(ccnlPanel(page), 'Contratti a termine')).toHaveText(String(expected.fixedTermCap));
  await expect(figure(ccnlPanel(page), 'Lavoratori somministrati a termine')).toHaveText(String(expected.agencyCap));
  await expect(figure(ccnlPanel(page), 'Contratti a termine e somministrati insieme')).toHaveText(String(expected.combinedCap));
  await expect(figure(statutePanel(page), 'Contratti a termine')).toHaveText(String(expected.statute.fixedTermCap));
  await expect(figure(statutePanel(page), 'Contratti a termine e somministrati insieme')).toHaveText(String(expected.statute.combinedCap));
  await expect(statutePanel(page)).toContainText('Più restrittivo: si applica questo in caso di ispezione.');
});

test('a visible fine case (FT-V08) through the real form', async ({ page }) => {
  await page.goto('/#/fixed-term');
  await page.getByLabel('La sanzione per i contratti a termine oltre il limite').check();
  const fine = FT_V08.input.fine;
  await page.getByLabel('Lavoratori a termine oltre il limite').fill(String(fine.workersOver));
  await page.getByLabel('Retribuzione mensile di ciascuno').fill(String(fine.monthlyPay));
  await page.getByLabel('Durata: mesi interi').fill(String(fine.months));
  await page.getByLabel('Durata: giorni oltre i mesi interi').fill(String(fine.extraDays));
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result(page)).toContainText(`Sanzione: ${euros(FT_V08.expect.fineTotal)} in tutto`);
});

test('two columns on a wide screen, stacked on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('/#/fixed-term');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  const wide = [await ccnlPanel(page).boundingBox(), await statutePanel(page).boundingBox()];
  expect(wide[0] && wide[1] && Math.abs(wide[0].y - wide[1].y) < 1 && wide[1].x > wide[0].x + wide[0].width - 1).toBe(true);
  await page.setViewportSize({ width: 360, height: 740 });
  const phone = [await ccnlPanel(page).boundingBox(), await statutePanel(page).boundingBox()];
  expect(phone[0] && phone[1] && phone[1].y >= phone[0].y + phone[0].height).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations: empty, filled, with an error, under the TDS (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/fixed-term');
    await expect(h1(page)).toHaveText('Contratti a termine');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(ccnlPanel(page)).toContainText('15% × 50 = 7,5 → 8');
    await page.getByText('Perché? Come è stato calcolato').click();
    expect(await axeViolations(page)).toEqual([]);
    await baseField(page).fill('-3');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(baseField(page)).toBeFocused();
    await expect(baseField(page)).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);
    await baseField(page).fill('20');
    // the TDS caps are answered (were not covered).
    await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
    await expect(page.getByRole('region', { name: 'CCNL Terziario Confcommercio (TDS)' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('La sanzione per i contratti a termine oltre il limite').check();
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(result(page)).toContainText('Sanzione:');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('works at 320 px without horizontal scroll and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#/fixed-term');
  await expect(h1(page)).toHaveText('Contratti a termine');
  await expectNoHorizontalScroll(page);
  const example = page.getByRole('button', { name: 'Prova un esempio' });
  const box = await example.boundingBox();
  expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  // From the heading, Tab to the example button and press Enter: focus lands on the result.
  await h1(page).focus();
  for (let i = 0; i < 10 && !(await example.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(example).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(figure(ccnlPanel(page), 'Lavoratori somministrati a termine')).toHaveText('8');
  await expectNoHorizontalScroll(page);
  // Switch to the fine with the arrow keys, try its example and recompute with Enter on "Calcola".
  await page.getByLabel('I limiti: quanti contratti a termine e somministrati posso avere').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('La sanzione per i contratti a termine oltre il limite')).toBeChecked();
  await example.focus();
  await page.keyboard.press('Enter');
  await expect(result(page)).toContainText(`Sanzione: ${euros(1800)} in tutto`);
  await page.getByRole('button', { name: 'Calcola' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expectNoHorizontalScroll(page);
});
