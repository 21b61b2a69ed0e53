/**
 * Every spec imports `test` and `expect` from here (ESLint forbids '@playwright/test' in a spec), so an
 * automatic fixture watches every test: it fails the test on any Content-Security-Policy violation in a
 * page and on any request that leaves the app's own origin (the e2e server, or a server a spec started
 * and registered with `allowOrigin`). Both are collected from the whole browser context, service
 * worker requests and popups included.
 */
import { test as base, expect } from '@playwright/test';

// Everything else of Playwright's (expect, types) as is; `test` below shadows Playwright's own.
export * from '@playwright/test';

const allowedOrigins = new Set<string>();

/** Lets the guard accept requests to a server a spec started itself (same machine, own port). */
export function allowOrigin(origin: string): void {
  allowedOrigins.add(new URL(origin).origin);
}

export interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
  page: string;
}

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:']);

export interface SecurityGuard {
  /** Violations so far, handed to a test that provokes them on purpose (security.spec.ts); they no longer fail it. */
  takeViolations(): Violation[];
}

export const test = base.extend<{ securityGuard: SecurityGuard }>({
  securityGuard: [
    async ({ context, baseURL }, use) => {
      const violations: Violation[] = [];
      const foreign: string[] = [];
      if (baseURL) allowOrigin(baseURL);
      await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation;
          report?.({
            directive: event.effectiveDirective,
            blockedURI: event.blockedURI,
            sourceFile: event.sourceFile,
            sample: event.sample,
            page: location.href,
          });
        });
      });
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (LOCAL_SCHEMES.has(url.protocol)) return;
        if (!allowedOrigins.has(url.origin)) foreign.push(`${request.method()} ${request.url()}`);
      });
      await use({ takeViolations: () => violations.splice(0) });
      // Let each open page deliver the events it has queued (a violation is reported in a later task).
      for (const page of context.pages()) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20))).catch(() => undefined);
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to another origin than the app’s').toEqual([]);
    },
    { auto: true },
  ],
});
