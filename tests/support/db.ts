import path from 'node:path';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { migrate } from '../../src/graph/migrations/migrate';
import { loadSeeds } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import { Database } from '../../src/neo4j/database';
import { readTestState } from './test-neo4j';

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', 'seeds');

export function testDatabase(): Database {
  return new Database(readTestState().connection);
}

/** Isolation between test files: every file starts from an empty graph with the schema migrated. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.mutate('MATCH (n) DETACH DELETE n');
  await migrate(db, silentLogger);
}

export async function resetAndSeed(db: Database): Promise<void> {
  await resetDatabase(db);
  await loadSeeds(db, SEEDS_DIR, silentLogger, { force: true });
}

/** Service configuration pointing at the test Neo4j, on a free HTTP port. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  const { connection } = readTestState();
  return loadConfig(
    {
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      PORT: '0',
      SEEDS_DIR,
      LOG_LEVEL: 'silent',
      ...overrides,
    },
    false,
  );
}
