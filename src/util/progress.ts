/**
 * Progress of long work on stderr: one line rewritten in place on a terminal, a line every few seconds
 * otherwise (CI logs), and a last line with the throughput. Tiny on purpose: the commands that use it
 * run in the production image, where the benchmark's progress-bar library (a dev dependency) is absent.
 */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
    private readonly out:
      NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean } = process.stderr,
  ) {}

  /** Adds `n` finished items; prints at most every 200 ms on a terminal, every 5 s elsewhere. */
  tick(n: number): void {
    this.done += n;
    const now = Date.now();
    // Nothing in the first second: a rate over a few items says nothing.
    if (now - this.started < 1000 || now - this.last < (this.out.isTTY ? 200 : 5000)) return;
    this.last = now;
    const line = this.line(now);
    this.out.write(this.out.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }

  /** The last line: how many, how long, how fast. Returns the rate (items per second). */
  finish(): number {
    const ms = Math.max(1, Date.now() - this.started);
    const rate = (this.done * 1000) / ms;
    const line = `${this.label}: ${fmt(this.done)} ${this.unit} in ${(ms / 1000).toFixed(1)} s (${fmt(Math.round(rate))} ${this.unit}/s)`;
    this.out.write(this.out.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`);
    return rate;
  }

  private line(now: number): string {
    const s = (now - this.started) / 1000;
    const rate = s > 0 ? this.done / s : 0;
    const pct = this.total > 0 ? ` (${((100 * this.done) / this.total).toFixed(1)}%)` : '';
    const eta =
      rate > 0 && this.total > this.done ? `, ~${Math.ceil((this.total - this.done) / rate)} s left` : '';
    return `${this.label}: ${fmt(this.done)}/${fmt(this.total)} ${this.unit}${pct}, ${fmt(Math.round(rate))}/s${eta}`;
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');
