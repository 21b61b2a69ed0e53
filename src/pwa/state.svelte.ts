/**
 * Service-worker status shown by the update prompt. Updates are never
 * applied automatically: a waiting worker takes over only when the user
 * accepts, so a half-filled form is never lost.
 */
export class PwaState {
  /** A new version is installed and waiting. */
  needRefresh = $state(false);
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
