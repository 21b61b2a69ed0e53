/**
 * Issue 10 (LCP): index.html carries the first screen as HTML, rendered at build time from the app's own
 * components (src/prerender/render.ts, Svelte's server renderer), so a phone paints it before any script
 * has run:
 * - `<template id="prerender-it">` the whole app as it draws the home page in Italian, `prerender-en` in
 *   English (templates are inert: no duplicate ids in the document);
 * - `<template id="prerender-intro-<lang>-<calculator>">` each calculator's title and intro.
 * A small inline script, allowed by its sha256 in the Content-Security-Policy (vite-plugins/csp.ts), runs
 * while the page is parsed, right after the templates and before the first paint: it picks the language
 * exactly as the app will (locale.svelte.ts: stored choice, then the browser's first it/en tag, else
 * Italian), puts that copy in the empty `#app` and, for a link to another route (index.html is the same
 * for every hash), that calculator's intro in its `<main>`, or nothing. `#app` itself stays empty in the
 * markup, so a paint while the page is still arriving never shows the home page for another route.
 * A page the service worker serves (a repeat visit: every chunk is on the device) is left empty: there the
 * scripts arrive at once and drawing the markup first only made the form come later (the first layout was
 * done twice; 300 → 460 ms to a usable form at 4× CPU slowdown, offline). The prerender is for the visit
 * that waits on the network. src/main.ts mounts the app over this markup in one task, once the route's screen is loaded.
 * Only the build does this; `vite` (dev) serves the empty page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type ResolvedConfig } from 'vite';

interface Prerendered {
  app: string;
  intros: Record<string, string>;
}
interface RenderModule {
  prerender(language: 'it' | 'en'): Promise<Prerendered>;
  OTHER_ROUTES: readonly string[];
  LOCALE_STORAGE_KEY: string;
}

const LANGUAGES = ['it', 'en'] as const;
const EMPTY_APP = '<div id="app"></div>';

/**
 * The script that chooses the prerendered view; `routes` are the routes other than the home. Plain ES5 with no
 * HTML-string sink (Trusted Types): it clones inert templates. Mirrors detectLocale() and parseHash(); a unit test
 * runs it against both (tests/unit/prerender.test.ts). First, on every visit, it asks for the linked route's
 * chunks (`preloads`: route → files, `<link rel="modulepreload">`), so they arrive while the page and the entry
 * script are still on their way instead of after the entry has run.
 */
export function chooserScript(routes: readonly string[], storageKey: string, preloads: Record<string, readonly string[]> = {}): string {
  return `(function(){var d=document,h=location.hash,r=h.indexOf('#/')===0?h.slice(2).split('?')[0]:'',P=${JSON.stringify(preloads)},f=Object.prototype.hasOwnProperty.call(P,r)?P[r]:[];
for(var k=0;k<f.length;k++){var q=d.createElement('link');q.rel='modulepreload';q.href=f[k];d.head.appendChild(q)}
var a=d.getElementById('app'),w=navigator.serviceWorker,l=null;if(w&&w.controller)return;try{l=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}
if(l!=='it'&&l!=='en'){l='it';var n=navigator,t=n.languages&&n.languages.length?n.languages:[n.language];for(var i=0;i<t.length;i++){var p=String(t[i]).toLowerCase().split('-')[0];if(p==='it'||p==='en'){l=p;break}}}
var e=d.getElementById('prerender-'+l);if(!e)return;a.replaceChildren(e.content.cloneNode(true));a.setAttribute('data-prerendered','');d.documentElement.lang=l;
if(${JSON.stringify(routes)}.indexOf(r)>=0){var m=a.querySelector('main'),x=d.getElementById('prerender-intro-'+l+'-'+r);if(m){m.replaceChildren();if(x)m.append(x.content.cloneNode(true))}}})();`;
}

/** The route a lazily loaded screen serves, from its file: `calculators/fixed-term/FixedTermScreen.svelte` → `fixed-term`, `pages/Saved.svelte` → `saved`. */
export function routeOfModule(id: string | null | undefined): string | null {
  if (!id) return null;
  const screen = /\/src\/ui\/calculators\/([\w-]+)\/\w+Screen\.svelte$/.exec(id);
  if (screen) return screen[1] ?? null;
  const page = /\/src\/ui\/pages\/(\w+)\.svelte$/.exec(id);
  return page?.[1] ? page[1].toLowerCase() : null;
}

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: string[];
  dynamicImports?: string[];
}

/** Route → the files its screen needs at once: its chunk and what that imports statically, less the entry. */
export function routePreloads(bundle: Record<string, BundleChunk>, base: string, routes: readonly string[]): Record<string, string[]> {
  const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) return {};
  const preloads: Record<string, string[]> = {};
  for (const name of entry.dynamicImports ?? []) {
    const chunk = bundle[name];
    const route = routeOfModule(chunk?.facadeModuleId);
    if (!chunk || !route || !routes.includes(route)) continue;
    const files = new Set<string>();
    const visit = (fileName: string) => {
      if (fileName === entry.fileName || files.has(fileName)) return;
      files.add(fileName);
      for (const imported of bundle[fileName]?.imports ?? []) visit(imported);
    };
    visit(chunk.fileName);
    preloads[route] = [...files].map((file) => `${base}${file}`);
  }
  return preloads;
}

/** The page with the prerendered app, its templates and the chooser in place of the empty `#app`. */
export function withPrerender(
  html: string,
  rendered: Record<'it' | 'en', Prerendered>,
  routes: readonly string[],
  storageKey: string,
  preloads: Record<string, readonly string[]> = {},
): string {
  if (!html.includes(EMPTY_APP)) throw new Error(`prerender: index.html has no ${EMPTY_APP}`);
  const templates = [
    ...LANGUAGES.map((language) => `<template id="prerender-${language}">${rendered[language].app}</template>`),
    ...LANGUAGES.flatMap((language) =>
      Object.entries(rendered[language].intros).map(([id, intro]) => `<template id="prerender-intro-${language}-${id}">${intro}</template>`),
    ),
  ];
  const markup = [EMPTY_APP, ...templates, `<script data-prerender>${chooserScript(routes, storageKey, preloads)}</script>`].join('\n    ');
  return html.replace(EMPTY_APP, () => markup);
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'contratto:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const outDir = mkdtempSync(join(tmpdir(), 'contratto-prerender-'));
        try {
          // The app's own components, compiled for the server with the same base and stamped constants (version, build day).
          await build({
            root: config.root,
            base: config.base,
            configFile: false,
            logLevel: 'warn',
            define: config.define,
            plugins: [svelte()],
            ssr: { noExternal: true },
            build: { ssr: join(config.root, 'src/prerender/render.ts'), outDir, emptyOutDir: true, write: true, minify: false },
          });
          const module = (await import(pathToFileURL(join(outDir, 'render.js')).href)) as RenderModule;
          const rendered = { it: await module.prerender('it'), en: await module.prerender('en') };
          const preloads = context.bundle ? routePreloads(context.bundle as Record<string, BundleChunk>, config.base, module.OTHER_ROUTES) : {};
          return withPrerender(html, rendered, module.OTHER_ROUTES, module.LOCALE_STORAGE_KEY, preloads);
        } finally {
          rmSync(outDir, { recursive: true, force: true });
        }
      },
    },
  };
}
