import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspBlockers } from '../../vite-plugins/csp';
import { rebaseHeaders } from '../../vite-plugins/headers';

// Hashes computed independently: printf 'a{color:red}' | openssl dgst -sha256 -binary | base64
const RED_LINKS = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
const BODY_MARGIN = "'sha256-yYSbiig2Gc7VxVbHdBA1Xza1SRtBXjdiDfu8O381KOU='"; // '\n  body{margin:0}\n'

describe('Content-Security-Policy of the built page', () => {
  it('is the strict policy of issue 10 when the page has no inline style', () => {
    expect(contentSecurityPolicy('<head></head>')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types svelte-trusted-html default",
    );
  });

  it('allows each inline <style> block by the SHA-256 of its exact text, never by unsafe-inline', () => {
    const csp = contentSecurityPolicy('<style>a{color:red}</style><style media="print">\n  body{margin:0}\n</style><style>a{color:red}</style>');
    const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1];
    expect(styleSrc).toBe(`'self' ${RED_LINKS} ${BODY_MARGIN}`);
    expect(csp).not.toMatch(/unsafe/);
  });

  it('refuses a page the policy would break: inline script, style attribute, inline handler', () => {
    expect(cspBlockers('<script type="module" src="/assets/index.js"></script><style>a{}</style>')).toEqual([]);
    expect(cspBlockers('<script>alert(1)</script>')).toHaveLength(1);
    expect(cspBlockers('<div style="color:red"></div>')).toHaveLength(1);
    expect(cspBlockers('<img src="x.png" onerror="go()">')).toHaveLength(1);
  });
});

describe('_headers of a sub-path build', () => {
  const headers = "# comment /x\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n/sw.js\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: immutable\n";

  it('moves each path rule under the base path and leaves headers and comments alone', () => {
    expect(rebaseHeaders(headers, '/app/')).toBe(
      "# comment /x\n/app/*\n  Content-Security-Policy: frame-ancestors 'none'\n/app/sw.js\n  Cache-Control: no-cache\n/app/assets/*\n  Cache-Control: immutable\n",
    );
    expect(rebaseHeaders(headers, '/')).toBe(headers);
  });
});
