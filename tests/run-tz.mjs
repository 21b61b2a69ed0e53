// Runs the Node-side tests (engine, rules, calculators, case-file runner) under
// three time zones: a civil-date bug that depends on the clock's zone shows up
// in at least one of UTC, Europe/Rome (DST) and Pacific/Kiritimati (UTC+14).
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Europe/Rome', 'Pacific/Kiritimati'];
for (const zone of zones) {
  console.log(`\n── TZ=${zone}`);
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'node', '--reporter', 'dot'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`engine tests failed under TZ=${zone}`);
    process.exit(run.status || 1);
  }
}
console.log(`engine tests passed under ${zones.join(', ')}`);
