import { expect, test, type Page } from './fixtures';
import { h1 } from './helpers';

/**
 * Issue 10, the causes measured by `npm run bench` kept fixed: nothing moves the page after it is drawn
 * (layout shifts read from the browser's own PerformanceObserver), and nothing but the page's own script
 * is requested before the first paint (no stylesheet, logo image, manifest or service-worker code).
 */
async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

test.use({ viewport: { width: 360, height: 740 } });

test('the "Pronta anche offline" notice appears over the page, moving nothing', async ({ page }) => {
  await observeLayoutShifts(page);
  await page.goto('/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  const before = await h1(page).boundingBox();
  const toast = page.getByRole('status').filter({ hasText: 'Pronta anche offline' });
  await expect(toast).toBeVisible({ timeout: 20_000 });
  expect(await h1(page).boundingBox()).toEqual(before);
  expect(await toast.evaluate((node) => getComputedStyle(node).position)).toBe('fixed');
  expect(await layoutShift(page)).toBe(0);
});

test('a calculator opened from a link draws its screen without pushing the footer into view', async ({ page }) => {
  await observeLayoutShifts(page);
  await page.goto('/#/notice');
  await expect(h1(page)).toHaveText('Preavviso');
  await expect(page.locator('main select, main input').first()).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test('before the first paint the page requests its own script and nothing else', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const { early, entry } = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const early = performance
      .getEntriesByType('resource')
      .filter((resource) => resource.startTime < paint)
      .map((resource) => new URL(resource.name).pathname);
    // The entry script and the chunks index.html preloads with it.
    const entry = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map(
      (element) => new URL('src' in element ? element.src : element.href).pathname,
    );
    return { early, entry };
  });
  expect(entry.length).toBeGreaterThan(0);
  // The favicon is the browser's own request (tab icon), not the page's.
  expect(early.filter((path) => !entry.includes(path) && path !== '/favicon.svg')).toEqual([]);
  // The manifest link and the worker come once the page has loaded.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  expect(await page.locator('style').count()).toBe(1);
  expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
});
