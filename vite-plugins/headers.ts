/**
 * public/_headers (Netlify / Cloudflare Pages) is written for a build served at the root. A build for
 * a sub-path (BASE_PATH=/app/) gets its path rules moved under that path, so `/sw.js` becomes
 * `/app/sw.js`; the headers themselves are unchanged.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Path rules are the unindented, non-comment lines starting with "/". */
export function rebaseHeaders(text: string, base: string): string {
  if (base === '/') return text;
  return text.replace(/^\/(?=\S*$)/gm, base);
}

export function headersPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'contratto:headers',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const file = join(config.build.outDir, '_headers');
      if (existsSync(file)) writeFileSync(file, rebaseHeaders(readFileSync(file, 'utf8'), config.base));
    },
  };
}
