#!/usr/bin/env node
// Runs the Playwright end-to-end tests against a system Chromium. Never skips silently:
// without a browser it explains how to get one and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const chrome = candidates.find((path) => existsSync(path));

if (!chrome) {
  console.error(
    [
      'End-to-end tests need Chromium or Google Chrome, and none was found.',
      `Looked for: ${candidates.join(', ')}`,
      'Install one, for example on Debian/Ubuntu:',
      '  apt-get update && apt-get install -y chromium',
      'or point CHROME_PATH at an existing Chromium/Chrome binary:',
      '  CHROME_PATH=/path/to/chrome node tests/e2e/run-e2e.mjs',
    ].join('\n'),
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
if (result.error) {
  console.error(result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
