/**
 * The Neo4j the benchmarks run against, kept apart from the service's own `.neo4j/` and its seed data:
 * an embedded Neo4j 5.26 in `.neo4j-bench/` on Bolt 127.0.0.1:7688 (HTTP 7475), heap and page cache 2g,
 * password 'bench-password-1'. A server already listening there is reused; `BENCH_NEO4J_URI` (with
 * `BENCH_NEO4J_USER`, `BENCH_NEO4J_PASSWORD`, `BENCH_NEO4J_DATABASE`) points at another server instead.
 *
 * The embedded JVM exits when the process that started it exits (its watchdog reads our stdin pipe), so
 * whoever starts it must keep running for as long as others use it.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { EmbeddedNeo4jOptions, Neo4jConnection } from '../src/config/config';
import { createLogger, type Logger } from '../src/logging/logger';
import { EmbeddedNeo4j } from '../src/neo4j/embedded/launcher';

export const BENCH_PASSWORD = 'bench-password-1';

export interface BenchNeo4j {
  connection: Neo4jConnection;
  /** Where the server came from: BENCH_NEO4J_URI, started by us, or already listening on the bench port. */
  provider: 'BENCH_NEO4J_URI' | 'embedded' | 'embedded-reused';
  /** The embedded home (undefined for BENCH_NEO4J_URI). */
  home?: string;
  /** Stops the server if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
}

export interface BenchNeo4jOptions {
  logger?: Logger;
  /**
   * Called just before this process starts the embedded server itself (not when one is reused or
   * BENCH_NEO4J_URI is set), with the server stopped, e.g. to delete the old store for a fresh load.
   */
  beforeStart?: (options: EmbeddedNeo4jOptions) => void | Promise<void>;
}

const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new Error(`${name}: expected a TCP port, got "${raw}"`);
  return n;
};

const envSize = (name: string, fallback: string): string => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmgKMG]$/.test(raw))
    throw new Error(`${name}: expected a JVM memory size such as 2g, got "${raw}"`);
  return raw;
};

/** The embedded bench server's settings: defaults, overridable with BENCH_NEO4J_HOME/BOLT_PORT/HTTP_PORT/HEAP/PAGECACHE. */
export function benchEmbeddedOptions(): EmbeddedNeo4jOptions {
  return {
    home: path.resolve(process.env.BENCH_NEO4J_HOME || '.neo4j-bench'),
    boltPort: envInt('BENCH_NEO4J_BOLT_PORT', 7688),
    httpPort: envInt('BENCH_NEO4J_HTTP_PORT', 7475),
    heap: envSize('BENCH_NEO4J_HEAP', '2g'),
    pageCache: envSize('BENCH_NEO4J_PAGECACHE', '2g'),
    password: BENCH_PASSWORD,
  };
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function verify(c: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    connectionTimeout: 5000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity({ database: c.database });
  } finally {
    await driver.close();
  }
}

/** Starts (or reuses) the bench Neo4j and returns how to reach it. */
export async function startBenchNeo4j(options: BenchNeo4jOptions = {}): Promise<BenchNeo4j> {
  const logger = options.logger ?? createLogger({ level: 'warn', format: 'pretty' });
  const uri = process.env.BENCH_NEO4J_URI;
  if (uri) {
    const connection: Neo4jConnection = {
      uri,
      user: process.env.BENCH_NEO4J_USER || 'neo4j',
      password: process.env.BENCH_NEO4J_PASSWORD ?? '',
      database: process.env.BENCH_NEO4J_DATABASE || 'neo4j',
    };
    await verify(connection);
    return { connection, provider: 'BENCH_NEO4J_URI', stop: async () => {} };
  }

  const embeddedOptions = benchEmbeddedOptions();
  const connection: Neo4jConnection = {
    uri: `bolt://127.0.0.1:${embeddedOptions.boltPort}`,
    user: 'neo4j',
    password: embeddedOptions.password,
    database: 'neo4j',
  };
  if (await listening(embeddedOptions.boltPort)) {
    try {
      await verify(connection);
    } catch (err) {
      throw new Error(
        `Something listens on 127.0.0.1:${embeddedOptions.boltPort} but is not the bench Neo4j (password '${BENCH_PASSWORD}'): ${(err as Error).message}`,
        { cause: err },
      );
    }
    logger.info({ uri: connection.uri }, 'reusing the bench Neo4j that is already running');
    return { connection, provider: 'embedded-reused', home: embeddedOptions.home, stop: async () => {} };
  }

  await options.beforeStart?.(embeddedOptions);
  fs.mkdirSync(embeddedOptions.home, { recursive: true });
  const embedded = new EmbeddedNeo4j(embeddedOptions, logger);
  await embedded.start();
  const stop = () => embedded.stop();
  return { connection: embedded.connection, provider: 'embedded', home: embeddedOptions.home, stop };
}

/** `node --import tsx bench/bench-neo4j.ts`: starts (or finds) the bench Neo4j and keeps it up until Ctrl-C. */
if (require.main === module) {
  startBenchNeo4j().then(
    (bench) => {
      const { uri, user, password } = bench.connection;
      console.log(
        `bench Neo4j (${bench.provider}) at ${uri}, user ${user}, password ${password}. Ctrl-C stops it.`,
      );
      const stop = () => void bench.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      if (bench.provider !== 'embedded') void bench.stop().then(() => process.exit(0));
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}

/**
 * Runs a bench command's `main` as the process: exit 0 when it ends, 1 with the error when it fails,
 * 130/143 on Ctrl-C/SIGTERM. In every case the bench Neo4j that `main` started (handed to `track`) is
 * stopped first, so no JVM outlives the command.
 */
export function runBenchCommand(main: (track: (b: BenchNeo4j) => BenchNeo4j) => Promise<void>): void {
  let bench: BenchNeo4j | undefined;
  let stopping = false;
  const stopAndExit = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await bench?.stop();
    } finally {
      process.exit(code);
    }
  };
  process.once('SIGINT', () => void stopAndExit(130));
  process.once('SIGTERM', () => void stopAndExit(143));
  main((b) => (bench = b)).then(
    () => stopAndExit(0),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      return stopAndExit(1);
    },
  );
}
