import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { cspPlugin } from './vite-plugins/csp.ts';
import { headersPlugin } from './vite-plugins/headers.ts';
import { swVersionPlugin, swVersionScript } from './vite-plugins/sw-version.ts';

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
  ],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
  test: {
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
