import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/launcher';
import { freePort } from '../../src/util/ports';
import { STATE_FILE, type TestNeo4jState } from './test-neo4j';

const PASSWORD = 'test-password-1';
const IMAGE = process.env.NEO4J_TEST_IMAGE ?? 'neo4j:5.26';

/** A container runtime that answers and already has the image (nothing can be pulled here). */
async function containerRuntimeWithImage(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    return await client.image.exists((await import('testcontainers')).ImageName.fromString(IMAGE));
  } catch {
    return false;
  }
}

declare global {
  var __EMBEDDED_TEST_NEO4J__: EmbeddedNeo4j | undefined;
  var __TEST_CONTAINER__: { stop(): Promise<unknown> } | undefined;
}

/**
 * Chooses the real Neo4j the tests run against, in this order: NEO4J_TEST_URI (a server you give,
 * whose database the tests WIPE), Testcontainers' Neo4j module when a container runtime answers and
 * has the image, otherwise the embedded launcher in a throwaway folder on free ports.
 */
export default async function globalSetup(): Promise<void> {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', format: 'pretty' });
  let state: TestNeo4jState;
  const started = Date.now();

  if (process.env.NEO4J_TEST_URI) {
    state = {
      provider: 'NEO4J_TEST_URI',
      connection: {
        uri: process.env.NEO4J_TEST_URI,
        user: process.env.NEO4J_TEST_USER ?? 'neo4j',
        password: process.env.NEO4J_TEST_PASSWORD ?? '',
        database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
      },
    };
  } else if (await containerRuntimeWithImage()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer(IMAGE).withPassword(PASSWORD).start();
    globalThis.__TEST_CONTAINER__ = container;
    state = {
      provider: 'testcontainers',
      connection: { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, database: 'neo4j' },
      containerId: container.getId(),
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
    state = { provider: 'embedded', connection, embeddedHome: home, browserUrl: embedded.browserUrl };
  }
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  process.stdout.write(
    `\n[tests] real Neo4j from ${state.provider} at ${state.connection.uri} (ready in ${Date.now() - started} ms)\n`,
  );
}
