/**
 * docker-compose.yml for real, on the container runtime at DOCKER_HOST (Podman's socket in CI) with the
 * locally built images: Neo4j becomes healthy, the service starts after it, loads the seed graph and is
 * ready, GraphQL answers, and `down` then `up` keeps the data in the named volume.
 * Run by `npm run test:containers` (see README, "Containers"); COMPOSE picks the compose command.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { freePort } from '../../src/util/ports';

const run = promisify(execFile);
const REPO = path.resolve(__dirname, '..', '..');
const COMPOSE = (process.env.COMPOSE || 'docker-compose').split(' ');
const PROJECT = `sagcompose${process.pid}`;
const PASSWORD = 'compose-check-password';
const MINUTES = 60_000;

let env: NodeJS.ProcessEnv;
let healthDriver: ChildProcess | undefined;
let bolt: string;
let base: string;

const compose = async (...args: string[]) =>
  run(COMPOSE[0]!, [...COMPOSE.slice(1), '--project-name', PROJECT, ...args], {
    cwd: REPO,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });

/** `podman inspect` (or docker's) of the project's container for a service. */
async function inspect(service: string): Promise<{
  Id: string;
  State: { Running: boolean; StartedAt: string; Health?: { Status: string } };
}> {
  const cli = process.env.CONTAINER_CLI || 'podman';
  const { stdout: ids } = await run(cli, [
    'ps',
    '--quiet',
    '--filter',
    `label=com.docker.compose.project=${PROJECT}`,
    '--filter',
    `label=com.docker.compose.service=${service}`,
  ]);
  const id = ids.trim().split('\n')[0];
  if (!id) throw new Error(`no running container for ${service} in ${PROJECT}`);
  const { stdout } = await run(cli, ['inspect', id]);
  return JSON.parse(stdout)[0];
}

async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(
    `${what} did not happen within ${ms / 1000} s${last ? ` (last error: ${String(last)})` : ''}`,
  );
}

async function ready(): Promise<{ ready: boolean; seeded: boolean }> {
  return waitFor('/ready = 200', 4 * MINUTES, async () => {
    const res = await fetch(`${base}/ready`);
    return res.status === 200 ? ((await res.json()) as { ready: boolean; seeded: boolean }) : undefined;
  });
}

async function graphql(query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as never;
}

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(bolt, neo4j.auth.basic('neo4j', PASSWORD));
  try {
    return (await driver.executeQuery(query, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  if (process.env.SERVICE_IMAGE_ERROR) throw new Error(process.env.SERVICE_IMAGE_ERROR);
  const [http, boltPort, graphqlPort] = [await freePort(), await freePort(), await freePort()];
  env = {
    ...process.env,
    NEO4J_IMAGE: process.env.NEO4J_IMAGE || 'localhost/standards-graph/neo4j:5.26',
    SERVICE_IMAGE: process.env.SERVICE_IMAGE || 'localhost/standards-graph/service:local',
    NEO4J_HTTP_PORT: String(http),
    NEO4J_BOLT_PORT: String(boltPort),
    GRAPHQL_PORT: String(graphqlPort),
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
  };
  bolt = `bolt://127.0.0.1:${boltPort}`;
  base = `http://127.0.0.1:${graphqlPort}`;
  // Podman without systemd runs no health checks by itself; this loop does (see the script).
  if ((process.env.CONTAINER_CLI || 'podman') === 'podman') {
    healthDriver = spawn('bash', [path.join(REPO, 'scripts/images/healthchecks.sh'), PROJECT, '2'], {
      stdio: 'ignore',
    });
  }
  // --no-build: the images are built beforehand (scripts/images/build.sh); nothing is pulled either.
  await compose('up', '--detach', '--no-build');
}, 8 * MINUTES);

afterAll(async () => {
  await compose('down', '--volumes').catch((err) => console.error('compose down failed', err));
  healthDriver?.kill();
}, 3 * MINUTES);

describe('docker-compose.yml on the local images', () => {
  it(
    'Neo4j is healthy and the service started after it, without waiting for Neo4j itself',
    async () => {
      const db = await inspect('neo4j');
      expect(db.State.Health?.Status).toBe('healthy');
      const service = await inspect('graphql');
      expect(service.State.Running).toBe(true);
      expect(Date.parse(service.State.StartedAt)).toBeGreaterThan(Date.parse(db.State.StartedAt));
      await ready();
      // Had it started before Neo4j was healthy, its first connection would have failed and been retried.
      const { stdout } = await compose('logs', '--no-color', 'graphql');
      // (A slow first migration can still time out and be retried; that is not a connection failure.)
      expect(stdout).not.toMatch(
        /ServiceUnavailable|ECONNREFUSED|Failed to connect|Could not perform discovery/,
      );
      expect(stdout).toContain('"msg":"ready"');
    },
    5 * MINUTES,
  );

  it(
    'loads the seed graph: /ready is true, a GraphQL query answers with seed data, the explorer is served',
    async () => {
      expect(await ready()).toMatchObject({ ready: true, seeded: true });
      const res = await graphql('{ topic(id: "cybersecurity") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ topic: { id: 'cybersecurity' } });
      // The explorer's page, built into the image by the Dockerfile.
      // As a browser asks for it: the explorer answers page requests that accept HTML.
      const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
    },
    5 * MINUTES,
  );

  it(
    'keeps the data in the volume across `down` and `up`',
    async () => {
      const marker = `compose-check-${Date.now()}`;
      await cypher('CREATE (:ComposeCheck {id: $marker})', { marker });
      await compose('down');
      await compose('up', '--detach', '--no-build');
      await ready();
      // The same password (kept in the system database on the volume) and the marker written before.
      expect(await cypher('MATCH (c:ComposeCheck {id: $marker}) RETURN c.id AS id', { marker })).toEqual([
        { id: marker },
      ]);
      const res = await graphql('{ topic(id: "cybersecurity") { id } }');
      expect(res.data).toEqual({ topic: { id: 'cybersecurity' } });
    },
    8 * MINUTES,
  );
});
