/**
 * Lets a waiting service worker say which version it brings: a small script,
 * imported by the generated sw.js (workbox `importScripts`), answers a
 * `{ type: 'GET_VERSION' }` message on the port it is given. Its file name
 * carries a hash of its content, so a new build's worker never imports the
 * previous build's answer from the HTTP cache.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export interface BuildVersion {
  version: string;
  /** Civil day of the build, YYYY-MM-DD (UTC). */
  buildDate: string;
  /** Optional label of this build (VITE_BUILD_ID), empty when unset. */
  buildId: string;
}

export function swVersionScript(version: BuildVersion): { fileName: string; source: string } {
  const source = `// Generated at build time (vite-plugins/sw-version.ts): the version this worker serves.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'GET_VERSION' && event.ports[0]) event.ports[0].postMessage(${JSON.stringify(version)});
});
`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `sw-version.${hash}.js`, source };
}

export function swVersionPlugin(script: { fileName: string; source: string }): Plugin {
  return {
    name: 'contratto:sw-version',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: script.fileName, source: script.source });
    },
  };
}
