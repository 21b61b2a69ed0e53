/**
 * Service-worker status shown by the update prompt. Updates are never
 * applied automatically: a waiting worker takes over only when the user
 * accepts, so a half-filled form is never lost.
 */
/** What a service worker says it serves (vite-plugins/sw-version.ts). */
export interface WorkerVersion {
  version: string;
  /** YYYY-MM-DD, or null when the worker did not say. */
  buildDate: string | null;
  buildId: string;
}

export class PwaState {
  /** A new version is installed and waiting. */
  needRefresh = $state(false);
  /** The waiting version as its worker described it; null until (or unless) it answers. */
  waitingVersion = $state<WorkerVersion | null>(null);
  /** The app was cached for offline use for the first time. */
  offlineReady = $state(false);
  updating = $state(false);
  /** Set by registration: activates the waiting worker and reloads the page. */
  updateServiceWorker: (reloadPage?: boolean) => Promise<void> = async () => {};

  async acceptUpdate(): Promise<void> {
    this.updating = true;
    await this.updateServiceWorker(true);
  }

  /** "Later": hide the prompt; the waiting version is offered again on the next visit. */
  dismissUpdate(): void {
    this.needRefresh = false;
  }

  dismissOfflineReady(): void {
    this.offlineReady = false;
  }
}

export const pwa = new PwaState();
