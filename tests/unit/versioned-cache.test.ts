import { VersionedCache, type DataVersion } from '../../src/util/versioned-cache';

const v = (graph: number, local = 0): DataVersion => ({ graph, local });

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
    expect(await cache.get('k', v(1), c.compute('a'))).toBe('a#1');
    expect(await cache.get('k', v(1), c.compute('a'))).toBe('a#1');
    expect(c.calls).toBe(1);
  });

  it('never answers with an older version: a new version recomputes', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    await cache.get('k', v(1, 0), c.compute('a'));
    // A write of this process: graph version and finished writes both moved.
    expect(await cache.get('k', v(2, 1), c.compute('b'))).toBe('b#2');
    expect(await cache.get('k', v(2, 1), c.compute('b'))).toBe('b#2');
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
    const waiting = Array.from({ length: 20 }, () => cache.get('k', v(1), slow));
    release('done');
    expect(await Promise.all(waiting)).toEqual(Array(20).fill('done'));
    expect(calls).toBe(1);
  });

  it('recomputes after a write of this process finished, even when the graph version reads the same', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    await cache.get('k', v(1, 0), c.compute('a'));
    // Read during the write's commit: the new graph version may be visible before all of its data.
    expect(await cache.get('k', v(2, 0), c.compute('b'))).toBe('b#2');
    expect(await cache.get('k', v(2, 1), c.compute('c'))).toBe('c#3');
    expect(c.calls).toBe(3);
  });

  it("keeps and shares nothing for the settle time after another process's write, then caches again", async () => {
    let now = 10_000;
    const cache = new VersionedCache<string>({ settleMs: 1000, now: () => now });
    const c = counter();
    await cache.get('k', v(1, 5), c.compute('a'));
    // The graph version moved and no write of ours finished: someone else wrote.
    expect(await cache.get('k', v(2, 5), c.compute('b'))).toBe('b#2');
    expect(await cache.get('k', v(2, 5), c.compute('b'))).toBe('b#3');
    now += 999;
    expect(await cache.get('k', v(2, 5), c.compute('b'))).toBe('b#4');
    now += 1;
    expect(await cache.get('k', v(2, 5), c.compute('b'))).toBe('b#5');
    expect(await cache.get('k', v(2, 5), c.compute('b'))).toBe('b#5');
    expect(c.calls).toBe(5);
  });

  it('treats a graph version that went back (a restore) as a change', async () => {
    let now = 0;
    const cache = new VersionedCache<string>({ settleMs: 1000, now: () => now });
    const c = counter();
    await cache.get('k', v(7, 1), c.compute('a'));
    now += 5000;
    expect(await cache.get('k', v(3, 1), c.compute('b'))).toBe('b#2');
    expect(await cache.get('k', v(3, 1), c.compute('b'))).toBe('b#3');
  });

  it('keeps keys apart', async () => {
    const cache = new VersionedCache<string>();
    const c = counter();
    expect(await cache.get('a', v(1), c.compute('a'))).toBe('a#1');
    expect(await cache.get('b', v(1), c.compute('b'))).toBe('b#2');
  });

  it('does not keep a failure: the next request computes again', async () => {
    const cache = new VersionedCache<string>();
    await expect(cache.get('k', v(1), () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await cache.get('k', v(1), () => Promise.resolve('ok'))).toBe('ok');
  });

  it('is bounded: the oldest key is dropped first', async () => {
    const cache = new VersionedCache<string>({ maxEntries: 2 });
    const c = counter();
    await cache.get('a', v(1), c.compute('a'));
    await cache.get('b', v(1), c.compute('b'));
    await cache.get('c', v(1), c.compute('c'));
    expect(cache.size).toBe(2);
    await cache.get('a', v(1), c.compute('a'));
    expect(c.calls).toBe(4);
  });

  it('peek tells what is kept and for which version, without computing; nothing while settling', async () => {
    let now = 10_000;
    const cache = new VersionedCache<string>({ settleMs: 1000, now: () => now });
    const c = counter();
    expect(cache.peek('k')).toBeUndefined();
    await cache.get('k', v(3, 1), c.compute('a'));
    const kept = cache.peek('k');
    expect(kept?.version).toEqual(v(3, 1));
    expect(await kept?.value).toBe('a#1');
    expect(cache.peek('other')).toBeUndefined();
    // Another process wrote (the graph version moved, ours did not): nothing is offered for a while.
    await cache.get('k', v(4, 1), c.compute('b'));
    expect(cache.peek('k')).toBeUndefined();
    now += 1000;
    expect(cache.peek('k')?.version).toEqual(v(3, 1));
    expect(c.calls).toBe(2);
  });
});
