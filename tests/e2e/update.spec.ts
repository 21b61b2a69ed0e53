import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './fixtures';
import { followNav, h1, waitForServiceWorkerControl } from './helpers';
import { FIRST_BUILD_ID, OUT_DIR } from './constants';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECOND_BUILD_ID = 'e2e-2';

/** Rebuilds dist/ in place with another build id while `vite preview` keeps serving it from disk. */
function rebuild(buildId: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--logLevel', 'error'], { cwd: ROOT, env: { ...process.env, VITE_BUILD_ID: buildId }, stdio: 'pipe', timeout: 120_000 });
}

function footer(page: Page) {
  return page.getByRole('contentinfo');
}

function prompt(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Nuova versione disponibile' });
}

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('a real new build is offered, postponed, then applied only when accepted', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);

  try {
    rebuild(SECOND_BUILD_ID);
    await checkForUpdate(page);

    // The new worker installs and waits: the prompt appears, nothing changes by itself.
    await expect(prompt(page)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Più tardi' }).click();
    await expect(prompt(page)).toHaveCount(0);

    // "Later" keeps the running version fully usable, lazy pages included (served from the old precache).
    await followNav(page, 'Regole e fonti');
    await followNav(page, 'Preavviso');
    await expect(footer(page)).toContainText(FIRST_BUILD_ID);

    // On a later visit the waiting version is offered again; "Aggiorna" activates it and reloads.
    await page.reload();
    await expect(footer(page)).toContainText(FIRST_BUILD_ID);
    await expect(prompt(page)).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Aggiorna' }).click()]);
    await expect(footer(page)).toContainText(SECOND_BUILD_ID, { timeout: 30_000 });
    await expect(prompt(page)).toHaveCount(0);
    await expect(h1(page)).toHaveText('Preavviso');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  } finally {
    // Leave dist/ as the web server built it.
    rebuild(FIRST_BUILD_ID);
  }
});
