import { describe, expect, it } from 'vitest';
import { href, loadOnce, NAV_ROUTES, parseHash, routeDef } from './routes';

describe('hash routes', () => {
  it('maps every menu route to #/<id> and back', () => {
    for (const id of NAV_ROUTES) {
      expect(href(id)).toBe(`#/${id}`);
      expect(parseHash(href(id)).id).toBe(id);
    }
  });

  it('reads the query of a shared link', () => {
    const location = parseHash('#/notice?ruleset=statute&kind=resignation');
    expect(location.id).toBe('notice');
    expect(location.query).toEqual({ ruleset: 'statute', kind: 'resignation' });
    expect(href('notice', { ruleset: 'statute' })).toBe('#/notice?ruleset=statute');
  });

  it('shows the home page for empty, unknown or non-route hashes', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#main', '#/home']) expect(parseHash(hash).id).toBe('home');
  });

  it('loads every page except the home lazily', () => {
    expect(routeDef('home').load).toBeUndefined();
    for (const id of NAV_ROUTES) expect(typeof routeDef(id).load).toBe('function');
  });
});

describe('loadOnce (a route chunk imported once)', () => {
  it('hands every caller the same promise, so a loaded screen is there within the same task', async () => {
    let calls = 0;
    const load = loadOnce(async () => ({ default: (() => {}) as never, calls: ++calls }));
    const first = load();
    expect(load()).toBe(first);
    await first;
    expect(load()).toBe(first);
    expect(calls).toBe(1);
  });

  it('forgets a failed load, so that "Riprova" imports again', async () => {
    let calls = 0;
    const load = loadOnce(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: (() => {}) as never })));
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toBeDefined();
    expect(calls).toBe(2);
  });
});
