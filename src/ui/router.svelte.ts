/** The current route, kept in sync with location.hash by App.svelte. */
import { href, parseHash, type Location, type RouteId } from './routes';

export * from './routes';

class Router {
  current = $state<Location>(parseHash(typeof location === 'undefined' ? '' : location.hash));

  /** Re-reads location.hash; call on `hashchange`. */
  sync(): void {
    this.current = parseHash(location.hash);
  }

  navigate(id: RouteId, query?: Record<string, string>): void {
    location.hash = href(id, query);
  }
}

export const router = new Router();
