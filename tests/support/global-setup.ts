import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { freePort } from '../../src/util/ports';
import { chooseProvider, STATE_FILE, testImage, type RuntimeAnswer, type TestNeo4jState } from './test-neo4j';

const PASSWORD = 'test-password-1';

/** Asks the container runtime Testcontainers finds (DOCKER_HOST, the Docker socket, ...) for the image. */
async function probeContainerRuntime(image: string): Promise<RuntimeAnswer> {
  const { getContainerRuntimeClient, ImageName } = await import('testcontainers');
  let client;
  try {
    client = await getContainerRuntimeClient();
  } catch (err) {
    return { runtime: false, why: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  return { runtime: true, hasImage: await client.image.exists(ImageName.fromString(image)) };
}

declare global {
  var __EMBEDDED_TEST_NEO4J__: EmbeddedNeo4j | undefined;
  var __TEST_CONTAINER__: { stop(): Promise<unknown> } | undefined;
}

/**
 * Starts the real Neo4j the tests run against, once per jest run. TEST_NEO4J_PROVIDER chooses it
 * (auto | uri | testcontainers | embedded; see chooseProvider): NEO4J_TEST_URI (a server you give,
 * whose database the tests WIPE), Testcontainers' Neo4j module on NEO4J_TEST_IMAGE, or the embedded
 * launcher in a throwaway folder on free ports.
 */
export default async function globalSetup(): Promise<void> {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'pretty' });
  const image = testImage();
  const started = Date.now();
  const { provider, reason } = await chooseProvider(process.env, () => probeContainerRuntime(image));
  let state: TestNeo4jState;

  if (provider === 'NEO4J_TEST_URI') {
    state = {
      provider,
      connection: {
        uri: process.env.NEO4J_TEST_URI!,
        user: process.env.NEO4J_TEST_USER ?? 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? '',
        database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
      },
    };
  } else if (provider === 'testcontainers') {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(image)
      .withPassword(PASSWORD)
      // The same memory as the embedded test Neo4j, through the image's NEO4J_<setting> variables.
      .withEnvironment({
        NEO4J_server_memory_heap_initial__size: '512m',
        NEO4J_server_memory_heap_max__size: '512m',
        NEO4J_server_memory_pagecache_size: '128m',
      })
      .start();
    globalThis.__TEST_CONTAINER__ = container;
    state = {
      provider,
      connection: { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, database: 'neo4j' },
      containerId: container.getId(),
      image,
      browserUrl: `${container.getHttpUri()}/browser/`,
    };
  } else {
    const home = path.resolve(__dirname, '..', '..', '.neo4j-test', `run-${process.pid}`);
    fs.rmSync(home, { recursive: true, force: true });
    const embedded = new EmbeddedNeo4j(
      {
        home,
        boltPort: await freePort(),
        httpPort: await freePort(),
        heap: '512m',
        pageCache: '128m',
        password: PASSWORD,
      },
      logger,
    );
    const connection = await embedded.start();
    globalThis.__EMBEDDED_TEST_NEO4J__ = embedded;
    state = { provider, connection, embeddedHome: home, browserUrl: embedded.browserUrl };
  }
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  const what = state.image
    ? `${provider} (image ${state.image}, container ${state.containerId?.slice(0, 12)})`
    : provider;
  process.stdout.write(
    `\n[tests] real Neo4j from ${what} at ${state.connection.uri}, ready in ${Date.now() - started} ms; chosen because ${reason}\n`,
  );
}
