/**
 * Nothing for the service worker, the manifest or workbox-window is requested before the page has loaded
 * (issue 10: they competed with the first paint). Once `load` has fired and the next frame is painted, the
 * manifest link is added and the worker registered (./register.ts, its own chunk with workbox-window).
 */
import { afterFirstContentfulPaint } from './afterPaint';
import { pwa } from './state.svelte';

export function startAfterLoad(): void {
  const start = () => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
    document.head.append(link);
    void import('./register').then(({ registerServiceWorker }) => registerServiceWorker(pwa));
  };
  // `load` can fire before the first frame is drawn (the page renders from its module script): start just after
  // the first contentful paint is reported; a second at most (a background tab paints nothing).
  const afterNextPaint = () => afterFirstContentfulPaint(start);
  if (document.readyState === 'complete') afterNextPaint();
  else window.addEventListener('load', afterNextPaint, { once: true });
}
