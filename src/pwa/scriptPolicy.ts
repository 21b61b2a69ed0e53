/**
 * Created by the entry script before anything else runs (main.ts), not with the service-worker registration,
 * which waits for the first paint: the deadline board can start its Web Workers earlier than that.
 */
interface TrustedTypePolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string | null }): unknown;
}

/**
 * The page requires Trusted Types (CSP `require-trusted-types-for 'script'`), and
 * navigator.serviceWorker.register() and new Worker() are script-URL sinks. The default
 * policy admits the app's own service worker and the deadline board's Web Workers
 * (storage/dashboardWorkers.ts, built as assets/dashboard.worker-<hash>.js); anything else is refused.
 */
export function allowOwnWorkerScripts(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  const base = new URL(import.meta.env.BASE_URL, location.href).href;
  const worker = `${base}sw.js`;
  const boardWorker = (href: string) => href.startsWith(`${base}assets/`) && /^dashboard\.worker-[\w-]+\.js$/.test(href.slice(base.length + 'assets/'.length));
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const href = new URL(url, location.href).href;
      return href === worker || boardWorker(href) ? url : null;
    },
  });
}
