// Deterministic JavaScript sizes of a production build, shared by the build check and `npm run bench`.
// First-load JS: the scripts and modulepreloads of index.html and every chunk they import statically.
// Route JS: for each calculator screen chunk (`<Name>Screen-<hash>.js`, loaded by the router), that
// chunk and every chunk it imports statically, less what the first load already brought.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g;

export function bundleSizes(dist) {
  const assetsDir = join(dist, 'assets');
  const gzip = new Map();
  const gzipOf = (file) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(assetsDir, file))).length);
    return gzip.get(file);
  };
  const closure = (roots) => {
    const seen = new Set();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.pop();
      if (seen.has(file) || !existsSync(join(assetsDir, file))) continue;
      seen.add(file);
      for (const match of readFileSync(join(assetsDir, file), 'utf8').matchAll(STATIC_IMPORT)) queue.push(match[1]);
    }
    return seen;
  };
  const sum = (files) => [...files].reduce((total, file) => total + gzipOf(file), 0);

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const htmlScripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) =>
    (m[1] ?? m[2]).replace(/^.*\/assets\//, ''),
  );
  const firstLoad = closure(htmlScripts);
  const allJs = readdirSync(assetsDir).filter((file) => file.endsWith('.js'));
  const routes = allJs
    .filter((file) => /^[A-Z][A-Za-z]*Screen-[\w-]+\.js$/.test(file))
    .map((file) => {
      const files = [...closure([file])].filter((f) => !firstLoad.has(f));
      return { name: file.slice(0, file.indexOf('Screen-') + 'Screen'.length), files, gzip: sum(files) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    firstLoad: { files: [...firstLoad], gzip: sum(firstLoad) },
    routes,
    all: { files: allJs, gzip: sum(allJs) },
  };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
