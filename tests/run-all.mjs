// `npm test`: every check the project has, in order, stopping at the first failure.
// lint → type check → unit & component tests → the engine tests again under three
// time zones → all case files → production build + build check → end-to-end in Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const caseFiles = readdirSync('tests/golden/cases').filter((f) => f.endsWith('.json')).map((f) => `tests/golden/cases/${f}`);

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine']],
  ['unit and component tests', 'npx', ['vitest', 'run']],
  ['engine tests under three time zones', 'node', ['tests/run-tz.mjs']],
  ['case files', 'npx', ['tsx', 'tests/golden/cli.ts', ...caseFiles]],
  ['production build', 'npx', ['vite', 'build']],
  ['build check', 'node', ['tests/build/check-build.mjs']],
  ['end-to-end tests in Chromium', 'node', ['tests/e2e/run-e2e.mjs']],
];

const only = process.argv.slice(2);
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s (exit ${run.status ?? run.signal}). npm test stops here.`);
    process.exit(run.status || 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log('\nnpm test: every step passed.');
