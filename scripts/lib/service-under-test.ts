/**
 * What the fault and load tests run against: a throwaway embedded Neo4j on free loopback ports and the
 * service as a separate process (so a crash is visible as an exit, and its RSS is its own).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConnection } from '../../src/config/config';
import { createLogger } from '../../src/logging/logger';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { freePort } from '../../src/util/ports';

export const REPO = path.resolve(__dirname, '..', '..');
export const SCRIPT_TOKEN = 'script-token-0123456789abcdef';
const PASSWORD = 'script-password-1';

export interface ScratchNeo4j {
  neo4j: EmbeddedNeo4j;
  connection: Neo4jConnection;
  /** Starts a fresh JVM on the same home and ports (after stop()). */
  restart(): Promise<void>;
}

/** An embedded Neo4j in `home` (its data wiped first; the resolved jar list is kept) on free ports. */
export async function startScratchNeo4j(home: string): Promise<ScratchNeo4j> {
  fs.rmSync(path.join(home, 'data'), { recursive: true, force: true });
  const options = {
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pageCache: '256m',
    password: PASSWORD,
  };
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const scratch: ScratchNeo4j = {
    neo4j: new EmbeddedNeo4j(options, logger),
    connection: undefined as unknown as Neo4jConnection,
    restart: async () => {
      scratch.neo4j = new EmbeddedNeo4j(options, logger);
      await scratch.neo4j.start();
    },
  };
  scratch.connection = await scratch.neo4j.start();
  return scratch;
}

export interface ServiceProcess {
  child: ChildProcess;
  graphqlUrl: string;
  baseUrl: string;
  /** The service's log lines (JSON), for counting errors and unhandled rejections. */
  logLines: string[];
  alive(): boolean;
  rssMiB(): number;
  stop(): Promise<void>;
}

/** `npm start`'s entry point: the TypeScript sources through tsx. */
export const SOURCE_ENTRY = ['--import', 'tsx', path.join(REPO, 'src', 'main.ts')];

/** Runs the service (`entry`: node's arguments) against `connection` and waits until /ready answers 200. */
export async function startServiceProcess(
  connection: Neo4jConnection,
  env: NodeJS.ProcessEnv = {},
  entry: string[] = SOURCE_ENTRY,
): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, entry, {
    cwd: REPO,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      HOST: '127.0.0.1',
      PORT: String(port),
      API_TOKEN: SCRIPT_TOKEN,
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave the service behind if this script dies first.
  process.once('exit', () => child.kill('SIGKILL'));
  const logLines: string[] = [];
  const collect = (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const baseUrl = `http://127.0.0.1:${port}`;
  const service: ServiceProcess = {
    child,
    graphqlUrl: `${baseUrl}/graphql`,
    baseUrl,
    logLines,
    alive: () => child.exitCode === null && child.signalCode === null,
    rssMiB: () => rssMiB(child.pid!),
    stop: async () => {
      if (!service.alive()) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (service.alive()) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!service.alive()) throw new Error(`the service exited during start-up:\n${logLines.join('\n')}`);
    const ready = await fetch(`${baseUrl}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return service;
    await new Promise((r) => setTimeout(r, 250));
  }
  await service.stop();
  throw new Error('the service was not ready within 120 s');
}

/** Resident set size of a process, from /proc (Linux) or ps. */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return NaN;
  }
}

/** One GraphQL POST; never throws (a failed connection is reported as status 0). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body?: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as never };
  } catch {
    return { status: 0 };
  }
}
