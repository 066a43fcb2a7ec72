import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConnection } from '../../src/config/config';

/**
 * Where global-setup leaves the connection for the test files (they run in other module scopes).
 * One file per jest run (the env var is inherited by workers), so parallel runs don't collide.
 */
export const STATE_FILE =
  process.env.TEST_NEO4J_STATE_FILE ??
  (process.env.TEST_NEO4J_STATE_FILE = path.resolve(
    __dirname,
    '..',
    '..',
    '.neo4j-test',
    `connection-${process.pid}.json`,
  ));

export type TestProvider = 'NEO4J_TEST_URI' | 'testcontainers' | 'embedded';

export interface TestNeo4jState {
  provider: TestProvider;
  connection: Neo4jConnection;
  /** Neo4j Browser, where the provider serves it (embedded, Testcontainers). */
  browserUrl?: string;
  /** What to stop in global-teardown. */
  embeddedHome?: string;
  containerId?: string;
  /** The image Testcontainers ran. */
  image?: string;
}

export function readTestState(): TestNeo4jState {
  if (!fs.existsSync(STATE_FILE)) {
    throw new Error(
      `No test Neo4j: ${STATE_FILE} is missing. Run the tests through jest (its global setup starts Neo4j).`,
    );
  }
  return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as TestNeo4jState;
}

/** What scripts/images/build.sh names its Neo4j image (nothing pulled; see README, "Containers"). */
export const LOCAL_NEO4J_IMAGE = 'localhost/standards-graph/neo4j:5.26';

/** The image Testcontainers runs: NEO4J_TEST_IMAGE (e.g. the local build), else the official one. */
export const testImage = (env: NodeJS.ProcessEnv = process.env): string =>
  env.NEO4J_TEST_IMAGE || 'neo4j:5.26';

export type ProviderRequest = 'auto' | 'uri' | 'testcontainers' | 'embedded';

/** TEST_NEO4J_PROVIDER, checked; unset means auto. */
export function requestedProvider(env: NodeJS.ProcessEnv = process.env): ProviderRequest {
  const value = (env.TEST_NEO4J_PROVIDER ?? '').trim().toLowerCase() || 'auto';
  if (value === 'auto' || value === 'uri' || value === 'testcontainers' || value === 'embedded') return value;
  throw new Error(
    `TEST_NEO4J_PROVIDER must be auto, uri, testcontainers or embedded (got "${env.TEST_NEO4J_PROVIDER}")`,
  );
}

/** What a container runtime said when asked: not there, there without the image, or ready. */
export type RuntimeAnswer = { runtime: false; why: string } | { runtime: true; hasImage: boolean };

/**
 * Which Neo4j the tests use. An explicit choice is kept or fails with the reason (CI must not fall
 * back quietly); `auto` takes NEO4J_TEST_URI, then Testcontainers where a runtime has the image (nothing
 * is pulled), then the embedded launcher. `probe` is only called when its answer matters.
 */
export async function chooseProvider(
  env: NodeJS.ProcessEnv,
  probe: () => Promise<RuntimeAnswer>,
): Promise<{ provider: TestProvider; reason: string }> {
  const request = requestedProvider(env);
  const image = testImage(env);
  if (request === 'uri' || (request === 'auto' && env.NEO4J_TEST_URI)) {
    if (!env.NEO4J_TEST_URI) throw new Error('TEST_NEO4J_PROVIDER=uri needs NEO4J_TEST_URI');
    return { provider: 'NEO4J_TEST_URI', reason: 'NEO4J_TEST_URI is set' };
  }
  if (request === 'embedded') return { provider: 'embedded', reason: 'TEST_NEO4J_PROVIDER=embedded' };
  const answer = await probe();
  if (request === 'testcontainers') {
    if (!answer.runtime) {
      throw new Error(
        `TEST_NEO4J_PROVIDER=testcontainers, but no container runtime answers (${answer.why}). Start one (with Podman: see README, "Containers") or choose another provider.`,
      );
    }
    if (!answer.hasImage) {
      throw new Error(
        `TEST_NEO4J_PROVIDER=testcontainers, but the runtime has no image ${image} and nothing is pulled by the tests. Build it (scripts/images/build.sh neo4j, then NEO4J_TEST_IMAGE=${LOCAL_NEO4J_IMAGE}) or pull it yourself.`,
      );
    }
    return { provider: 'testcontainers', reason: `TEST_NEO4J_PROVIDER=testcontainers, image ${image}` };
  }
  if (answer.runtime && answer.hasImage) {
    return { provider: 'testcontainers', reason: `a container runtime answers and has ${image}` };
  }
  return {
    provider: 'embedded',
    reason: answer.runtime ? `the container runtime has no ${image}` : `no container runtime (${answer.why})`,
  };
}
