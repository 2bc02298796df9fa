import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  let now = 0;
  const clock = () => now;

  beforeEach(() => {
    now = 0;
  });

  it('loads once while fresh, again once expired', async () => {
    const cache = new ExpiringCache<string, number>(1000, 10, clock);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cache.get('a', load)).toBe(1);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('shares one load between callers that ask at the same time', async () => {
    const cache = new ExpiringCache<string, number>(1000, 10, clock);
    let loads = 0;
    const load = () => new Promise<number>((done) => setTimeout(() => done(++loads), 5));
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    const cache = new ExpiringCache<string, number>(1000, 10, clock);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', () => Promise.resolve(7))).toBe(7);
  });

  it('drops a deleted key and the oldest keys beyond its size', async () => {
    const cache = new ExpiringCache<string, string>(1000, 2, clock);
    const load = (v: string) => () => Promise.resolve(v);
    await cache.get('a', load('a1'));
    await cache.get('b', load('b1'));
    await cache.get('c', load('c1'));
    expect(await cache.get('a', load('a2'))).toBe('a2');
    cache.delete('c');
    expect(await cache.get('c', load('c2'))).toBe('c2');
  });
});
