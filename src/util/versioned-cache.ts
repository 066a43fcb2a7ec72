/**
 * Answers kept per key and data version. A hit for the current version costs nothing; concurrent misses
 * for the same key and version share one computation (single flight); an answer for an older version is
 * never returned, it is replaced. A failed computation is not kept. Bounded: the least recently stored
 * key goes first.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { version: string; value: Promise<V> }>();
  /** Computations started (misses), for tests and metrics. */
  computations = 0;

  constructor(private readonly maxEntries = 500) {}

  get(key: string, version: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value;
    this.computations++;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
