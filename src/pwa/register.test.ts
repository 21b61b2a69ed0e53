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

const { askVersion, registerServiceWorker } = await import('./register');
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
    const waiting = {
      postMessage: (data: { type?: string }, ports: MessagePort[]) => {
        if (data.type === 'GET_VERSION') ports[0]?.postMessage({ version: '0.2.0', buildDate: '2027-03-01', buildId: '' });
      },
    };
    Object.defineProperty(navigator, 'serviceWorker', { value: { getRegistration: async () => ({ waiting }) }, configurable: true });
    const state = new PwaState();
    registerServiceWorker(state);
    expect(options.immediate).toBe(true);
    options.onOfflineReady?.();
    expect(state.offlineReady).toBe(true);
    options.onNeedRefresh?.();
    expect(state.needRefresh).toBe(true);
    await vi.waitFor(() => expect(state.waitingVersion).toEqual({ version: '0.2.0', buildDate: '2027-03-01', buildId: '' }));
    expect(updateSW).not.toHaveBeenCalled();
    await state.acceptUpdate();
    expect(updateSW).toHaveBeenCalledWith(true);
  });
});

describe('askVersion', () => {
  function workerAnswering(reply: (data: unknown, port: MessagePort) => void): ServiceWorker {
    return { postMessage: (data: unknown, ports: MessagePort[]) => reply(data, ports[0]!) } as unknown as ServiceWorker;
  }

  it('returns what the waiting worker says it serves', async () => {
    const worker = workerAnswering((data, port) => {
      if ((data as { type?: string }).type === 'GET_VERSION') port.postMessage({ version: '0.2.0', buildDate: '2027-03-01', buildId: 'b2' });
    });
    await expect(askVersion(worker)).resolves.toEqual({ version: '0.2.0', buildDate: '2027-03-01', buildId: 'b2' });
  });

  it('gives null for a worker that never answers or answers nonsense', async () => {
    await expect(askVersion(workerAnswering(() => undefined), 50)).resolves.toBeNull();
    await expect(askVersion(workerAnswering((_data, port) => port.postMessage({ version: 'dev' })))).resolves.toBeNull();
  });
});
