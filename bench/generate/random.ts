/** Pseudo-random numbers for the generator: a counter-based stream per (seed, kind, index), and samplers. */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** sfc32: small, fast, good enough statistically, and fully determined by its 128-bit state. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number, index: number) {
    this.a = fmix32(seed ^ 0x9e3779b9);
    this.b = fmix32(stream ^ 0x243f6a88);
    this.c = fmix32(index ^ 0xb7e15162);
    this.d = fmix32((seed + stream + index) ^ 0x3c6ef372);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Picks by weight: `weights` are [value, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [v, w] of items) {
      u -= w;
      if (u < 0) return v;
    }
    return items[items.length - 1]![0];
  }
}

/** Samples indexes 0..n-1 with probability proportional to (offset + index + 1)^-s (Zipf). */
export class ZipfSampler {
  private readonly cum: Float64Array;

  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cum = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += Math.pow(i + 1, -s);
      this.cum[i] = total;
    }
  }

  sample(rng: Rng): number {
    const u = rng.next() * this.cum[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Expected share of index i. */
  share(i: number): number {
    const w = this.cum[i]! - (i > 0 ? this.cum[i - 1]! : 0);
    return w / this.cum[this.n - 1]!;
  }
}

/** `k` distinct values drawn with `draw` (gives up after a few tries, so may return fewer). */
export function distinct<T>(k: number, draw: () => T): T[] {
  const out: T[] = [];
  for (let tries = 0; out.length < k && tries < k * 6; tries++) {
    const v = draw();
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
