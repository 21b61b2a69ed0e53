// The floor page's build: same Svelte plugin and target as the app (vite.config.ts), none of the app.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [svelte()],
  build: { target: 'es2022', outDir: process.env.FLOOR_OUT_DIR ?? fileURLToPath(new URL('../../../dist-floor', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
