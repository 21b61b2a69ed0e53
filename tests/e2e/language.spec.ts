import { expect, test } from './fixtures';
import { h1, NAV_EN_NAMES, NAV_IT, openMenu } from './helpers';

test.describe('with an Italian browser', () => {
  test.use({ locale: 'it-IT' });

  test('starts in Italian, switches to English and stays English after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await openMenu(page);
    const itNav = page.getByRole('navigation', { name: 'Menu principale' });
    for (const entry of NAV_IT) await expect(itNav.getByRole('link', { name: entry.name, exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Switch to English (EN)' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Contratto in tasca');
    await openMenu(page, 'Main menu');
    const enNav = page.getByRole('navigation', { name: 'Main menu' });
    for (const name of NAV_EN_NAMES) await expect(enNav.getByRole('link', { name, exact: true })).toBeVisible();
    await enNav.getByRole('link', { name: 'Rules and sources', exact: true }).click();
    await expect(h1(page)).toHaveText('Rules and sources');
    await expect(page).toHaveTitle('Rules and sources – Contratto in tasca');
    expect(await page.evaluate(() => localStorage.getItem('cit.locale'))).toBe('en');
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('starts in English, and an Italian choice in settings wins over the browser', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(h1(page)).toHaveText('Settings');
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Italiano' }).check();
    await expect(h1(page)).toHaveText('Impostazioni');
    await page.reload();
    await expect(h1(page)).toHaveText('Impostazioni');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });
});
