/**
 * Deployable anywhere (issue 10): a build made with BASE_PATH=/app/ works from that sub-path of a
 * static host, its service worker scoped to it, and passes the offline test there: load, go
 * offline, reload, use a calculator. Nothing is requested outside /app/.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { followNav, h1, waitForServiceWorkerControl } from './helpers';
import { OUT_DIR } from './constants';
import { buildInto, startStaticServer, type StaticServer } from './static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BASE = '/app/';
const BUILD = resolve(ROOT, `${OUT_DIR}-subpath`);

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await buildInto(BUILD, { BASE_PATH: BASE, VITE_BUILD_ID: 'e2e-subpath' });
  server = await startStaticServer(BUILD, BASE);
});
test.afterAll(async () => {
  await server?.close();
});

test('served under /app/, the app installs there and works offline: reload, navigate, calculate', async ({ page, context }) => {
  test.setTimeout(120_000);
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));

  await page.goto(server.url);
  await expect(h1(page)).toHaveText('Contratto in tasca');
  await waitForServiceWorkerControl(page);
  const origin = new URL(server.url).origin;
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${origin}${BASE}`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${origin}${BASE}sw.js`);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? { href: link.href, ...(await (await fetch(link.href)).json()) } : null;
  });
  expect(manifest?.href).toBe(`${origin}${BASE}manifest.webmanifest`);
  expect(new URL(manifest?.start_url, manifest?.href).href).toBe(`${origin}${BASE}`);
  expect(new URL(manifest?.scope, manifest?.href).href).toBe(`${origin}${BASE}`);

  await context.setOffline(true);
  try {
    await page.reload();
    await expect(h1(page)).toHaveText('Contratto in tasca');
    await followNav(page, 'Preavviso');
    await page.getByRole('button', { name: 'Prova un esempio' }).click();
    await expect(page.getByRole('region', { name: 'Risultato' })).toContainText('giorni di calendario, dal 16 marzo 2024 al 29 aprile 2024');
    // A deep link typed while offline is answered by the worker's fallback, under the sub-path.
    await page.goto(`${server.url}#/rules`);
    await expect(h1(page)).toHaveText('Regole e fonti');
  } finally {
    await context.setOffline(false);
  }
  expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
});
