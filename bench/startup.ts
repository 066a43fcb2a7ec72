/**
 * Start-up time of `npm start` (issue 16 item 5), the way a user runs it, prestart included:
 *
 *   npm run bench:startup -- [--runs 3] [--port 4187] [--bolt-port 7787] [--http-port 7788]
 *
 * Each round is a cold start (a fresh embedded Neo4j home: no data, no seed graph; Maven's jars stay in
 * ~/.m2) followed by a warm one (the same home again). Every start runs on its own ports and folder, so it
 * never meets a service on 4000/7687. A start is timed from spawning `npm start` until GraphQL answers a
 * query on the seed graph; the phases are the service's own figures from its "ready" log line plus what
 * only the outside sees (prestart, the first query). Then the service is stopped with SIGINT (Ctrl-C) and
 * the stop is timed. Writes bench/results/startup.json. Whatever it started is killed on every exit path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { assertPortFree } from '../src/util/ports';
import { positiveInt } from './lib/args';
import { machine } from './lib/dataset';
import { median } from './lib/measure';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'results', 'startup.json');
const GOALS = { warmMs: 10_000, coldMs: 30_000 };
/** A query the seed graph answers (events exist once it is loaded). */
const PROBE = '{ events(first: 1) { totalCount } }';

const program = new Command()
  .name('npm run bench:startup --')
  .description('Cold and warm `npm start` to a GraphQL answer, phase by phase.')
  .option('--runs <n>', 'rounds of one cold and one warm start', positiveInt, 3)
  .option('--port <n>', 'the service HTTP port (PORT)', positiveInt, 4187)
  .option('--bolt-port <n>', 'the embedded Neo4j Bolt port', positiveInt, 7787)
  .option('--http-port <n>', 'the embedded Neo4j HTTP port', positiveInt, 7788)
  .option('--home <dir>', 'the embedded Neo4j home to use (emptied for each cold start)')
  .option('--timeout <s>', 'give up on one start after this many seconds', positiveInt, 240)
  .option('--keep', 'keep the Neo4j home afterwards (it is deleted by default)')
  .option(
    '--cold-cache',
    'cold starts also without the per-user cache (resolved jar list, JVM class-data archive): a machine that never ran the service',
  );

interface Options {
  runs: number;
  port: number;
  boltPort: number;
  httpPort: number;
  home?: string;
  timeout: number;
  keep?: boolean;
  coldCache?: boolean;
}

interface StartResult {
  kind: 'cold' | 'warm';
  /** spawn → GraphQL answered the probe with seed data. */
  totalMs: number;
  /** spawn → the service's "ready" log line. */
  readyLogMs: number;
  /** spawn → npm starts `start` (the web build check and npm's own start-up). */
  prestartMs: number;
  /** "ready" → the first GraphQL answer (Apollo's first execution, Neo4j planning the query). */
  firstQueryMs: number;
  /** The service's own phases (processLoadMs, neo4jMs and its parts, graphqlMs, migrationsMs, seedsMs). */
  phases: Record<string, number>;
  /** SIGINT → every process gone. */
  stopMs: number;
  loadAverage: number[];
}

const log = (msg: string) => process.stdout.write(`[bench:startup] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** The running `npm start`, in a process group of its own so that one signal reaches npm, node and the JVM. */
let current: ChildProcess | undefined;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}

function groupAlive(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ctrl-C first (what a user does), then SIGKILL for anything of the group that lingers. */
async function stopGroup(child: ChildProcess, graceMs = 20_000): Promise<number> {
  const t0 = Date.now();
  signalGroup(child, 'SIGINT');
  while (groupAlive(child) && Date.now() - t0 < graceMs) await sleep(50);
  if (groupAlive(child)) {
    log(`the service did not stop within ${graceMs / 1000} s; killing it`);
    signalGroup(child, 'SIGKILL');
    while (groupAlive(child)) await sleep(50);
  }
  return Date.now() - t0;
}

function killCurrentNow(): void {
  if (current && groupAlive(current)) signalGroup(current, 'SIGKILL');
}

async function answers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PROBE }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { data?: { events?: { totalCount?: number } } };
    return (body.data?.events?.totalCount ?? 0) > 0;
  } catch {
    return false;
  }
}

async function startOnce(
  kind: 'cold' | 'warm',
  home: string,
  o: Options,
  extraEnv: NodeJS.ProcessEnv,
): Promise<StartResult> {
  for (const [p, what] of [
    [o.port, '--port'],
    [o.boltPort, '--bolt-port'],
    [o.httpPort, '--http-port'],
  ] as const) {
    await assertPortFree('127.0.0.1', p, what);
  }
  const loadAtStart = loadAverage();
  const t0 = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(o.port),
      EMBEDDED_NEO4J_HOME: home,
      EMBEDDED_NEO4J_BOLT_PORT: String(o.boltPort),
      EMBEDDED_NEO4J_HTTP_PORT: String(o.httpPort),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      NEO4J_URI: '',
      SEED_ON_START: 'true',
      ...extraEnv,
    },
  });
  current = child;
  let prestartMs: number | undefined;
  let ready: { at: number; phases: Record<string, number> } | undefined;
  const tail: string[] = [];
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (prestartMs === undefined && /^> \S+ start$/.test(line.trim())) prestartMs = Date.now() - t0;
      if (line.startsWith('{')) {
        try {
          const entry = JSON.parse(line) as { msg?: string; phases?: Record<string, number> };
          if (entry.msg === 'ready') ready = { at: Date.now(), phases: entry.phases ?? {} };
        } catch {
          /* not a log line */
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const deadline = t0 + o.timeout * 1000;
  try {
    while (!ready) {
      if (child.exitCode !== null)
        throw new Error(`npm start exited (${child.exitCode}):\n${tail.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`no "ready" within ${o.timeout} s:\n${tail.join('\n')}`);
      await sleep(20);
    }
    const readyLogMs = ready.at - t0;
    while (!(await answers(o.port))) {
      if (Date.now() > deadline) throw new Error(`GraphQL did not answer within ${o.timeout} s`);
      await sleep(50);
    }
    const totalMs = Date.now() - t0;
    // The first start on a machine writes the JVM's class-data archive as it stops (see class-data.ts).
    const stopMs = await stopGroup(child, 150_000);
    current = undefined;
    return {
      kind,
      totalMs,
      readyLogMs,
      prestartMs: prestartMs ?? 0,
      firstQueryMs: totalMs - readyLogMs,
      phases: ready.phases,
      stopMs,
      loadAverage: loadAtStart,
    };
  } catch (err) {
    await stopGroup(child, 5000);
    current = undefined;
    throw err;
  }
}

const PHASE_ORDER = [
  'prestartMs',
  'processLoadMs',
  'neo4jMs',
  'javaCheckMs',
  'classpathMs',
  'jvmToBoltMs',
  'graphqlMs',
  'migrationsMs',
  'seedsMs',
  'firstQueryMs',
  'totalMs',
  'stopMs',
];

const flat = (r: StartResult): Record<string, number> => ({
  prestartMs: r.prestartMs,
  ...r.phases,
  firstQueryMs: r.firstQueryMs,
  totalMs: r.totalMs,
  stopMs: r.stopMs,
});

function summary(results: StartResult[]): Record<string, number> {
  const keys = new Set(results.flatMap((r) => Object.keys(flat(r))));
  return Object.fromEntries(
    [...keys]
      .sort((a, b) => PHASE_ORDER.indexOf(a) - PHASE_ORDER.indexOf(b))
      .map((k) => [k, Math.round(median(results.map((r) => flat(r)[k] ?? 0)))]),
  );
}

function printTable(cold: Record<string, number>, warm: Record<string, number>): void {
  const keys = [...new Set([...Object.keys(cold), ...Object.keys(warm)])];
  const cell = (v: number | undefined) => (v === undefined ? '-' : `${(v / 1000).toFixed(2)} s`).padStart(9);
  log(`${'phase (median)'.padEnd(20)}${'cold'.padStart(9)}${'warm'.padStart(9)}`);
  for (const k of keys) {
    // Parts of neo4jMs are indented under it.
    const part = ['javaCheckMs', 'classpathMs', 'jvmToBoltMs'].includes(k);
    log(`${(part ? `  ${k}` : k).padEnd(20)}${cell(cold[k])}${cell(warm[k])}`);
  }
}

async function main(): Promise<void> {
  const o = program.parse().opts<Options>();
  const home = path.resolve(o.home ?? path.join(os.tmpdir(), `startup-bench-${process.pid}`));
  // With --cold-cache every round starts from an empty per-user cache of its own (the real one is untouched).
  const cache = `${home}-cache`;
  const onSignal = () => {
    killCurrentNow();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', killCurrentNow);

  const results: StartResult[] = [];
  const total = o.runs * 2;
  log(
    `${o.runs} round(s) of a cold and a warm \`npm start\` in ${home} (ports ${o.port}, ${o.boltPort}, ${o.httpPort})`,
  );
  try {
    for (let round = 1; round <= o.runs; round++) {
      for (const kind of ['cold', 'warm'] as const) {
        if (kind === 'cold') {
          fs.rmSync(home, { recursive: true, force: true });
          if (o.coldCache) fs.rmSync(cache, { recursive: true, force: true });
        }
        const n = results.length + 1;
        log(`start ${n}/${total} (${kind}), load average ${loadAverage().join(' ')} ...`);
        const r = await startOnce(kind, home, o, o.coldCache ? { XDG_CACHE_HOME: cache } : {});
        results.push(r);
        const f = flat(r);
        const parts = PHASE_ORDER.filter((k) => k !== 'totalMs' && f[k] !== undefined)
          .map((k) => `${k.replace(/Ms$/, '')} ${(f[k]! / 1000).toFixed(1)}`)
          .join(', ');
        log(`start ${n}/${total} (${kind}): answered in ${(r.totalMs / 1000).toFixed(2)} s [${parts}]`);
      }
    }
  } finally {
    if (!o.keep) {
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    }
  }

  const cold = summary(results.filter((r) => r.kind === 'cold'));
  const warm = summary(results.filter((r) => r.kind === 'warm'));
  printTable(cold, warm);
  const met = { warm: warm.totalMs! < GOALS.warmMs, cold: cold.totalMs! < GOALS.coldMs };
  log(
    `warm ${(warm.totalMs! / 1000).toFixed(2)} s (goal < ${GOALS.warmMs / 1000} s: ${met.warm ? 'met' : 'MISSED'}), ` +
      `cold ${(cold.totalMs! / 1000).toFixed(2)} s (goal < ${GOALS.coldMs / 1000} s: ${met.cold ? 'met' : 'MISSED'})`,
  );
  const report = {
    measuredAt: new Date().toISOString(),
    command: `npm run bench:startup -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { ...machine(), loadAverageAtEnd: loadAverage() },
    java: process.env.JAVA_HOME ?? 'java on PATH',
    coldStartsWithoutUserCache: !!o.coldCache,
    goals: GOALS,
    met,
    medians: { cold, warm },
    runs: results,
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, OUT)}`);
}

main().catch((err: unknown) => {
  killCurrentNow();
  console.error(`[bench:startup] failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
