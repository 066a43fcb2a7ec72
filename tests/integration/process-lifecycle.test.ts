import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '../../src/util/ports';

const ROOT = path.resolve(__dirname, '..', '..');

interface LogLine {
  msg: string;
  [key: string]: unknown;
}

/** Runs the service the way a user does (`npm start` runs this), and collects its JSON log lines. */
function runService(env: NodeJS.ProcessEnv) {
  // One process, as `npm start` runs it: tsx as a loader, no wrapper process in between.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const p of parts) {
      try {
        lines.push(JSON.parse(p) as LogLine);
      } catch {
        /* not a log line */
      }
    }
  });
  const waitFor = async (msg: string, timeoutMs = 120_000): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = lines.find((l) => l.msg === msg);
      if (hit) return hit;
      if (child.exitCode !== null)
        throw new Error(`service exited (${child.exitCode}) before "${msg}": ${JSON.stringify(lines)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no "${msg}" within ${timeoutMs} ms`);
  };
  return { child, lines, waitFor };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

describe('the service process on the embedded default', () => {
  const home = path.join(ROOT, '.neo4j-test', `lifecycle-${process.pid}`);
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    fs.rmSync(home, { recursive: true, force: true });
    env = {
      NEO4J_URI: '',
      EMBEDDED_NEO4J_HOME: home,
      EMBEDDED_NEO4J_BOLT_PORT: String(await freePort()),
      EMBEDDED_NEO4J_HTTP_PORT: String(await freePort()),
      EMBEDDED_NEO4J_HEAP: '384m',
      EMBEDDED_NEO4J_PAGECACHE: '64m',
      PORT: String(await freePort()),
    };
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  it('starts Neo4j and GraphQL, stops both on SIGTERM within 10 s, and a second start reuses data', async () => {
    const first = runService(env);
    const ready = await first.waitFor('ready');
    const jvmPid = (await first.waitFor('starting embedded Neo4j 5.26')).pid as number;
    expect(ready.provider).toBe('embedded');

    const gql = await fetch(ready.graphql as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: 'Query' } });

    const driver = neo4j.driver(ready.bolt as string, neo4j.auth.basic('neo4j', 'standards-graph'));
    try {
      const res = await driver.executeQuery('RETURN 1 AS one');
      expect(res.records[0]!.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }

    const t0 = Date.now();
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(await waitGone(jvmPid, 10_000 - (Date.now() - t0))).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);

    const second = runService(env);
    await second.waitFor('ready');
    expect(second.lines.some((l) => l.msg.startsWith('resolving Neo4j'))).toBe(false);
    expect(second.lines.some((l) => l.msg.startsWith('seed files unchanged'))).toBe(true);
    expect(second.lines.some((l) => l.msg === 'applied schema migration')).toBe(false);

    // Killed without a chance to clean up, the service still takes its JVM with it (stdin watchdog).
    const jvm2 = (await second.waitFor('starting embedded Neo4j 5.26')).pid as number;
    second.child.kill('SIGKILL');
    await exited(second.child);
    expect(await waitGone(jvm2, 15_000)).toBe(true);
  }, 300_000);

  it('exits with a clear message when the Bolt port is taken', async () => {
    const net = await import('node:net');
    // Something else already listens where Bolt should go.
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const run = runService({ ...env, EMBEDDED_NEO4J_BOLT_PORT: String(taken) });
      expect(await exited(run.child)).toBe(1);
      const fatal = run.lines.find((l) => (l.level as number) === 60);
      expect(fatal?.msg).toMatch(/already in use \(EMBEDDED_NEO4J_BOLT_PORT\)/);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('exits with code 2 and names the variable when the configuration is invalid', async () => {
    const run = runService({ ...env, NEO4J_URI: 'http//oops', NEO4J_PASSWORD: 'x' });
    let stderr = '';
    run.child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exited(run.child)).toBe(2);
    expect(stderr).toMatch(/NEO4J_URI: "http\/\/oops" is not a URI/);
  }, 60_000);
});
