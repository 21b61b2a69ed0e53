/**
 * Waiting for the screen to be drawn before doing what it does not need (issue 10): the service worker (start.ts),
 * the mount over the prerendered page (main.ts) and the calculator screens' archive list.
 */

/**
 * Runs `task` once the frame being prepared has been drawn (a frame, then a task), or in a task where no
 * frame will come (a background tab, a test without frames). A calculator opened offline on a slow phone
 * spent a third of its first render reading the archive.
 */
export function afterNextFrame(task: () => void): void {
  const hidden = typeof document === 'undefined' || document.visibilityState === 'hidden';
  if (hidden || typeof requestAnimationFrame !== 'function') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * Runs `task` once, after the browser has reported the page's first contentful paint, or after `latestMs`
 * (a background tab paints nothing; a browser may not report paints). "A frame, then a task" is not "after the
 * paint": a lagging compositor can paint later. The paint entries of a frame (the largest contentful paint's
 * among them) are reported together, so the painted elements may be replaced from here on without the
 * browser forgetting that frame.
 */
export function afterFirstContentfulPaint(task: () => void, latestMs = 1000): void {
  let done = false;
  const once = () => {
    if (!done) task();
    done = true;
  };
  setTimeout(once, latestMs);
  if (performance.getEntriesByName('first-contentful-paint').length > 0) return void setTimeout(once, 0);
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    return afterNextFrame(once);
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
}
