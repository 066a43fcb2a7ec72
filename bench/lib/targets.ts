/**
 * The three things the benchmark measures, each a separate process on loopback against the same Neo4j,
 * so none shares an event loop with the load generator or with another:
 *   ours  — this service (src/main.ts, production mode, no seeding);
 *   peer  — @neo4j/graphql 7 over equivalent typeDefs (bench/neo4j-graphql/server.ts);
 *   raw   — the hand-written Cypher through neo4j-driver behind plain node:http (bench/raw-cypher/server.ts).
 * Each target knows how to turn an operation of the mix into an HTTP request.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Neo4jConnection } from '../../src/config/config';
import { freePort } from '../../src/util/ports';
import { rssMiB, startServiceProcess } from '../../scripts/lib/service-under-test';
import { peerMix } from '../neo4j-graphql/operations';
import { queryMix, type MixIds, type MixOperation } from '../query-mix';

export type TargetName = 'ours' | 'peer' | 'raw';
export const TARGET_NAMES: TargetName[] = ['ours', 'peer', 'raw'];
export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'this service',
  peer: '@neo4j/graphql 7',
  raw: 'raw Cypher (neo4j-driver)',
};

export interface HttpRequest {
  url: string;
  body: string;
}

export interface Target {
  name: TargetName;
  pid: number;
  /** The HTTP request for an operation of the mix (by name). */
  request(operation: string): HttpRequest;
  rssMiB(): number;
  stop(): Promise<void>;
}

const REPO = path.resolve(__dirname, '..', '..');

/**
 * The targets run as compiled JavaScript, as deployed (`npm run build`, the Docker image), not through
 * tsx: `compileTargets()` builds src/ and bench/ into dist/ first.
 */
export function compileTargets(): void {
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.bench.json failed:\n${tsc.stdout}${tsc.stderr}`);
}

const compiled = (script: string) => path.join(REPO, 'dist', script.replace(/\.ts$/, '.js'));

/** Starts the compiled `script` and waits for a line matching `ready` on its stdout. */
async function spawnServer(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [compiled(script)], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} was not ready within 60 s:\n${output}`)),
      60_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { child, stop };
}

const graphqlRequest =
  (url: string, mix: MixOperation[]) =>
  (operation: string): HttpRequest => {
    const op = mix.find((o) => o.name === operation);
    if (!op) throw new Error(`unknown operation ${operation}`);
    return { url, body: JSON.stringify({ query: op.query, variables: op.variables }) };
  };

const neo4jEnv = (c: Neo4jConnection) => ({
  NEO4J_URI: c.uri,
  NEO4J_USER: c.user,
  NEO4J_PASSWORD: c.password,
  NEO4J_DATABASE: c.database,
});

export async function startTarget(
  name: TargetName,
  connection: Neo4jConnection,
  ids: MixIds,
): Promise<Target> {
  if (name === 'ours') {
    // Production settings as deployed; the seed files are not loaded into the synthetic graph.
    const service = await startServiceProcess(connection, { SEED_ON_START: 'false', LOG_LEVEL: 'warn' }, [
      compiled('src/main.ts'),
    ]);
    return {
      name,
      pid: service.child.pid!,
      request: graphqlRequest(service.graphqlUrl, queryMix(ids)),
      rssMiB: () => service.rssMiB(),
      stop: () => service.stop(),
    };
  }
  if (name === 'peer') {
    const port = await freePort();
    const server = await spawnServer(
      'bench/neo4j-graphql/server.ts',
      { ...neo4jEnv(connection), PEER_PORT: String(port) },
      /peer ready at/,
    );
    return {
      name,
      pid: server.child.pid!,
      request: graphqlRequest(`http://127.0.0.1:${port}/graphql`, peerMix(ids)),
      rssMiB: () => rssMiB(server.child.pid!),
      stop: server.stop,
    };
  }
  const port = await freePort();
  const server = await spawnServer(
    'bench/raw-cypher/server.ts',
    { ...neo4jEnv(connection), RAW_PORT: String(port) },
    /floor ready at/,
  );
  const variables = Object.fromEntries(queryMix(ids).map((op) => [op.name, op.variables]));
  return {
    name,
    pid: server.child.pid!,
    request: (operation) => ({
      url: `http://127.0.0.1:${port}/${operation}`,
      body: JSON.stringify({ variables: variables[operation] }),
    }),
    rssMiB: () => rssMiB(server.child.pid!),
    stop: server.stop,
  };
}
