import { VersionedCache } from '../../src/util/versioned-cache';

/** The cache behind the dashboard aggregates, documented by what it guarantees. */
describe('VersionedCache', () => {
  const counter = () => {
    let calls = 0;
    return {
      compute: (value: string) => () => {
        calls++;
        return Promise.resolve(`${value}#${calls}`);
      },
      get calls() {
        return calls;
      },
    };
  };

  it('answers a repeated request for the same version without computing again', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    expect(await cache.get('k', 'v1', c.compute('a'))).toBe('a#1');
    expect(await cache.get('k', 'v1', c.compute('a'))).toBe('a#1');
    expect(c.calls).toBe(1);
  });

  it('never answers with an older version: a new version recomputes', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    await cache.get('k', 'v1', c.compute('a'));
    expect(await cache.get('k', 'v2', c.compute('b'))).toBe('b#2');
    expect(await cache.get('k', 'v2', c.compute('b'))).toBe('b#2');
    expect(c.calls).toBe(2);
  });

  it('lets concurrent misses for one key and version share one computation (single flight)', async () => {
    const cache = new VersionedCache<string>();
    let release!: (v: string) => void;
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const waiting = Array.from({ length: 20 }, () => cache.get('k', 'v1', slow));
    release('done');
    expect(await Promise.all(waiting)).toEqual(Array(20).fill('done'));
    expect(calls).toBe(1);
  });

  it('keeps keys apart', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    expect(await cache.get('a', 'v1', c.compute('a'))).toBe('a#1');
    expect(await cache.get('b', 'v1', c.compute('b'))).toBe('b#2');
  });

  it('does not keep a failure: the next request computes again', async () => {
    const cache = new VersionedCache<string>();
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await cache.get('k', 'v1', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('is bounded: the oldest key is dropped first', async () => {
    const cache = new VersionedCache<string>(2);
    const c = counter();
    await cache.get('a', 'v', c.compute('a'));
    await cache.get('b', 'v', c.compute('b'));
    await cache.get('c', 'v', c.compute('c'));
    expect(cache.size).toBe(2);
    await cache.get('a', 'v', c.compute('a'));
    expect(c.calls).toBe(4);
  });
});
