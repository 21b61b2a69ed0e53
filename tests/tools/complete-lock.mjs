// Run after every `npm install` that rewrites package-lock.json.
//
// The registry this project reaches lacks some of rollup's per-platform builds
// (e.g. @rollup/rollup-android-arm-eabi@4.68.7 answers 404). `npm install`
// then silently leaves those optional packages out of the lock, and `npm ci`
// refuses the lock as "out of sync". This adds the missing optional entries,
// marked with the os/cpu/libc their names declare, so that npm ci skips them
// on machines they are not for, exactly as it would with a complete lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 's390x', 'riscv64'];

function platformOf(name) {
  const match = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(name);
  if (!match) return null;
  const [, os, cpu, abi] = match;
  if (!CPUS.includes(cpu)) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${location}/${key}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[key] = { version, ...platform, license: 'MIT', optional: true };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} missing optional platform package(s) added to ${path}`);
