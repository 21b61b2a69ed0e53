/**
 * npm run bench:storage — the archive and the deadline board with 10,000 people, in Chromium against a
 * built app (real IndexedDB, no fakes). Prints each figure with its target (issue 9) and whether it is met;
 * a benchmark that prints figures, not a timed test.
 *
 *   import      a generated backup of 10,000 people and 100 units: choosing the file until the preview
 *               is shown (whole-file check), then "Importa" until "Backup importato." (one transaction)
 *   dashboard   reading and checking the records, then computing the board (marks set by Deadlines.svelte)
 *   first list  from the board's data being ready to the first list screen painted
 *   scroll      the list scrolled by 60 px a frame for 240 frames: the longest frame (requestAnimationFrame
 *               deltas) and long-animation-frame entries over 50 ms
 *   typing      a name typed into the filter, one key a time: the longest frame meanwhile
 *
 * BENCH_PORT (default 4192; 4190 is a port browsers refuse) and BENCH_OUT_DIR (default dist-bench) keep it off other servers and builds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { ROLES, RULES_VERSION, type RulesetId } from '../../src/calculators';
import { canonicalJson, sha256Hex } from '../../src/storage/canonical';
import { FORMAT_NAME, FORMAT_VERSION } from '../../src/storage/backup';

const PEOPLE = 10_000;
const UNITS = 100;
const PORT = Number(process.env.BENCH_PORT ?? 4192);
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'dist-bench';
const root = fileURLToPath(new URL('../..', import.meta.url));
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));

let seed = 20261202;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const iso = (day: number) => new Date(Date.UTC(1996, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
const todayDay = Math.floor((Date.now() - Date.UTC(1996, 0, 1)) / 86_400_000);

async function backupText(): Promise<string> {
  const stamp = new Date().toISOString();
  const people = Array.from({ length: PEOPLE }, (_, index) => {
    const ruleset = pick<RulesetId>(['confcommercio-tds', 'confcommercio-tds', 'unimpresa-vvp-2021', 'statute']);
    const roles = ROLES[ruleset] ?? [];
    const schedule = pick([{ kind: 'full-time' }, { kind: 'full-time' }, { kind: 'vertical', daysPerWeek: 3 }, { kind: 'horizontal', percent: 62.5 }]);
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      label: `Persona ${index + 1}`,
      ruleset,
      ...(roles.length > 0 ? { role: pick(roles) } : {}),
      hireDate: iso(Math.floor(random() * (todayDay - 30))),
      schedule,
      companyEmployees: Math.floor(random() * 60),
      ...(index % 8 === 0 ? { contractEndDate: iso(todayDay + Math.floor(random() * 200)) } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const units = Array.from({ length: UNITS }, (_, index) => ({
    id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
    label: `Unità ${index + 1}`,
    ruleset: pick(['confcommercio-tds', 'unimpresa-vvp-2021', 'statute']),
    permanentHeadcount: 5 + Math.floor(random() * 200),
    fixedTermInForce: Math.floor(random() * 20),
    agencyInForce: Math.floor(random() * 5),
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const data = { people, units, savedCases: [], settings: [] };
  const file = { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, rulesVersion: RULES_VERSION, exportedAt: stamp, appVersion: 'bench', checksum: await sha256Hex(canonicalJson(data)), data };
  return JSON.stringify(file);
}

function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--logLevel', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_BUILD_ID: 'bench' } });
  if (result.status !== 0) throw new Error('vite build failed');
}

const ORIGIN = `http://127.0.0.1:${PORT}`;

function serve(): ChildProcess {
  return spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on port ${PORT}`);
}

// In-page scripts as text: tsx would wrap named functions in a helper that does not exist in the page.
const START_PROBE = `(() => {
  const probe = { deltas: [], long: [], running: true };
  window.probe = probe;
  let last = performance.now();
  const tick = (now) => { probe.deltas.push(now - last); last = now; if (probe.running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => probe.long.push(entry.duration))).observe({ type: 'long-animation-frame', buffered: false });
  } catch {}
})()`;
const STOP_PROBE = `(() => {
  const probe = window.probe;
  probe.running = false;
  const deltas = probe.deltas.slice(1);
  return { longest: Math.max(0, ...deltas, ...probe.long), longFrames: probe.long.filter((d) => d > 50).length, frames: deltas.length };
})()`;
const SCROLL = `new Promise((resolve) => {
  let frames = 0;
  const step = () => { window.scrollBy(0, 60); frames += 1; if (frames < 240) requestAnimationFrame(step); else resolve(); };
  requestAnimationFrame(step);
})`;

const WATCH_IMPORT = `(() => {
  const times = {};
  window.importTimes = times;
  document.addEventListener('change', () => { times.chosen ??= performance.now(); }, true);
  document.addEventListener('click', (event) => { if (event.target.closest('button')?.textContent.trim() === 'Importa') times.clicked = performance.now(); }, true);
  const observer = new MutationObserver(() => {
    const text = document.querySelector('main')?.textContent ?? '';
    if (times.previewed === undefined && text.includes('Il file contiene')) times.previewed = performance.now();
    if (times.written === undefined && text.includes('Backup importato.')) { times.written = performance.now(); observer.disconnect(); }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/** Frame lengths while `action` runs: requestAnimationFrame deltas and long-animation-frame entries (Chromium 123+). */
async function framesDuring(page: Page, action: () => Promise<unknown>): Promise<{ longest: number; longFrames: number; frames: number }> {
  await page.evaluate(START_PROBE);
  await action();
  return page.evaluate<{ longest: number; longFrames: number; frames: number }>(STOP_PROBE);
}

const mark = (page: Page, name: string) => page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? NaN`);

function line(name: string, value: number, target: number, unit = 'ms', note = ''): void {
  const met = value < target ? 'met' : 'NOT met';
  console.log(`  ${name.padEnd(26)} ${value.toFixed(0).padStart(6)} ${unit}   target < ${target} ${unit}   ${met}${note ? `   (${note})` : ''}`);
}

async function main(): Promise<void> {
  if (!chrome) throw new Error('bench:storage needs Chromium (set CHROME_PATH)');
  build();
  const server = serve();
  const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    await waitForServer();
    // bypassCSP: the probes below are scripts of the harness, which the page's strict CSP would refuse (string predicates are eval).
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'it-IT', serviceWorkers: 'block', bypassCSP: true });
    const text = await backupText();
    await page.goto(`${ORIGIN}/#/saved`);
    await page.getByRole('heading', { level: 1, name: 'Archivio' }).waitFor();

    // Timed in the page: from the file input's change (or the click on "Importa") to the text that answers it,
    // seen by a MutationObserver as soon as it is in the DOM, before the Archivio redraws its lists.
    await page.evaluate(WATCH_IMPORT);
    await page.getByLabel('Importa backup').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction('window.importTimes.previewed !== undefined', null, { timeout: 120_000 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await page.waitForFunction('window.importTimes.written !== undefined', null, { timeout: 120_000 });
    // The Archivio draws 50 records at a time and says how many of all it shows.
    await page.getByText(`Mostrati 50 su ${PEOPLE.toLocaleString('it-IT')}.`).first().waitFor({ timeout: 120_000 });
    const untilListed = Date.now() - started;
    const times = await page.evaluate<{ chosen: number; previewed: number; clicked: number; written: number }>('window.importTimes');
    const check = times.previewed - times.chosen;
    const write = times.written - times.clicked;

    await page.goto(`${ORIGIN}/#/deadlines`);
    await page.getByRole('heading', { level: 1, name: 'Scadenze' }).waitFor();
    await page.waitForFunction("performance.getEntriesByName('cit:board-painted').length > 0", null, { timeout: 60_000 });
    const [start = NaN, read = NaN, workersDone = NaN, computed = NaN, ready = NaN, painted = NaN] = await Promise.all(
      ['cit:board-start', 'cit:board-read', 'cit:board-workers-done', 'cit:board-computed', 'cit:board-ready', 'cit:board-painted'].map((name) => mark(page, name)),
    );
    const rows = await page.getByRole('listitem').first().getAttribute('aria-setsize');
    const workers = await page.evaluate<number>("performance.getEntriesByName('cit:board-ready')[0]?.detail?.workers ?? 0");

    await page.getByRole('list', { name: 'Scadenze in ordine di data' }).scrollIntoViewIfNeeded();
    const scroll = await framesDuring(page, () => page.evaluate(SCROLL));
    await page.evaluate('window.scrollTo(0, 0)');
    const typing = await framesDuring(page, async () => {
      await page.getByLabel('Persona o unità produttiva').pressSequentially('Persona 12', { delay: 30 });
      await page.waitForTimeout(200);
    });

    console.log(`bench:storage — ${PEOPLE.toLocaleString('en')} people and ${UNITS} units, Chromium ${browser.version()}, 360×800, built app on port ${PORT}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    line('import: check + preview', check, 2000, 'ms', 'whole file checked before any write');
    line('import: write', write, 2000);
    line('import: total', check + write, 2000);
    console.log(`  ${'import: until listed'.padEnd(26)} ${untilListed.toFixed(0).padStart(6)} ms   (the Archivio listing its first 50 of ${PEOPLE.toLocaleString('en')} people; no target)`);
    console.log(`  ${'read and check records'.padEnd(26)} ${(read - start).toFixed(0).padStart(6)} ms   (IndexedDB + record check, no target)`);
    line('dashboard computation', ready - read, 250, 'ms', `${rows ?? '?'} items, ${workers > 0 ? `${workers} Web Workers` : 'main thread in slices'}, sorted`);
    if (workers > 0) console.log(`  ${'  of which in workers'.padEnd(26)} ${(workersDone - read).toFixed(0).padStart(6)} ms   (start-up, copies both ways, the engines)`);
    console.log(`  ${'  of which sorting'.padEnd(26)} ${(ready - computed).toFixed(0).padStart(6)} ms`);
    line('first list screen', painted - ready, 100, 'ms', 'after the data is ready');
    line('scroll: longest frame', scroll.longest, 50, 'ms', `${scroll.frames} frames, ${scroll.longFrames} long animation frames > 50 ms`);
    line('typing: longest frame', typing.longest, 50, 'ms', `${typing.longFrames} long animation frames > 50 ms`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
