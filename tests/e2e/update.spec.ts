/**
 * Updates never lose work (issue 10). Build 1 (the e2e web server's build) and build 2 (built here
 * with another build id) are served by turns on one origin by a static server, as a deploy would:
 * build 1 keeps working until the user accepts, accepting reloads into build 2 with the saved data
 * and the half-filled form, and a build 2 whose precache cannot be completed never takes over.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './fixtures';
import { followNav, h1, NAV_IT, waitForServiceWorkerControl } from './helpers';
import { FIRST_BUILD_ID, OUT_DIR } from './constants';
import { buildInto, startStaticServer, type StaticServer } from './static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECOND_BUILD_ID = 'e2e-2';
const BUILD_1 = resolve(ROOT, OUT_DIR);
const BUILD_2 = resolve(ROOT, `${OUT_DIR}-next`);

test.describe.configure({ mode: 'serial' });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await buildInto(BUILD_2, { VITE_BUILD_ID: SECOND_BUILD_ID });
});
test.beforeEach(async () => {
  server = await startStaticServer(BUILD_1);
});
test.afterEach(async () => {
  await server.close();
});

function precacheOf(build: string): string[] {
  const sw = readFileSync(resolve(build, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string);
}

const footer = (page: Page) => page.getByRole('contentinfo');
const prompt = (page: Page) => page.getByRole('status').filter({ hasText: 'Nuova versione disponibile' });

/** Asks the browser to look for a new worker now (the app itself checks hourly). */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

async function addPerson(page: Page, name: string): Promise<void> {
  await followNav(page, 'Archivio');
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill(name);
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  await page.getByLabel('Qualifica o livello').selectOption('IV');
  await page.getByLabel('Data di assunzione').fill('2017-01-10');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText(`«${name}» salvato.`)).toBeVisible();
}

test('build 1 keeps working until the update is accepted; accepting keeps saved data and the half-filled form', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);

  await addPerson(page, 'Giulia Bianchi');
  await followNav(page, 'Preavviso');
  await page.getByLabel('Data di assunzione').fill('2019-05-20');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('cit.draft.notice') ?? '')).toContain('2019-05-20');

  // Build 2 is deployed on the same origin; the browser finds it, installs it and keeps it waiting.
  server.root = BUILD_2;
  await checkForUpdate(page);
  await expect(prompt(page)).toBeVisible({ timeout: 30_000 });
  // The prompt names the waiting version (its worker answers GET_VERSION).
  await expect(prompt(page)).toContainText(`(build ${SECOND_BUILD_ID})`);
  await expect(prompt(page)).toContainText(/Versione \d+\.\d+\.\d+ del \d/);

  // Meanwhile build 1 runs on: every page opens, each lazy chunk from build 1's precache, not the network.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/assets/') && !response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  for (const entry of NAV_IT) await followNav(page, entry.name);
  expect(fromNetwork).toEqual([]);
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);
  await expect(prompt(page)).toBeVisible();
  await followNav(page, 'Preavviso');
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-20');

  // "Più tardi" hides the prompt; the next visit (a reload) is still build 1, and offers build 2 again, by name.
  await prompt(page).getByRole('button', { name: 'Più tardi' }).click();
  await expect(prompt(page)).toHaveCount(0);
  await page.reload();
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-20');
  await expect(prompt(page)).toContainText(`(build ${SECOND_BUILD_ID})`, { timeout: 30_000 });

  // Accepting activates build 2 and reloads: same page, same half-filled form, same saved person.
  await Promise.all([page.waitForEvent('load'), prompt(page).getByRole('button', { name: 'Aggiorna' }).click()]);
  await expect(footer(page)).toContainText(SECOND_BUILD_ID, { timeout: 30_000 });
  await expect(prompt(page)).toHaveCount(0);
  await expect(h1(page)).toHaveText('Preavviso');
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-20');
  await followNav(page, 'Archivio');
  await expect(page.getByRole('region', { name: 'Persone' }).getByText('Giulia Bianchi', { exact: true })).toBeVisible();
  // Settings names the running version too: package.json's, the build day, the build id.
  await followNav(page, 'Impostazioni');
  await expect(page.getByRole('main')).toContainText(new RegExp(`App: Versione \\d+\\.\\d+\\.\\d+ del \\d{1,2}°? \\p{L}+ \\d{4} \\(build ${SECOND_BUILD_ID}\\)`, 'u'));
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
});

test('a build 2 with a precached asset missing never takes control: build 1 stays and works', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await waitForServiceWorkerControl(page);
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);

  // One file that only build 2 has (its entry chunk carries the new build id) is lost by the deploy.
  const onlyInBuild2 = precacheOf(BUILD_2).filter((url) => url.startsWith('assets/') && !precacheOf(BUILD_1).includes(url));
  expect(onlyInBuild2.length).toBeGreaterThan(0);
  server.missing.add(onlyInBuild2[0] as string);
  server.root = BUILD_2;

  const outcome = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return 'no registration';
    await registration.update();
    const worker = registration.installing;
    if (!worker) return 'no new worker';
    return new Promise<string>((done) => {
      const settle = () => {
        if (worker.state !== 'installing') done(worker.state);
      };
      worker.addEventListener('statechange', settle);
      settle();
    });
  });
  // The install failed on the 404: the new worker is discarded, nothing waits.
  expect(outcome).toBe('redundant');
  expect(server.requests).toContain(onlyInBuild2[0]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  await expect(prompt(page)).toHaveCount(0);

  // Build 1 is still in control, also after a reload, and every page still opens.
  await page.reload();
  await expect(h1(page)).toHaveText('Contratto in tasca');
  await expect(footer(page)).toContainText(FIRST_BUILD_ID);
  for (const entry of NAV_IT) await followNav(page, entry.name);
  await expect(prompt(page)).toHaveCount(0);
});
