import { mount } from 'svelte';
import App from './App.svelte';
import { allowOwnWorkerScripts } from './pwa/scriptPolicy';
import { startAfterLoad } from './pwa/start';
import { afterFirstContentfulPaint, afterNextFrame } from './pwa/afterPaint';
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
const screenLoaded = routeDef(router.current.id).load?.().catch(() => undefined);

// The built index.html already shows the first screen (vite-plugins/prerender.ts): the home page, or the
// calculator's title and intro. The app replaces it in one task once what it would otherwise draw in its place
// ("Caricamento…") is no longer needed: the route's screen loaded (or failed to). English texts are not in the
// first-load chunk: an English user waits for them (one small chunk); offline without that chunk, Italian texts
// stand in. (No top-level await: it would make the bundler split the entry into several chunks.)
const prerendered = target.hasAttribute('data-prerendered');
// The markup is replaced only once its paint is reported: an element removed before that is forgotten as the
// largest contentful paint, and the app's identical copy, drawn later, counted instead.
const prerenderPainted = prerendered ? new Promise<void>((resolve) => afterFirstContentfulPaint(resolve)) : undefined;
void Promise.all([localeReady().catch(() => undefined), prerendered ? screenLoaded : undefined, prerenderPainted])
  // The screen registered its English texts when it loaded: they too, before the app draws its intro in English.
  .then(() => localeReady().catch(() => undefined))
  .then(() => {
    // A tap on a prerendered link before this point changed the hash without the router hearing it.
    router.sync();
    target.replaceChildren();
    target.removeAttribute('data-prerendered');
    mount(App, { target });
    // The service worker, its chunk and the manifest wait for the app's first frame: with the first screen
    // prerendered, the first paint comes before the app, and registering then delayed the form (issue 10).
    afterNextFrame(startAfterLoad);
  });
