import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1 } from './helpers';

interface LeaveCase {
  id: string;
  input: { ruleset: string; periodStart: string; periodEnd: string; schedule: { kind: string }; companyEmployees: number; hireDate: string };
  expect: { months: number; ferieDays: number; exFestivitaHours: number; rolHours: number; permitHours: number };
}

const cases = JSON.parse(readFileSync(new URL('../golden/cases/leave.json', import.meta.url), 'utf8')).cases as LeaveCase[];
const LV_V01 = cases.find((c) => c.id === 'LV-V01') as LeaveCase;
/** Figures as the Italian screen writes them: 2 decimals with a comma. */
const it2 = (value: number) => value.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });

test('a visible case file entry (LV-V01) through the real form gives the expected answer', async ({ page }) => {
  const { input, expect: expected } = LV_V01;
  await page.goto('/#/leave');
  await expect(h1(page)).toHaveText('Ferie e permessi');
  await page.getByLabel('Contratto applicato').selectOption(input.ruleset);
  await page.getByLabel('Inizio del periodo').fill(input.periodStart);
  await page.getByLabel('Fine del periodo').fill(input.periodEnd);
  expect(input.schedule.kind).toBe('full-time');
  await page.getByLabel('Tempo pieno', { exact: true }).check();
  await page.getByLabel('Dipendenti dell’azienda').fill(String(input.companyEmployees));
  await page.getByLabel('Data di assunzione').fill(input.hireDate);
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result(page)).toContainText(
    `In questo periodo hai maturato ${it2(expected.ferieDays)} giorni di ferie e ${it2(expected.permitHours)} ore di permessi ` +
      `(${it2(expected.exFestivitaHours)} di ex festività e ${it2(expected.rolHours)} di ROL).`,
  );
  await expect(result(page).locator('dl.facts').first()).toContainText(`${expected.months} su 12`);
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations, empty, filled and with an error (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/leave');
    await expect(h1(page)).toHaveText('Ferie e permessi');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(result(page)).toContainText('6,50 giorni di ferie');
    await page.getByText('Perché? Come è stato calcolato').click();
    await page.getByText('Dati usati per il calcolo').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Fine del periodo').fill('2025-03-01');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(page.getByLabel('Fine del periodo')).toBeFocused();
    await expect(page.locator('#leave-periodEnd-error')).toContainText('La fine del periodo non può precedere l’inizio.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Contratto applicato').selectOption('statute');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('works at 320 px without horizontal scroll, with 44 px targets, and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#/leave');
  await expect(h1(page)).toHaveText('Ferie e permessi');
  await expectNoHorizontalScroll(page);
  const example = page.getByRole('button', { name: 'Prova un esempio' });
  const box = await example.boundingBox();
  expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  await example.focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(result(page)).toContainText('6,50 giorni di ferie e 8,00 ore di permessi');
  await expectNoHorizontalScroll(page);
  // Vertical part-time by the arrow keys, its days typed after one Tab: LV-1a × 3/6 (D-LV-3, D-LV-4).
  await page.getByLabel('Tempo pieno', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Part-time verticale/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Giorni lavorati a settimana')).toBeFocused();
  await page.keyboard.type('3');
  await page.getByRole('button', { name: 'Calcola' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(result(page)).toContainText('3,25 giorni di ferie e 4,00 ore di permessi');
  await expectNoHorizontalScroll(page);
});
