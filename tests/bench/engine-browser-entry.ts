// Bundled by engine-browser.mjs as the app's calculators are bundled; the page calls the global it leaves.
import { runEngineBench } from './engine-workload';

(globalThis as Record<string, unknown>).__engineBench = (runs: number) => runEngineBench(runs, () => performance.now());
