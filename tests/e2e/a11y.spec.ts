import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { h1, openMenu } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = [
  { hash: '#/', heading: 'Contratto in tasca' },
  { hash: '#/rules', heading: 'Regole e fonti' },
  { hash: '#/settings', heading: 'Impostazioni' },
];

test.use({ serviceWorkers: 'block' });

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { hash, heading } of PAGES) {
    test(`${hash} has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${hash}`);
      await expect(h1(page)).toHaveText(heading);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test(`the open phone menu has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await openMenu(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// Calculators six and seven at 360 px in both languages: empty, with the example's result, and with errors.
for (const language of ['it', 'en'] as const) {
  for (const { hash, heading } of [
    { hash: '#/probation', heading: { it: 'Periodo di prova', en: 'Probation' } },
    { hash: '#/comporto', heading: { it: 'Comporto per malattia', en: 'Sick-leave protection' } },
  ]) {
    test(`${hash} at 360 px in ${language}: empty, example result and errors have no WCAG A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.addInitScript((lang) => localStorage.setItem('cit.locale', lang), language);
      await page.goto(`/${hash}`);
      await expect(h1(page)).toHaveText(heading[language]);
      const check = async (state: string) => {
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await check('empty');
      await page.getByRole('button', { name: language === 'it' ? 'Prova un esempio' : 'Try an example' }).click();
      await expect(page.getByRole('region', { name: language === 'it' ? 'Risultato' : 'Result' }).getByRole('heading', { level: 2 })).toBeVisible();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await check('example');
      await page.getByRole('button', { name: language === 'it' ? 'Ricomincia' : 'Start again' }).click();
      await page.getByRole('button', { name: language === 'it' ? 'Aggiungi un’assenza' : 'Add an absence' }).click();
      await page.getByRole('button', { name: language === 'it' ? 'Calcola' : 'Calculate' }).click();
      await check('errors');
    });
  }
}
