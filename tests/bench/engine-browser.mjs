// The engine workload bundled by Vite (production minifier) and run in headless Chromium, where the
// calculators and the deadline board's Web Workers run for users. Used by engine.bench.ts and run.mjs.
// The page runs the workload as it loads and writes the figures into itself; `chromium --dump-dom` prints it.
// No DevTools session is attached: with Playwright's attached, every thrown refusal cost more (notice and
// seniority, a quarter of whose inputs are refused, came out 20-30 % slower than in a plain browser).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

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
  const executable = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!executable) throw new Error('the engine benchmark in Chromium needs Chromium: apt-get install -y chromium, or set CHROME_PATH.');

  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  try {
    const run = `const result = globalThis.__engineBench(${Number(runs)}); document.getElementById('out').textContent = JSON.stringify(result);`;
    const page = `<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module">${chunks[0].code.replaceAll('</script', '<\\/script')}\n${run}</script>`;
    const file = join(dir, 'bench.html');
    writeFileSync(file, page);
    const shown = spawnSync(executable, [...CHROME_FLAGS, `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', pathToFileURL(file).href], {
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const text = /<pre id="out">([^<]*)<\/pre>/.exec(shown.stdout ?? '')?.[1];
    if (!text) throw new Error(`Chromium printed no result (exit ${shown.status}): ${(shown.stderr ?? '').slice(-500)}`);
    const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return { result: JSON.parse(text.replaceAll('&quot;', '"').replaceAll('&amp;', '&')), browser: version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
