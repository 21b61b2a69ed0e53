import { expect, test } from '@playwright/test';
import { h1 } from './helpers';

/**
 * Every calculator's example prints as a compact A4 report (print CSS). The
 * monitoring outcome (procedure, next steps, document checklist) and the
 * fixed-term comparison (two regimes side by side) are the answer itself and
 * take two sheets; the others fit one.
 */
const SHEETS = { notice: 1, leave: 1, seniority: 1, 'fixed-term': 2, monitoring: 2 } as const;

for (const [id, sheets] of Object.entries(SHEETS)) {
  test(`the ${id} example prints on ${sheets} A4 sheet(s), without the form`, async ({ page }) => {
    await page.goto(`/#/${id}`);
    await expect(h1(page)).toBeVisible();
    await page.getByRole('button', { name: 'Prova un esempio' }).first().click();
    await expect(page.locator('.result .rules-version')).toBeVisible();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('form.calc-form')).toBeHidden();
    await expect(page.locator('.result .print-head')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(sheets);
  });
}
