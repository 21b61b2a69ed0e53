/**
 * Content-Security-Policy for the built index.html (a <meta http-equiv>, so it
 * travels with any static host). Inserted by transformIndexHtml (order 'post'),
 * refreshed on the emitted page (generateBundle, order 'post'): it hashes every
 * inline <style> block that exists by then, so inlined
 * critical CSS is allowed by its SHA-256 and never by 'unsafe-inline'. The one
 * inline script the build writes (`<script data-prerender>`, which picks the
 * prerendered view: vite-plugins/prerender.ts) is allowed by its SHA-256 too.
 * Any other inline script, inline handler or style attribute is refused at
 * build time: the policy could not allow it without weakening script-src / style-src.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The directives that do not depend on the page's content (frame-ancestors cannot be set by <meta>: see public/_headers). */
export const CSP_FIXED = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // Svelte's template cloning goes through its own policy; the default policy only admits the service worker script.
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['svelte-trusted-html', 'default'],
} as const;

const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** The build's own inline script: marked, so that no other inline script is ever hashed into the policy. */
const PRERENDER_SCRIPT = /<script data-prerender>([\s\S]*?)<\/script>/gi;

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a built page: style-src allows 'self' plus the hash of each inline <style> block in `html`,
 * script-src 'self' plus the hash of the build's `<script data-prerender>` when the page has it.
 */
export function contentSecurityPolicy(html: string): string {
  const styleHashes = [...html.matchAll(STYLE_BLOCK)].map((match) => sha256Source(match[1] ?? ''));
  const scriptHashes = [...html.matchAll(PRERENDER_SCRIPT)].map((match) => sha256Source(match[1] ?? ''));
  const directives: Record<string, readonly string[]> = {
    ...CSP_FIXED,
    'script-src': [...CSP_FIXED['script-src'], ...new Set(scriptHashes)],
    'style-src': ["'self'", ...new Set(styleHashes)],
  };
  const order = ['default-src', 'script-src', 'style-src', 'img-src', 'object-src', 'base-uri', 'form-action', 'require-trusted-types-for', 'trusted-types'];
  return order.map((name) => `${name} ${(directives[name] ?? []).join(' ')}`).join('; ');
}

/** Reasons the page cannot run under the policy (inline script, inline event handler, style attribute), empty when none. */
export function cspBlockers(html: string): string[] {
  const blockers: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const allowed = /\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes) || attributes === ' data-prerender';
    if (!allowed && (match[2] ?? '').trim()) blockers.push('an inline <script> (script-src is \'self\' and the prerender script\'s hash only)');
  }
  if (/<[a-z][^>]*\sstyle=/i.test(html)) blockers.push('a style="…" attribute (style-src has no \'unsafe-inline\')');
  if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) blockers.push('an inline event handler attribute (on…=)');
  return blockers;
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

function refuseBlockers(html: string, file: string): void {
  const blockers = cspBlockers(html);
  if (blockers.length) throw new Error(`${file} cannot run under the Content-Security-Policy: ${blockers.join('; ')}`);
}

export function cspPlugin(): Plugin {
  return {
    name: 'contratto:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        refuseBlockers(html, 'index.html');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
        // Right after <meta charset>: the policy governs only what follows it.
        return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
      },
    },
    // Again on the emitted page, after every plugin's transformIndexHtml whatever their order in the
    // config (a CSS inliner listed after this plugin included): the hashes follow the final <style> blocks.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html') || typeof file.source !== 'string') continue;
          refuseBlockers(file.source, file.fileName);
          const policy = contentSecurityPolicy(file.source);
          file.source = file.source.replace(META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        }
      },
    },
  };
}
