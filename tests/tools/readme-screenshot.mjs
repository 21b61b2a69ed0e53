// Regenerates the README screenshot (also the manifest's install screenshot):
// the notice example in Italian on a 390 px phone, light scheme.
// Usage: npx vite build && node tests/tools/readme-screenshot.mjs
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4199;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 1100 }, locale: 'it-IT', deviceScaleFactor: 1, serviceWorkers: 'block' });
  await page.goto(`http://localhost:${port}/#/notice`);
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  const result = page.getByRole('region', { name: 'Risultato' });
  await result.getByText('Perché? Come è stato calcolato').click();
  await result.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('notice-result')?.scrollIntoView());
  await page.screenshot({ path: 'public/screenshots/notice-result.png' });
  await browser.close();
  console.log('wrote public/screenshots/notice-result.png');
} finally {
  server.kill();
}
