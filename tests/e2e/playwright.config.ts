import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { FIRST_BUILD_ID, OUT_DIR, PORT } from './constants';

/** System Chromium (Playwright's own browser download is not used). run-e2e.mjs refuses to start without one. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = process.env.CHROME_PATH || CHROMIUM_CANDIDATES.find((path) => existsSync(path));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One worker: specs share one built folder, and update/subpath specs build extra folders of their own (2 cores).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: fileURLToPath(new URL(`../../test-results/e2e-${PORT}`, import.meta.url)),
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    locale: 'it-IT',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { VITE_BUILD_ID: FIRST_BUILD_ID },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
