/**
 * What a cached answer was computed from. `graph` is the version every recorded write bumps in its own
 * transaction (`(:GraphVersion)`); `local` counts this process's write transactions that have finished,
 * which moves only after Neo4j has applied the commit.
 */
export interface DataVersion {
  graph: number;
  local: number;
}

export interface VersionedCacheOptions {
  /** At most this many keys; the least recently stored goes first. */
  maxEntries?: number;
  /** How long after a write made by another process answers are computed but not kept (see below). */
  settleMs?: number;
  now?: () => number;
}

/**
 * Answers kept per key and data version. A hit for the current version costs nothing; concurrent misses
 * for the same key and version share one computation (single flight); an answer for another version is
 * never returned, it is replaced. A failed computation is not kept.
 *
 * Why `local` and the settle time: Neo4j isolates reads at read-committed, and a commit becomes visible
 * record by record while it is applied, so a read racing a commit can see its new graph version but not
 * yet all of its data. A write of this process is counted in `local` only once applied, so an answer
 * computed during it carries the old `local` and is never served after it. A write by another process
 * (the seed or curate command, Cypher in Neo4j Browser that bumps the version) is seen as the graph
 * version moving while `local` does not; for `settleMs` after that, each request computes its own answer
 * and nothing is kept or shared.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { key: string; version: DataVersion; value: Promise<V> }>();
  private readonly maxEntries: number;
  private readonly settleMs: number;
  private readonly now: () => number;
  private seen: DataVersion | undefined;
  private externalChangeAt = -Infinity;

  constructor(options: VersionedCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 500;
    this.settleMs = options.settleMs ?? 1000;
    this.now = options.now ?? Date.now;
  }

  get(key: string, version: DataVersion, compute: () => Promise<V>): Promise<V> {
    this.observe(version);
    if (this.now() - this.externalChangeAt < this.settleMs) return compute();
    const versionKey = `${version.graph}.${version.local}`;
    const hit = this.entries.get(key);
    if (hit && hit.key === versionKey) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { key: versionKey, version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /**
   * What is kept for `key` and the version it was computed for, computing nothing; none while settling
   * after another process's write. For a caller that checks the version inside its own query, so that a
   * kept answer costs no extra version read (the list totals, src/graphql/resolvers/support.ts).
   */
  peek(key: string): { version: DataVersion; value: Promise<V> } | undefined {
    if (this.now() - this.externalChangeAt < this.settleMs) return undefined;
    const hit = this.entries.get(key);
    return hit && { version: hit.version, value: hit.value };
  }

  /**
   * A graph version that changed while no write of this process finished was written by someone else
   * (a restore can even move it back, so any change counts, not only a rise).
   */
  private observe(v: DataVersion): void {
    const seen = this.seen;
    if (seen && v.graph !== seen.graph && v.local === seen.local) this.externalChangeAt = this.now();
    this.seen = v;
  }

  get size(): number {
    return this.entries.size;
  }
}
