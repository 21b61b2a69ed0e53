// Issue 7: numbers typed by hand, the way each language writes them, on a 360 px phone.
import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1 } from './helpers';

test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });

/** RULES.md NP-3: a TDS ov1 dismissed on 10 March 2024 after 7 years has 45 days of notice. */
async function noticeCase(page: Page, labels: { ruleset: string; hire: string; notice: string }) {
  await page.goto('/#/notice');
  await expect(h1(page)).toBeVisible();
  await page.getByLabel(labels.ruleset).selectOption('confcommercio-tds');
  await page.getByLabel(labels.hire).fill('2017-01-10');
  await page.getByLabel(labels.notice).fill('2024-03-10');
}

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });
  const labels = { ruleset: 'Contratto applicato', hire: 'Data di assunzione', notice: 'Data di ricezione del preavviso' };
  const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });

  // RULES.md 1.3: TDS daily pay = monthly pay ÷ 26, so 1800 € a month is 69,23 € a day.
  for (const typed of ['1.800', '1.800,00']) {
    test(`"${typed}" as monthly pay in Preavviso is 1800 €, echoed and used in the indemnity step`, async ({ page }) => {
      await noticeCase(page, labels);
      const pay = page.getByLabel('Retribuzione mensile lorda');
      await pay.pressSequentially(typed);
      await expect(page.locator('#notice-monthlyPay-echo')).toHaveText(/^= 1\.?800,00\s€$/);
      await page.getByRole('button', { name: 'Calcola' }).click();
      await expect(result(page)).toContainText(/Retribuzione mensile 1\.?800,00\s€ ÷ 26 = 69,23\s€ al giorno/);
    });
  }

  test('"1.5" is refused beside the field with how to write it', async ({ page }) => {
    await noticeCase(page, labels);
    const pay = page.getByLabel('Retribuzione mensile lorda');
    await pay.pressSequentially('1.5');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(pay).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#notice-monthlyPay-error')).toContainText('scrivi 1,5 per un numero con decimali o 1.500 se intendi 1500');
    await expect(page.getByText(/Retribuzione mensile 1,50/)).toHaveCount(0);
  });

  // D.Lgs. 81/2015 art. 23 (RULES.md 4): the statutory cap is 20 % of the permanent staff, 1200 × 20 % = 240.
  test('a fixed-term headcount of "1.200" is 1200 people', async ({ page }) => {
    await page.goto('/#/fixed-term');
    await page.getByLabel('Dipendenti a tempo indeterminato dell’unità produttiva').pressSequentially('1.200');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(page.getByRole('region', { name: 'Risultato' })).toContainText(/Per la legge: fino a 240 contratti a termine/);
  });

  // RULES.md 2.3 / D-LV-4: ROL is 72 h a year when the company has more than 15 employees (32 h ex-festività besides).
  test('a company size of "1.500" in Ferie lands in the > 15 band', async ({ page }) => {
    await page.goto('/#/leave');
    await page.getByLabel('Inizio del periodo').fill('2025-01-01');
    await page.getByLabel('Fine del periodo').fill('2025-12-31');
    await page.getByLabel('Data di assunzione').fill('2009-04-01');
    await page.getByLabel('Dipendenti dell’azienda').pressSequentially('1.500');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(page.getByRole('region', { name: 'Risultato' })).toContainText('104,00 ore di permessi (32,00 di ex festività e 72,00 di ROL)');
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('"1,800" as monthly pay is €1,800.00 and "1,5" is refused', async ({ page }) => {
    await noticeCase(page, { ruleset: 'Agreement that applies', hire: 'Hiring date', notice: 'Day the notice is received' });
    const pay = page.getByLabel('Gross monthly pay');
    await pay.pressSequentially('1,800');
    await expect(page.locator('#notice-monthlyPay-echo')).toHaveText('= €1,800.00');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.getByRole('region', { name: 'Result' })).toContainText('Monthly pay €1,800.00 ÷ 26 = €69.23 a day');
    await pay.fill('1,5');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.locator('#notice-monthlyPay-error')).toContainText('write 1.5 for a number with decimals or 1,500 if you mean 1500');
  });
});

test.describe('a date that does not exist', () => {
  test.use({ locale: 'it-IT' });

  test('31/02/2019 typed with the keyboard says the day does not exist, not "Campo obbligatorio"', async ({ page }) => {
    await page.goto('/#/notice');
    // The segments follow the browser's own language (dd/mm/yyyy with Chromium's Italian pack, else mm/dd/yyyy): find out which.
    const notice = page.getByLabel('Data di ricezione del preavviso');
    await notice.focus();
    await page.keyboard.type('01022000');
    const dayFirst = (await notice.inputValue()) === '2000-02-01';
    await notice.fill('2024-03-10');

    const hire = page.getByLabel('Data di assunzione');
    await hire.focus();
    await page.keyboard.type(dayFirst ? '31022019' : '02312019');
    expect(await hire.inputValue()).toBe('');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await expect(hire).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#notice-hireDate-error')).toContainText('Questa data non esiste');
    await expect(page.locator('#notice-hireDate-error')).not.toContainText('Campo obbligatorio');
  });
});

test.describe('every problem at once', () => {
  test.use({ locale: 'it-IT' });

  test('an empty Preavviso with a pay of "1.5" flags all three fields, lists them at the top and focuses the first', async ({ page }) => {
    await page.goto('/#/notice');
    await page.getByLabel('Retribuzione mensile lorda').pressSequentially('1.5');
    await page.getByRole('button', { name: 'Calcola' }).click();
    const hire = page.getByLabel('Data di assunzione');
    await expect(hire).toBeFocused();
    for (const label of ['Data di assunzione', 'Data di ricezione del preavviso', 'Retribuzione mensile lorda']) {
      await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    }
    const summary = page.getByRole('region', { name: 'Da correggere prima del calcolo' });
    await expect(summary.getByRole('link')).toHaveText(['Data di assunzione', 'Data di ricezione del preavviso', 'Retribuzione mensile lorda']);
    await summary.getByRole('link', { name: 'Retribuzione mensile lorda' }).click();
    await expect(page.getByLabel('Retribuzione mensile lorda')).toBeFocused();
    await expect(page).toHaveURL(/#\/notice$/);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
