import { expect, test, type Page } from './fixtures';
import { h1, NAV_IT, openMenu } from './helpers';

const MIN_TARGET = 44;

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `horizontal scroll on ${where}`).toBeLessThanOrEqual(innerWidth);
}

async function expectTarget(page: Page, locator: ReturnType<Page['locator']>, label: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, `${label} is not rendered`).not.toBeNull();
  expect(box!.height, `${label} height`).toBeGreaterThanOrEqual(MIN_TARGET);
  expect(box!.width, `${label} width`).toBeGreaterThanOrEqual(MIN_TARGET);
}

for (const width of [360, 320]) {
  test.describe(`${width} px wide phone`, () => {
    test.use({ viewport: { width, height: 740 }, serviceWorkers: 'block' });

    test('no page scrolls sideways, menu open or closed', async ({ page }) => {
      await page.goto('/');
      await expect(h1(page)).toHaveText('Contratto in tasca');
      await expectNoHorizontalScroll(page, 'home');
      await openMenu(page);
      await expectNoHorizontalScroll(page, 'home with the menu open');
      for (const entry of NAV_IT) {
        await page.goto(`/${entry.hash}`);
        await expect(h1(page)).toHaveText(entry.name);
        await expectNoHorizontalScroll(page, entry.hash);
      }
    });

    test('header, menu and home targets are at least 44 × 44 px', async ({ page }) => {
      await page.goto('/');
      await expectTarget(page, page.getByRole('link', { name: 'Contratto in tasca, pagina iniziale' }), 'home link');
      await expectTarget(page, page.getByRole('button', { name: 'Switch to English (EN)' }), 'language switch');
      const nav = page.getByRole('navigation', { name: 'Menu principale' });
      await expectTarget(page, nav.getByRole('button', { name: 'Menu' }), 'menu button');
      await openMenu(page);
      for (const entry of NAV_IT) await expectTarget(page, nav.getByRole('link', { name: entry.name, exact: true }), `menu entry ${entry.name}`);
      await page.keyboard.press('Escape');
      await expect(nav.getByRole('link')).toHaveCount(0);
      await expect(nav.getByRole('button', { name: 'Menu' })).toBeFocused();
      for (const entry of NAV_IT.slice(0, 5)) {
        await expectTarget(page, page.getByRole('main').getByRole('link', { name: new RegExp(`^${entry.name}`) }), `card ${entry.name}`);
      }
    });
  });
}

test.describe('keyboard', () => {
  test.use({ serviceWorkers: 'block' });

  test('the skip link is the first stop and moves focus to the page heading', async ({ page }) => {
    await page.goto('/#/rules');
    await expect(h1(page)).toHaveText('Regole e fonti');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/rules');
  });
});
