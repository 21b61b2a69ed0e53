// Checks the production build in dist/ (or the folder given as argument): installable
// (manifest + icons), offline (a service worker that precaches every emitted asset exactly
// once, and not itself), locked down (the Content-Security-Policy meta tag allows every
// inline style block by hash and nothing inline else; _headers), no third-party origin in
// the page, and the JavaScript size budgets: first load ≤ 30 KiB gzip, each calculator route ≤ 45 KiB.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bundleSizes, kib } from './bundle-sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const problems = [];
const check = (ok, message) => { if (!ok) problems.push(message); };
const read = (file) => readFileSync(join(dist, file), 'utf8');

check(existsSync(join(dist, 'index.html')), 'dist/index.html is missing (run vite build first)');
if (problems.length) finish();

const html = read('index.html');
const external = [...html.matchAll(/(?:src|href)="(https?:)?\/\/[^"]+"/g)].map((m) => m[0]);
check(external.length === 0, `index.html loads from another origin: ${external.join(', ')}`);
check(/<html[^>]+lang="it"/.test(html), 'index.html must declare lang="it" (Italian by default)');
check(/name="theme-color"/.test(html), 'index.html has no theme-color');
// The manifest link is added by the app once the page has loaded (src/pwa/start.ts), so it costs the first paint nothing.
check(!/rel="manifest"/.test(html), 'index.html links the manifest: it should be added after load (src/pwa/start.ts)');
check(
  readdirSync(join(dist, 'assets')).some((f) => f.startsWith('index-') && f.endsWith('.js') && read(`assets/${f}`).includes('manifest.webmanifest')),
  'the entry chunk does not add the web app manifest link',
);
check(/<style>[\s\S]+?<\/style>/.test(html) && !/rel="stylesheet"/.test(html), 'index.html should carry the shell CSS as one inline <style> block, with no stylesheet request');
check((html.match(/<style/g) ?? []).length === 1, 'index.html must have exactly one <style> block (the CSP hashes it)');

const manifest = JSON.parse(read('manifest.webmanifest'));
check(manifest.name === 'Contratto in tasca', `manifest name is "${manifest.name}"`);
check(typeof manifest.theme_color === 'string', 'manifest has no theme_color');
for (const size of ['192x192', '512x512']) {
  check(manifest.icons?.some((i) => i.sizes === size && existsSync(join(dist, i.src))), `manifest icon ${size} missing or not built`);
}
check(manifest.icons?.some((i) => i.purpose === 'maskable' && existsSync(join(dist, i.src))), 'no maskable icon');

check(existsSync(join(dist, 'sw.js')), 'no service worker (dist/sw.js)');
const sw = existsSync(join(dist, 'sw.js')) ? read('sw.js') : '';
const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
check(sw.includes('"index.html"') || sw.includes("'index.html'") || sw.includes('url:"index.html"'), 'service worker does not precache index.html');
for (const asset of assets) check(sw.includes(`assets/${asset}`), `service worker does not precache assets/${asset}`);

// The precache manifest: each emitted file exactly once; the worker and its imports are stored by the browser with the worker.
const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]);
check(precached.length > 0, 'could not read the precache manifest in sw.js');
const counts = new Map();
for (const url of precached) counts.set(url, (counts.get(url) ?? 0) + 1);
const repeated = [...counts].filter(([, n]) => n > 1).map(([url, n]) => `${url} ×${n}`);
check(repeated.length === 0, `precache lists an entry more than once: ${repeated.join(', ')}`);
const isWorker = (file) => file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file) || /^sw-version\.[\w]+\.js$/.test(file);
const notNeededOffline = (file) => file.startsWith('screenshots/') || file === '_headers' || file.endsWith('.map');
const emitted = listFiles(dist).map((path) => relative(dist, path).split(sep).join('/'));
for (const file of emitted) {
  if (isWorker(file)) check(!counts.has(file), `the worker's own file ${file} is in the precache`);
  else if (!notNeededOffline(file)) check(counts.has(file), `emitted ${file} is not precached`);
}
for (const url of counts.keys()) check(emitted.includes(url), `precache lists ${url}, which the build did not emit`);
const imported = [...sw.matchAll(/importScripts\("([^"]+)"\)/g)].map((m) => m[1]);
for (const file of imported) check(existsSync(join(dist, file)), `sw.js imports ${file}, which is missing`);

// Content-Security-Policy: strict, and every inline <style> block allowed by its hash (never 'unsafe-inline').
const cspMeta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
check(cspMeta !== null, 'index.html has no Content-Security-Policy meta tag');
const csp = cspMeta?.[1] ?? '';
const directive = (name) => new RegExp(`(?:^|;\\s*)${name} ([^;]*)`).exec(csp)?.[1].trim().split(/\s+/) ?? null;
const expected = { 'default-src': "'self'", 'img-src': "'self' data:", 'object-src': "'none'", 'base-uri': "'none'", 'form-action': "'none'" };
for (const [name, value] of Object.entries(expected)) check(directive(name)?.join(' ') === value, `CSP ${name} should be "${value}", is "${directive(name)?.join(' ')}"`);
check(!/unsafe-inline|unsafe-eval|https?:|\*/.test(csp), `CSP allows inline code, eval or another origin: ${csp}`);
check(html.indexOf('http-equiv="Content-Security-Policy"') < html.search(/<(script|style|link)\b/), 'the CSP meta tag must come before any script, style or link');
const styleSrc = directive('style-src') ?? [];
check(styleSrc[0] === "'self'", "CSP style-src must start with 'self'");
for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
  const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  check(styleSrc.includes(hash), `an inline <style> block is not allowed by the CSP (its hash ${hash} is missing)`);
}
// The one inline script is the prerender's chooser (vite-plugins/prerender.ts), allowed by its own hash and nothing else.
const prerenderScripts = [...html.matchAll(/<script data-prerender>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
check(prerenderScripts.length === 1, `index.html should have one <script data-prerender>, has ${prerenderScripts.length}`);
const chooserHash = `'sha256-${createHash('sha256').update(prerenderScripts[0] ?? '', 'utf8').digest('base64')}'`;
check(directive('script-src')?.join(' ') === `'self' ${chooserHash}`, `CSP script-src should be "'self' ${chooserHash}" (the prerender script's hash), is "${directive('script-src')?.join(' ')}"`);
check(!/<script\b(?![^>]*\bsrc=)(?! data-prerender>)[^>]*>\s*\S/.test(html), 'index.html has an inline <script> other than the prerender chooser: script-src allows only files and that hash');
// The first screen is in the page (issue 10, LCP): the home page in both languages and every calculator's intro.
for (const language of ['it', 'en']) {
  check(new RegExp(`<template id="prerender-${language}">[\\s\\S]*?<main id="main"[^>]*><h1`).test(html), `index.html has no prerendered home page in ${language}`);
  for (const id of ['notice', 'leave', 'seniority', 'fixed-term', 'monitoring', 'probation', 'comporto']) {
    check(new RegExp(`<template id="prerender-intro-${language}-${id}"><h1 tabindex="-1">[^<]+</h1> ?<p class="lead calc-intro">[^<]+</p></template>`).test(html), `index.html has no prerendered intro of ${id} in ${language}`);
  }
}
// A link to a calculator asks for its screen's chunks from the start (the chooser's route → files map): every
// calculator has its list, led by its own screen chunk, and every file exists.
const preloads = JSON.parse(/P=(\{.*?\}),f=/.exec(prerenderScripts[0] ?? '')?.[1] ?? '{}');
for (const id of ['notice', 'leave', 'seniority', 'fixed-term', 'monitoring', 'probation', 'comporto']) {
  const files = preloads[id] ?? [];
  check(files.length > 1 && /Screen-[\w-]+\.js$/.test(files[0] ?? ''), `the chooser preloads no screen chunks for #/${id}`);
  for (const file of files) check(existsSync(join(dist, file.replace(/^\/([\w.~-]+\/)*?assets\//, 'assets/'))), `the chooser preloads ${file}, which is not in the build`);
}
check(html.includes('<div id="app"></div>'), 'index.html: #app must stay empty in the markup (the chooser fills it before the first paint)');
const headers = existsSync(join(dist, '_headers')) ? read('_headers') : '';
for (const header of ["frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy: ']) {
  check(headers.includes(header), `${dist}/_headers does not set ${header}`);
}

check(!/skipWaiting\(\)/.test(sw.replace(/addEventListener\("message"[\s\S]*?skipWaiting\(\)/, '')), 'service worker calls skipWaiting() unasked: updates must wait for the prompt');

// Size budgets of issue 10 (deterministic, so part of npm test; Lighthouse timings are in `npm run bench`).
const FIRST_LOAD_BUDGET = 30 * 1024;
const ROUTE_BUDGET = 45 * 1024;
const sizes = bundleSizes(dist);
check(sizes.firstLoad.gzip <= FIRST_LOAD_BUDGET, `first-load JS is ${kib(sizes.firstLoad.gzip)} KiB gzip, over the 30 KiB budget`);
check(sizes.routes.length > 0, 'no calculator screen chunk (<Name>Screen-<hash>.js) found in dist/assets');
for (const route of sizes.routes) {
  check(route.gzip <= ROUTE_BUDGET, `${route.name} route JS is ${kib(route.gzip)} KiB gzip beyond the first load, over the 45 KiB budget (${route.files.join(', ')})`);
  // A screen loads its own engine (src/calculators/<id>.ts), never calculators.ts with all of them.
  const allEngines = route.files.filter((file) => file.startsWith('calculators-'));
  check(allEngines.length === 0, `${route.name} loads ${allEngines.join(', ')}: every engine, not only its own`);
}
console.log(`first-load JS: ${sizes.firstLoad.files.length} file(s), ${kib(sizes.firstLoad.gzip)} KiB gzip (budget 30 KiB)`);
for (const route of sizes.routes) console.log(`  ${route.name} route: ${route.files.length} file(s), ${kib(route.gzip)} KiB gzip (budget 45 KiB)`);
console.log(`all JS: ${sizes.all.files.length} file(s), ${kib(sizes.all.gzip)} KiB gzip; dist total ${(dirSize(dist) / 1024).toFixed(0)} KiB`);
finish();

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function dirSize(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirSize(path) : stat.size);
  }, 0);
}

function finish() {
  if (problems.length) {
    console.error(`build check failed:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`build check: installable, ${precached.length} files precached once each, CSP and headers strict, no third-party origin.`);
  process.exit(0);
}
