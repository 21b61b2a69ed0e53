import { afterEach, describe, expect, it, vi } from 'vitest';

const updateSW = vi.fn(async (_reload?: boolean) => undefined);
type Options = { onNeedRefresh?: () => void; onOfflineReady?: () => void; immediate?: boolean };
let options: Options = {};

vi.mock('virtual:pwa-register', () => ({
  registerSW: (given: Options) => {
    options = given;
    return updateSW;
  },
}));

const { registerServiceWorker } = await import('./register');
const { PwaState } = await import('./state.svelte');

describe('registerServiceWorker', () => {
  afterEach(() => {
    updateSW.mockClear();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('does nothing where service workers are unsupported', () => {
    options = {};
    registerServiceWorker(new PwaState());
    expect(options.onNeedRefresh).toBeUndefined();
  });

  it('feeds workbox-window events into the store and never updates without consent', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const state = new PwaState();
    registerServiceWorker(state);
    expect(options.immediate).toBe(true);
    options.onOfflineReady?.();
    expect(state.offlineReady).toBe(true);
    options.onNeedRefresh?.();
    expect(state.needRefresh).toBe(true);
    expect(updateSW).not.toHaveBeenCalled();
    await state.acceptUpdate();
    expect(updateSW).toHaveBeenCalledWith(true);
  });
});
