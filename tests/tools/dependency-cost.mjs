#!/usr/bin/env node
// Prints what each runtime dependency costs the bundle: the parts the app imports, bundled and
// minified alone the way `vite build` does, then gzipped (README "Runtime dependencies").
// Usage: node tests/tools/dependency-cost.mjs
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = join(root, 'node_modules/.cache/dependency-cost');
mkdirSync(work, { recursive: true });

const sources = listFiles(join(root, 'src')).filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f)).map((f) => readFileSync(f, 'utf8'));

/** The named members of `pkg` the app uses: `import { a, b } from 'pkg'` and `ns.a` after `import * as ns from 'pkg'`. */
function usedMembers(name) {
  const members = new Set();
  for (const text of sources) {
    for (const m of text.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${name}'`, 'g'))) {
      for (const part of m[1].split(',')) if (part.trim() && !part.trim().startsWith('type ')) members.add(part.trim().split(/\s+as\s+/)[0]);
    }
    for (const m of text.matchAll(new RegExp(`import\\s*\\*\\s*as\\s*(\\w+)\\s*from\\s*'${name}'`, 'g'))) {
      for (const use of text.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) members.add(use[1]);
    }
  }
  return [...members].sort();
}

const valibotRuntime = await import('valibot');
const entries = {
  svelte: { file: 'svelte-entry.ts', code: "import { mount } from 'svelte';\nimport Empty from './Empty.svelte';\nexport default () => mount(Empty, { target: document.body });\n" },
  dexie: { file: 'dexie-entry.ts', code: "export { default } from 'dexie';\n" },
  'fraction.js': { file: 'fraction-entry.ts', code: "export { default } from 'fraction.js';\n" },
  // Only runtime members (types such as v.BaseIssue weigh nothing).
  valibot: { file: 'valibot-entry.ts', code: `export { ${usedMembers('valibot').filter((m) => m in valibotRuntime).join(', ')} } from 'valibot';\n` },
  'workbox-window': { file: 'workbox-entry.ts', code: "export { Workbox } from 'workbox-window';\n" },
};
writeFileSync(join(work, 'Empty.svelte'), '<p>{1}</p>\n');

console.log('| dependency | version | gzip (what the app imports, minified alone) |');
console.log('|---|---|---|');
for (const name of Object.keys(pkg.dependencies).concat(pkg.devDependencies.svelte ? ['svelte'] : [])) {
  const entry = entries[name];
  if (!entry) {
    console.log(`| ${name} | ${pkg.dependencies[name]} | not measured: add it to tests/tools/dependency-cost.mjs |`);
    continue;
  }
  writeFileSync(join(work, entry.file), entry.code);
  const output = await build({
    configFile: false,
    root: work,
    logLevel: 'silent',
    plugins: name === 'svelte' ? [svelte({ compilerOptions: { runes: true } })] : [],
    build: { write: false, target: 'es2022', modulePreload: false, rollupOptions: { input: join(work, entry.file), preserveEntrySignatures: 'strict' } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const gzip = chunks.reduce((sum, c) => sum + gzipSync(c.code).length, 0);
  const version = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  console.log(`| ${name} | ${version} | ${(gzip / 1024).toFixed(1)} KiB |`);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
