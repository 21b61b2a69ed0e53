/**
 * Every spec imports `test` and `expect` from here (ESLint forbids '@playwright/test' in a spec), so an
 * automatic fixture watches every test: it fails the test on any Content-Security-Policy violation in a
 * page, on any call of a permission-prompting API (geolocation, notifications, camera…), and on any
 * request that leaves the app's own origin (the e2e server, or a server a spec started
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

/**
 * On a first visit the page shows the prerendered first screen (vite-plugins/prerender.ts) until the app mounts
 * over it: a locator resolved in between can point at an element about to be replaced, and a prerendered button
 * does nothing yet. `page.goto` and `page.reload` therefore also wait for the app (it removes `data-prerendered`
 * from #app when it mounts). A spec that holds the scripts back on purpose calls `page.mainFrame().goto()`.
 */
const APP_LIVE = () => document.querySelector('#app[data-prerendered]') === null;

export const test = base.extend<{ securityGuard: SecurityGuard }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<typeof goto>) => {
      const response = await goto(...args);
      await page.waitForFunction(APP_LIVE);
      return response;
    };
    page.reload = async (...args: Parameters<typeof reload>) => {
      const response = await reload(...args);
      await page.waitForFunction(APP_LIVE);
      return response;
    };
    await use(page);
  },
  securityGuard: [
    async ({ context, baseURL }, use) => {
      const violations: Violation[] = [];
      const foreign: string[] = [];
      if (baseURL) allowOrigin(baseURL);
      const permissionRequests: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.exposeBinding('__reportPermissionRequest', (_source, api: string) => {
        permissionRequests.push(api);
      });
      await context.addInitScript(() => {
        // The app asks for no permission except persistent storage (issue 10): any prompting API called is reported.
        const reportPermission = (api: string) => (window as unknown as { __reportPermissionRequest?: (api: string) => void }).__reportPermissionRequest?.(api);
        const watch = (owner: object | undefined, method: string, api: string) => {
          const original = owner && (owner as Record<string, unknown>)[method];
          if (typeof original !== 'function') return;
          (owner as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
            reportPermission(api);
            return (original as (...a: unknown[]) => unknown).apply(this, args);
          };
        };
        watch(navigator.geolocation, 'getCurrentPosition', 'geolocation');
        watch(navigator.geolocation, 'watchPosition', 'geolocation');
        watch(window.Notification, 'requestPermission', 'notifications');
        watch(navigator.mediaDevices, 'getUserMedia', 'camera/microphone');
        watch(navigator.mediaDevices, 'getDisplayMedia', 'screen capture');
        watch(navigator, 'requestMIDIAccess', 'midi');
        watch(navigator.clipboard, 'read', 'clipboard-read');
        watch(navigator.clipboard, 'readText', 'clipboard-read');
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
      expect(permissionRequests, 'permission-prompting APIs called (only persistent storage is allowed)').toEqual([]);
    },
    { auto: true },
  ],
});
