import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1, italianDate } from './helpers';

interface SeniorityCase {
  id: string;
  input: { ruleset: string; role: string; hireDate: string; asOf: string };
  expect: { count: number; maxSteps: number; nextStepDate: string | null; monthlyAmount: number };
}

const cases = JSON.parse(readFileSync(new URL('../golden/cases/seniority.json', import.meta.url), 'utf8')).cases as SeniorityCase[];
// SC-V02: hired on the 10th, so seniority runs from the next month (D-SC-2) — the case most likely to go wrong in a UI.
const SC_V02 = cases.find((c) => c.id === 'SC-V02') as SeniorityCase;
// Italian writes 1.800,00 € (issue 7), though CLDR leaves four digits ungrouped; 'always' is ES2023 Intl.
const euros = (amount: number) => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' as unknown as boolean }).format(amount);

const result = (page: Page) => page.locator('section.result');
const resultHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Risultato' });

async function open(page: Page): Promise<void> {
  await page.goto('/#/seniority');
  await expect(h1(page)).toHaveText('Scatti di anzianità');
}

test('a visible case file entry (SC-V02) through the real form gives the expected answer', async ({ page }) => {
  await open(page);
  await page.getByLabel('Contratto applicato').selectOption(SC_V02.input.ruleset);
  await page.getByLabel('Qualifica o livello').selectOption(SC_V02.input.role);
  await page.getByLabel('Data di assunzione').fill(SC_V02.input.hireDate);
  await page.getByLabel('Data da verificare').fill(SC_V02.input.asOf);
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(resultHeading(page)).toBeFocused();
  const expected = SC_V02.expect;
  await expect(result(page).locator('.headline')).toContainText(
    `${expected.count} scatti in pagamento, ${euros(expected.monthlyAmount)} al mese; il prossimo dal ${italianDate(expected.nextStepDate as string)}`,
  );
  await expect(result(page).locator('dl.facts').first()).toContainText(`${expected.count} su un massimo di ${expected.maxSteps}`);
  const timeline = page.getByRole('list', { name: `Calendario dei ${expected.maxSteps} scatti` });
  await expect(timeline.getByRole('listitem')).toHaveCount(expected.maxSteps);
  await expect(timeline.locator('[aria-current="step"]')).toContainText(`Scatto ${expected.count}`);
});

test('a hire before the D-SC-5 cut-off and the statute both show the not-covered panel', async ({ page }) => {
  await open(page);
  await page.getByLabel('Contratto applicato').selectOption('unimpresa-vvp-2021');
  await page.getByLabel('Qualifica o livello').selectOption('ov2');
  await page.getByLabel('Data di assunzione').fill('1990-01-01');
  await page.getByLabel('Data da verificare').fill('2025-01-01');
  await page.getByRole('button', { name: 'Calcola' }).click();
  const panel = page.getByRole('heading', { level: 2, name: 'Non coperto dalle regole' });
  await expect(panel).toBeFocused();
  await expect(result(page)).toContainText('data convenzionale');
  await page.getByLabel('Contratto applicato').selectOption('statute');
  await expect(result(page)).toContainText('Nessuna legge prevede gli scatti di anzianità');
  await expect(page.getByLabel('Qualifica o livello')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations, empty, filled, not covered and with an error (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(result(page)).toContainText('3 scatti in pagamento');
    await page.getByText('Perché? Come è stato calcolato').click();
    await page.getByText('Dati usati per il calcolo').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Data di assunzione').fill('1987-03-27');
    await expect(page.getByRole('heading', { level: 2, name: 'Non coperto dalle regole' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Data di assunzione').fill('2025-01-10');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(page.getByLabel('Data da verificare')).toBeFocused();
    await expect(page.locator('#seniority-asOf-error')).toContainText('La data di riferimento non può essere precedente all’assunzione.');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('works at 320 px without horizontal scroll, with 44 px targets, and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  await expectNoHorizontalScroll(page);
  const example = page.getByRole('button', { name: 'Prova un esempio' });
  const box = await example.boundingBox();
  expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  // From the heading, Tab alone reaches the example button.
  await h1(page).focus();
  for (let i = 0; i < 10 && !(await example.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(example).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(resultHeading(page)).toBeFocused();
  await expect(result(page)).toContainText('3 scatti in pagamento');
  await expectNoHorizontalScroll(page);
  // Shift+Tab from the result heading lands on "Ricomincia", the last control of the form.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Ricomincia' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('');
  await expect(result(page)).toContainText('Compila i dati per vedere il risultato.');
});
