/**
 * npm run bench:engine — the engine workload (engine-workload.ts) in Node, from
 * the source modules (tsx), then bundled for production in Chromium, the app's
 * runtime: the budget is read on that second figure (`npm run bench` too).
 * BENCH_RUNS: timed runs (default 7); BENCH_NODE_ONLY=1 skips Chromium.
 * A benchmark that prints figures, not a timed test.
 */
import { performance } from 'node:perf_hooks';
import { describe, runEngineBench } from './engine-workload';

const runs = Number(process.env.BENCH_RUNS ?? 7);
console.log(describe(runEngineBench(runs, () => performance.now()), `Node ${process.version}, source modules (tsx)`).join('\n'));
if (!process.env.BENCH_NODE_ONLY) {
  const { engineBenchInChromium } = await import('./engine-browser.mjs');
  const { result, browser } = await engineBenchInChromium(runs);
  console.log(describe(result, `${browser}, production bundle (the app's runtime)`).join('\n'));
}
