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
