import { expect, test } from './fixtures';
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

/**
 * The browser's own print (menu, Ctrl+P) without pressing "Stampa": the steps and
 * inputs, collapsed on screen, are in the printed report, on as many sheets.
 * Chromium's PDF text is glyph-encoded, so the content is checked in print media
 * on the page that page.pdf() prints.
 */
for (const [id, sheets] of Object.entries(SHEETS)) {
  test(`the browser's own print of the ${id} example has the steps and inputs, on ${sheets} sheet(s)`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/#/${id}`);
    await expect(h1(page)).toBeVisible();
    await page.getByRole('button', { name: 'Prova un esempio' }).first().click();
    await expect(page.locator('.result .rules-version')).toBeVisible();
    await expect(page.locator('.result .steps')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.result .steps > li').first()).toBeVisible();
    await expect(page.locator('.result .inputs-used .facts dt').first()).toBeVisible();
    // Nothing of the screen's controls: no drop-down, no button.
    await expect(page.locator('main select:visible, main button:visible')).toHaveCount(0);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(sheets);
  });
}

test('a shared case prints without the "caso condiviso" banner', async ({ page }) => {
  const input = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
  await page.goto(`/#/notice?in=${encodeURIComponent(JSON.stringify(input))}`);
  const banner = page.getByRole('status').filter({ hasText: 'Hai aperto un caso condiviso' });
  await expect(banner).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(banner).toBeHidden();
  await expect(page.locator('.result .steps > li').first()).toBeVisible();
});
