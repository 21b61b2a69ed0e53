/**
 * Nothing for the service worker, the manifest or workbox-window is requested before the page has loaded
 * (issue 10: they competed with the first paint). Once `load` has fired and the next frame is painted, the
 * manifest link is added and the worker registered (./register.ts, its own chunk with workbox-window).
 */
import { pwa } from './state.svelte';

export function startAfterLoad(): void {
  const start = () => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
    document.head.append(link);
    void import('./register').then(({ registerServiceWorker }) => registerServiceWorker(pwa));
  };
  // `load` can fire before the first frame is drawn (the page renders from its module script): wait one frame more,
  // then start just after it has been painted. A tab opened in the background draws no frame: a second at most.
  let started = false;
  const startOnce = () => {
    if (!started) start();
    started = true;
  };
  // "A frame, then a task" (rAF + setTimeout) is not "after the paint": a lagging compositor can paint later, and
  // the worker's chunk was then requested before the first contentful paint. Wait for the browser's own paint
  // entry where it reports one; a second at most (a background tab paints nothing, a browser may not report it).
  const afterNextPaint = () => {
    setTimeout(startOnce, 1000);
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return void setTimeout(startOnce, 0);
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      return void requestAnimationFrame(() => setTimeout(startOnce, 0));
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(startOnce, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  };
  if (document.readyState === 'complete') afterNextPaint();
  else window.addEventListener('load', afterNextPaint, { once: true });
}
