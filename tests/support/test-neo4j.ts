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
}

export function readTestState(): TestNeo4jState {
  if (!fs.existsSync(STATE_FILE)) {
    throw new Error(
      `No test Neo4j: ${STATE_FILE} is missing. Run the tests through jest (its global setup starts Neo4j).`,
    );
  }
  return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as TestNeo4jState;
}
