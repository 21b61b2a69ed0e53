import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { cspPlugin } from './vite-plugins/csp.ts';
import { prerenderPlugin } from './vite-plugins/prerender.ts';
import { headersPlugin } from './vite-plugins/headers.ts';
import { swVersionPlugin, swVersionScript } from './vite-plugins/sw-version.ts';

/**
 * Modules every calculator screen shares, bundled as one chunk (see build.rolldownOptions); not the lazy source
 * registry nor the absences editor (probation and comporto only), and only the core engine modules all engines use.
 * Not CalcIntro (the shell draws it while a screen loads) nor the archive's parts ("Scegli una persona", "Salva", a reopened case, and their texts): they load in
 * their own chunk after the form (archive/parts.ts); inside the kit they cost every route 5 KiB gzip.
 */
const CALC_KIT = /\/src\/(ui\/components\/calc\/(?!sources\.ts|absences|AbsencesEditor|archive\/|CalcIntro)|calculators\/(run|catalog)\.ts|engine\/core\/(dates|decimal|result|roles|rules|validate|warnings)\.ts|rules\/(rulesets|roles|version)\.ts|ui\/i18n\/messages\/it\/calc\.ts|ui\/pages\/saved\/describe\.ts)|\/node_modules\/fraction\.js\//;

/** The entry stylesheet's name in the build (`assets/index-<hash>.css`); inlined into index.html by inlineEntryCss(). */
const ENTRY_CSS = /^assets\/index-[\w-]+\.css$/;

/**
 * Issue 10: the entry stylesheet (the shell's CSS, ~3 KB gzip) becomes ONE `<style>` block in index.html instead
 * of a render-blocking request. The file stays, emptied to a comment: Vite still lists it among the CSS
 * dependencies of some lazy chunks (which resolveDependencies cannot filter), and a missing file would fail
 * their import; an empty one costs a few bytes once, and never re-applies the rules later in the cascade. The Content-Security-Policy's
 * style-src carries this block's sha256: the CSP plugin hashes the <style> blocks present when its own
 * transformIndexHtml (order 'post') runs, so this plugin is listed before it (same order, earlier in the list).
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'contratto:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="[^"]*?(assets\/[^"]+\.css)"[^>]*>/g)];
        if (links.length !== 1 || !links[0] || !ENTRY_CSS.test(links[0][1] ?? '')) {
          throw new Error(`inlineEntryCss: expected one entry stylesheet assets/index-*.css, found ${links.map((l) => l[1]).join(', ') || 'none'}`);
        }
        const [tag, fileName = ''] = links[0];
        const asset = bundle[fileName];
        if (!asset || asset.type !== 'asset') throw new Error(`inlineEntryCss: ${fileName} is not in the bundle`);
        const css = String(asset.source).trim();
        asset.source = '/* inlined into index.html */\n';
        return html.replace(tag, () => `<style>${css}</style>`);
      },
    },
  };
}

/** The web app manifest link is added by src/pwa/start.ts once the page has loaded: the one vite-plugin-pwa injects goes. */
function manifestAfterLoad(): Plugin {
  return {
    name: 'contratto:manifest-after-load',
    apply: 'build',
    enforce: 'post', // after vite-plugin-pwa's own (enforce 'post') transform, which adds the link
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/\s*<link rel="manifest"[^>]*>/, '') },
  };
}

// Stamped into the bundle so that a production build shows its real version and build day (src/ui/build.ts).
const BUILD_DATE = new Date().toISOString().slice(0, 10);
// The waiting service worker answers GET_VERSION with this (the update prompt names it).
const SW_VERSION = swVersionScript({ version: pkg.version, buildDate: BUILD_DATE, buildId: process.env.VITE_BUILD_ID ?? '' });

/** `BASE_PATH=/app/ npm run build` builds for a sub-path; the manifest's scope, the worker's scope and its fallback follow. */
function basePath(value: string | undefined): string {
  if (!value) return '/';
  if (!/^\/([\w.~-]+\/)*$/.test(value)) throw new Error(`BASE_PATH must start and end with "/" (e.g. /app/), got "${value}"`);
  return value;
}

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __BUILD_DATE__: JSON.stringify(BUILD_DATE) },
  plugins: [
    svelte(),
    inlineEntryCss(), // before cspPlugin: the CSP hashes the <style> block this makes
    prerenderPlugin(), // the first screen as HTML, and the inline script the CSP hashes
    swVersionPlugin(SW_VERSION),
    cspPlugin(),
    headersPlugin(),
    VitePWA({
      // Updates wait for the user's consent: a waiting worker never replaces a half-filled form.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns already finds the icons and favicon: includeAssets or the manifest's icons listed them a second time.
      includeManifestIcons: false,
      manifest: {
        name: 'Contratto in tasca',
        short_name: 'Contratto',
        description: 'Preavviso, ferie, scatti, contratti a termine e controllo a distanza: calcoli spiegati e citati, anche offline.',
        lang: 'it',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5563',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Shown by the richer install dialog; not precached (it is not needed to work offline).
        screenshots: [
          { src: 'screenshots/notice-result.png', sizes: '390x1100', type: 'image/png', form_factor: 'narrow', label: 'Preavviso: risultato spiegato e citato' },
        ],
      },
      workbox: {
        // The manifest is added by the plugin itself (not globbed, or it is listed twice).
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The worker's own imports are stored with the worker by the browser, not precached.
        globIgnores: ['screenshots/**', 'sw-version.*.js'],
        importScripts: [SW_VERSION.fileName],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    manifestAfterLoad(),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // What every calculator screen shares (form and result components, the calculation guard, core engine,
        // rulesets, the Italian calc texts) in one chunk rather than a dozen small requests; each screen adds its own
        // engine and rules (src/calculators/<id>.ts) and nothing else (issue 10).
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'calc-kit', test: CALC_KIT }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // Generous limits: tests wait on events, never on the clock, so a loaded 2-core machine only makes them slower, not wrong.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/engine/**/*.test.ts', 'src/rules/**/*.test.ts', 'src/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/ui/**/*.test.ts', 'src/storage/**/*.test.ts', 'src/pwa/**/*.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
