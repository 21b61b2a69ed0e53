import { expect, test, type Page } from './fixtures';
import { h1, NAV_IT } from './helpers';

/**
 * Issue 10 (LCP): index.html carries the first screen (vite-plugins/prerender.ts). On a first visit the page
 * shows it with no script at all, and the app then draws the very same title, intro and layout over it.
 * The scripts are held back by aborting their requests: what is left on screen came from the HTML.
 */
test.use({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });

const CALCULATORS = NAV_IT.slice(0, 7);

async function withoutScripts(page: Page): Promise<void> {
  await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
}

/** Opens a page whose scripts are held back: the fixture's page.goto would wait for an app that never comes. */
const openPrerendered = (page: Page, url: string) => page.mainFrame().goto(url);

/** Title and intro as the page shows them, with where they are. */
async function titleAndIntro(page: Page) {
  return page.locator('#main').evaluate((main) =>
    [...main.querySelectorAll(':scope > h1, :scope > p.lead')].map((element) => {
      const box = element.getBoundingClientRect();
      return { tag: element.tagName, text: element.textContent?.trim(), box: [box.x, box.y, box.width, box.height].map(Math.round) };
    }),
  );
}

test('a first visit shows the home page from the HTML alone: title, intro, the seven calculators as links', async ({ page }) => {
  await withoutScripts(page);
  await openPrerendered(page, '/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  await expect(page.locator('#main .lead')).toContainText('Calcoli di lavoro spiegati');
  const cards = page.locator('#main a.card');
  await expect(cards).toHaveCount(7);
  expect(await cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(CALCULATORS.map((c) => c.hash));
  // The prerendered copies wait in inert templates: one of each id in the document.
  expect(await page.evaluate(() => document.querySelectorAll('#main').length)).toBe(1);
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a browser that prefers English gets the English copy, not the Italian one', async ({ page }) => {
    await withoutScripts(page);
    await openPrerendered(page, '/#/leave');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText('Leave');
    const prerendered = await titleAndIntro(page);
    await page.unrouteAll();
    await page.mainFrame().goto('about:blank');
    await page.goto('/#/leave');
    await expect(page.getByRole('button', { name: 'Try an example' })).toBeVisible();
    expect(await titleAndIntro(page)).toEqual(prerendered);
  });
});

for (const { name, hash } of CALCULATORS) {
  test(`${name}: a link paints its title and intro before any script, where and as the screen draws them`, async ({ page }) => {
    await withoutScripts(page);
    await openPrerendered(page, `/${hash}`);
    await expect(h1(page)).toHaveText(name);
    await expect(page.locator('#main > *')).toHaveCount(2); // title and intro only: no form that could not be used yet
    const prerendered = await titleAndIntro(page);
    expect(prerendered[1]?.text?.length).toBeGreaterThan(40);

    await page.unrouteAll();
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.mainFrame().goto('about:blank');
    await page.goto(`/${hash}`);
    await expect(page.locator('main :is(select, input, button)').first()).toBeVisible();
    expect(await titleAndIntro(page)).toEqual(prerendered);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  });
}

test('a link to another page shows no home page while that page loads', async ({ page }) => {
  await withoutScripts(page);
  await openPrerendered(page, '/#/rules');
  await expect(page.locator('header.app-header')).toBeVisible();
  await expect(page.locator('#main > *')).toHaveCount(0);
});
