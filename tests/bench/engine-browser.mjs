// The engine workload bundled by Vite (production minifier, the app's browser targets) and run in Chromium,
// where the calculators and the deadline board's Web Workers run for users. Used by engine.bench.ts and run.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function engineBenchInChromium(runs) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL('engine-browser-entry.ts', import.meta.url)), formats: ['es'], fileName: 'engine-bench' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one bundle, got ${chunks.length}`);
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!executablePath) throw new Error('the engine benchmark in Chromium needs Chromium: apt-get install -y chromium, or set CHROME_PATH.');
  const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: chunks[0].code, type: 'module' });
    await page.waitForFunction(() => typeof globalThis.__engineBench === 'function');
    // Started from a task of the page, not inside Playwright's evaluate call (whose inspector session made each
    // thrown refusal dearer); the result is read when the page has it.
    await page.evaluate((n) => setTimeout(() => (globalThis.__engineResult = globalThis.__engineBench(n)), 0), runs);
    await page.waitForFunction(() => globalThis.__engineResult !== undefined, undefined, { timeout: 120_000, polling: 500 });
    const result = await page.evaluate(() => globalThis.__engineResult);
    return { result, browser: `Chromium ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
