#!/usr/bin/env node
// npm run bench — the app measured side by side with an empty Svelte + Vite page (the floor, tests/bench/floor/)
// built the same way. Builds both, serves both with vite preview, then:
// - Lighthouse 12 (mobile, simulated throttling), runs alternating floor / home / `/#/notice`, medians;
// - the offline repeat visit of every calculator route at 4× CPU slowdown (Playwright + CDP): time from
//   navigation start until the form's first field is in the page and enabled;
// - first-load JS and each calculator route's JS, gzip, from the build (tests/build/bundle-sizes.mjs);
// - the engine benchmark (tests/bench/engine-workload.ts) in Chromium from the production bundle, and in Node.
// Prints one table (figure, floor, ratio, budget, met) and writes it to tests/bench/RESULTS.md.
// A benchmark that prints figures: timings on a shared machine are noisy, so the header gives the load average.
// Env: BENCH_RUNS (Lighthouse runs per page, default 3), BENCH_PORT (app; the floor uses BENCH_PORT + 1, default 4186),
// BENCH_SKIP_BUILD=1 (reuse dist-bench/ and dist-floor/), CHROME_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { bundleSizes, kib } from '../build/bundle-sizes.mjs';
import { engineBenchInChromium } from './engine-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const APP_DIR = 'dist-bench';
const FLOOR_DIR = 'dist-floor';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const APP_PORT = Number(process.env.BENCH_PORT ?? 4186);
const FLOOR_PORT = APP_PORT + 1;
const OFFLINE_RUNS = 5;
/** `FixedTermScreen` → `fixed-term`: the route of a calculator screen chunk. */
const routeOf = (screenName) => screenName.replace(/Screen$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromePath) {
  console.error('npm run bench needs Chromium: apt-get install -y chromium, or set CHROME_PATH.');
  process.exit(1);
}

/**
 * Share of the last minute in which some task waited for a CPU (Linux pressure stall information), or null.
 * On a virtual machine the host's other guests show here even when the load average is low: at 40 % every
 * timing of this run came out about twice as long as on a quiet machine.
 */
const cpuPressure = () => {
  try {
    return Number(/some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
};
const loadAtStart = loadavg();
const pressureAtStart = cpuPressure();
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  return result.stdout;
};

if (!process.env.BENCH_SKIP_BUILD) {
  console.log('building the app and the floor page…');
  run('npx', ['vite', 'build', '--outDir', APP_DIR, '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--config', 'tests/bench/floor/vite.config.ts'], { FLOOR_OUT_DIR: `${root}/${FLOOR_DIR}` });
}

const app = await preview({ root, build: { outDir: APP_DIR }, preview: { port: APP_PORT, strictPort: true }, logLevel: 'warn' });
const floor = await preview({ root, configFile: false, build: { outDir: FLOOR_DIR }, preview: { port: FLOOR_PORT, strictPort: true }, logLevel: 'warn' });
const APP = `http://localhost:${APP_PORT}`;
const FLOOR = `http://localhost:${FLOOR_PORT}`;

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const { categories, audits } = result.lhr;
    return {
      perf: categories.performance.score,
      a11y: categories.accessibility.score,
      bp: categories['best-practices'].score,
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    await chrome.kill();
  }
}

const pages = { floor: `${FLOOR}/`, home: `${APP}/`, notice: `${APP}/#/notice` };
const samples = { floor: [], home: [], notice: [] };
for (let i = 1; i <= RUNS; i += 1) {
  for (const [name, url] of Object.entries(pages)) {
    process.stdout.write(`lighthouse run ${i}/${RUNS}: ${name}… `);
    samples[name].push(await lighthouseRun(url));
    const last = samples[name].at(-1);
    console.log(`perf ${last.perf} LCP ${Math.round(last.lcp)} ms CLS ${last.cls.toFixed(3)}`);
  }
}
const lh = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [name, Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((s) => s[key]))]))]),
);

/** Milliseconds from navigation start until a form field is in `#main` (or `main` on the floor) and enabled. */
const INTERACTIVE_PROBE = () => {
  const found = () => document.querySelector('main :is(input, select, textarea, button):not(:disabled)');
  const observer = new MutationObserver(() => {
    if (!window.__interactiveAt && found()) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
};

async function repeatVisit(browser, origin, paths, { offline }) {
  const context = await browser.newContext({ locale: 'it-IT', serviceWorkers: 'allow' });
  const warm = await context.newPage();
  await warm.goto(`${origin}/`);
  if (offline) {
    // First visit: the service worker installs and precaches every asset (as a real first visit would).
    await warm.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('no active service worker');
    });
    await warm.waitForFunction(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).some((n) => n > 20));
    await context.setOffline(true);
  }
  await warm.close();
  const results = {};
  for (const path of paths) {
    const times = [];
    for (let i = 0; i < OFFLINE_RUNS; i += 1) {
      const page = await context.newPage();
      await page.addInitScript(INTERACTIVE_PROBE);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => window.__interactiveAt !== undefined, undefined, { timeout: 15_000 });
      times.push(await page.evaluate(() => window.__interactiveAt));
      await page.close();
    }
    results[path] = median(times);
  }
  await context.close();
  return results;
}

console.log('offline repeat visits at 4× CPU slowdown…');
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new') });
const routePaths = bundleSizes(APP_DIR).routes.map((route) => `/#/${routeOf(route.name)}`);
const offlineApp = await repeatVisit(browser, APP, routePaths, { offline: true });
const floorRepeat = (await repeatVisit(browser, FLOOR, ['/'], { offline: false }))['/'];
await browser.close();
await app.close();
await floor.close();

console.log('engine benchmark…');
// Node from the source modules (a quick figure while working), Chromium from the production bundle (the budget:
// the app's runtime, where the board's Web Workers run the same engines).
const engineNodeOut = run('npx', ['tsx', 'tests/bench/engine.bench.ts'], { BENCH_NODE_ONLY: '1' });
const engineNode = Number(/five calculators\s+([\d.]+) ms/.exec(engineNodeOut)?.[1]);
const { result: engine } = await engineBenchInChromium(7);

const appSizes = bundleSizes(APP_DIR);
const floorSizes = bundleSizes(FLOOR_DIR);
const loadAtEnd = loadavg();
const pressureAtEnd = cpuPressure();

// ── the table ──
const rows = [];
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const score = (v) => (Number.isFinite(v) ? v.toFixed(2) : 'n/a');
const ratio = (v, f) => (Number.isFinite(v) && Number.isFinite(f) && f > 0 ? `${(v / f).toFixed(2)} ×` : '');
const row = (figure, value, floorValue, text, budget, met) => rows.push({ figure, value: text(value), floor: floorValue === undefined ? '' : text(floorValue), ratio: floorValue === undefined ? '' : ratio(value, floorValue), budget, met: met === undefined ? '' : met ? 'met' : 'NOT MET' });

row('home: performance', lh.home.perf, lh.floor.perf, score, '≥ 0.98', lh.home.perf >= 0.98);
row('home: accessibility', lh.home.a11y, lh.floor.a11y, score, '= 1.00', lh.home.a11y === 1);
row('home: best practices', lh.home.bp, lh.floor.bp, score, '≥ 0.95', lh.home.bp >= 0.95);
row('home: FCP', lh.home.fcp, lh.floor.fcp, ms, '', undefined);
row('home: LCP', lh.home.lcp, lh.floor.lcp, ms, '≤ 1.2 × floor', lh.home.lcp <= 1.2 * lh.floor.lcp);
row('home: CLS', lh.home.cls, lh.floor.cls, (v) => v.toFixed(3), '0 (to 3 decimals)', lh.home.cls < 0.0005);
row('home: TBT', lh.home.tbt, lh.floor.tbt, ms, '', undefined);
row('first-load JS (gzip)', appSizes.firstLoad.gzip, floorSizes.firstLoad.gzip, (v) => `${kib(v)} KiB`, '≤ 30 KiB', appSizes.firstLoad.gzip <= 30 * 1024);
row('/#/notice opened directly: performance', lh.notice.perf, lh.floor.perf, score, '≥ 0.98', lh.notice.perf >= 0.98);
row('/#/notice: accessibility', lh.notice.a11y, lh.floor.a11y, score, '', undefined);
row('/#/notice: FCP', lh.notice.fcp, lh.floor.fcp, ms, '', undefined);
row('/#/notice: LCP', lh.notice.lcp, lh.floor.lcp, ms, '≤ 1.8 × floor', lh.notice.lcp <= 1.8 * lh.floor.lcp);
row('/#/notice: CLS', lh.notice.cls, lh.floor.cls, (v) => v.toFixed(3), '', undefined);
for (const route of appSizes.routes) {
  const id = routeOf(route.name);
  row(`route JS #/${id} (gzip, beyond first load)`, route.gzip, undefined, (v) => `${kib(v)} KiB`, '≤ 45 KiB', route.gzip <= 45 * 1024);
}
for (const [path, value] of Object.entries(offlineApp)) {
  row(`offline repeat visit ${path}, 4× CPU: interactive`, value, floorRepeat, ms, '≤ 150 ms', value <= 150);
}
row('engines in Chromium, production bundle: 10,000 people × 5 calculators', engine.five, undefined, ms, '≤ 150 ms', engine.five <= 150);
row('engines in Chromium: 10,000 × probation + comporto (issue 11)', engine.pair, undefined, ms, '< 200 ms', engine.pair < 200);
row('engines in Node 20, source modules (tsx): 10,000 × 5 calculators', engineNode, undefined, ms, '', undefined);

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const chromeVersion = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
const load = (l) => l.map((v) => v.toFixed(2)).join(' / ');
const header = [
  `npm run bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}, Node ${process.version}, ${chromeVersion}, ${cpus().length} CPUs`,
  `Lighthouse 12 mobile (simulated throttling), medians of ${RUNS} runs alternating floor / home / notice; offline visits: medians of ${OFFLINE_RUNS}.`,
  `Load average (1/5/15 min) at start ${load(loadAtStart)}, at end ${load(loadAtEnd)}; CPU pressure (share of the last minute a task waited for a CPU) ${[pressureAtStart, pressureAtEnd].map((p) => (Number.isFinite(p) ? `${p.toFixed(0)} %` : 'n/a')).join(' → ')}: the machine is shared, timings are noisy (the Lighthouse figures are simulated, the others are not).`,
  `Floor: empty Svelte + Vite page (tests/bench/floor/); its offline column is its cached repeat visit (it has no service worker).`,
];
const widths = ['figure', 'value', 'floor', 'ratio', 'budget', 'met'].map((key) => Math.max(key.length, ...rows.map((r) => r[key].length)));
const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
const table = [
  line(['figure', 'value', 'floor', 'ratio', 'budget', 'met']),
  line(widths.map((w) => '-'.repeat(w))),
  ...rows.map((r) => line([r.figure, r.value, r.floor, r.ratio, r.budget, r.met])),
];
const notMet = rows.filter((r) => r.met === 'NOT MET').length;
const summary = notMet === 0 ? 'Every budget met.' : `${notMet} budget(s) not met.`;
console.log(`\n${header.join('\n')}\n\n${table.join('\n')}\n\n${summary}`);
writeFileSync(
  fileURLToPath(new URL('RESULTS.md', import.meta.url)),
  `# Last \`npm run bench\`\n\n${header.join('  \n')}\n\n${table.join('\n')}\n\n${summary}\n`,
);
