/**
 * A tiny static server for the specs that need more than the e2e web server: it serves a build
 * folder under a base path and can switch folder while running (a new build deployed on the same
 * origin), or answer 404 for chosen files (a deploy that lost an asset). It listens on a free port
 * and registers its origin with the security guard.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { allowOrigin } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface StaticServer {
  /** Origin plus base path, e.g. http://localhost:40123/app/ */
  readonly url: string;
  /** The build folder served now; assign another to "deploy" it. */
  root: string;
  /** Paths below the base (e.g. "assets/index-abc.js") answered with 404. */
  readonly missing: Set<string>;
  /** Every path requested, in order (below the base, without query). */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(root: string, base = '/'): Promise<StaticServer> {
  const state = { root, missing: new Set<string>(), requests: [] as string[] };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) return send(response, 404, 'outside the base path');
      const relativePath = path.slice(base.length) || 'index.html';
      state.requests.push(relativePath);
      if (state.missing.has(relativePath)) return send(response, 404, 'missing');
      const file = normalize(join(state.root, relativePath));
      if (!file.startsWith(normalize(state.root) + sep)) return send(response, 404, 'outside the root');
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(body);
      } catch {
        send(response, 404, 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}${base}`;
  allowOrigin(url);
  return {
    url,
    get root() {
      return state.root;
    },
    set root(value: string) {
      state.root = value;
    },
    missing: state.missing,
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}

function send(response: import('node:http').ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** Builds the app into `outDir` with extra environment (VITE_BUILD_ID, BASE_PATH); about 10–30 s on this machine. */
export async function buildInto(outDir: string, env: Record<string, string>): Promise<void> {
  const { execFile } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    execFile('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd, env: { ...process.env, ...env }, timeout: 180_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`build into ${outDir} failed: ${stderr}`)) : resolve(),
    );
  });
}
