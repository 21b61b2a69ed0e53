import { expect, test } from './fixtures';
import { followNav, h1, NAV_IT, waitForServiceWorkerControl } from './helpers';

test('the first visit installs the app for offline use and says so once', async ({ page }) => {
  await page.goto('/');
  const status = page.getByRole('status').filter({ hasText: 'Pronta anche offline' });
  await expect(status).toBeVisible({ timeout: 20_000 });
  await status.getByRole('button', { name: 'Chiudi' }).click();
  await expect(page.getByText('Pronta anche offline')).toHaveCount(0);
  await waitForServiceWorkerControl(page);
  await expect(page.getByText('Pronta anche offline')).toHaveCount(0);
});

test('after one visit every page opens with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(h1(page)).toHaveText('Contratto in tasca');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    for (const entry of NAV_IT) {
      await followNav(page, entry.name);
      expect(new URL(page.url()).hash).toBe(entry.hash);
    }
    // A deep link typed while offline is served from the cache too.
    await page.goto('/#/rules');
    await expect(h1(page)).toHaveText('Regole e fonti');
  } finally {
    await context.setOffline(false);
  }
});
