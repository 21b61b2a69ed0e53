import { mount } from 'svelte';
import App from './App.svelte';
import { allowOwnWorkerScripts } from './pwa/scriptPolicy';
import { startAfterLoad } from './pwa/start';
import { localeReady } from './ui/i18n/locale.svelte';
import { routeDef, router } from './ui/router.svelte';
import './ui/styles.css';

// Trusted Types: the page may create only its own worker scripts, from the start (CSP require-trusted-types-for).
allowOwnWorkerScripts();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// A link that lands on a screen (#/notice…) starts fetching that screen's chunks now, before the first render,
// instead of after it (issue 10); the home page loads nothing more. App.svelte's import of the same module
// reuses this request.
void routeDef(router.current.id).load?.().catch(() => undefined);

// English texts are not in the first-load chunk: an English user waits for them (one small chunk) before the
// first render; offline without that chunk, Italian texts stand in. (No top-level await: it would make the
// bundler split the entry into several chunks.)
void localeReady()
  .catch(() => undefined)
  .then(() => mount(App, { target }));

startAfterLoad();
