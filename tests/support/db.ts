import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { migrate } from '../../src/graph/migrations/migrate';
import { loadSeeds } from '../../src/graph/seed/loader';
import { silentLogger } from '../../src/logging/logger';
import { Database } from '../../src/neo4j/database';
import { readTestState } from './test-neo4j';

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', 'seeds');
export const FORUM_SEED_FILE = '2020-09-28-cybersecurity-standards-forum.yaml';
const FORUM_SOURCE = 'cybersecurity-standards-forum-2020-report';

/**
 * The 2020 forum article alone (its seed file and stored text), in a folder of its own: the graph the
 * API, guide and model tests were written against, whatever other reports seeds/ holds.
 */
export function forumSeedsDir(): string {
  const dir = path.join(os.tmpdir(), `forum-seeds-${process.pid}`);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.copyFileSync(path.join(SEEDS_DIR, FORUM_SEED_FILE), path.join(dir, FORUM_SEED_FILE));
  const text = path.join('sources', `${FORUM_SOURCE}.txt`);
  fs.copyFileSync(path.join(SEEDS_DIR, text), path.join(dir, text));
  return dir;
}

/**
 * Generous transaction timeouts: a cold test JVM on a busy 2-core machine can take tens of seconds over
 * its first seed load. Timeouts themselves are tested with their own Database (timeouts.test.ts).
 */
const TEST_TX_TIMEOUT_MS = 120_000;

export function testDatabase(): Database {
  return new Database(readTestState().connection, TEST_TX_TIMEOUT_MS);
}

/** Isolation between test files: every file starts from an empty graph with the schema migrated. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.mutate('MATCH (n) DETACH DELETE n');
  await migrate(db, silentLogger);
}

/** An empty graph with the forum article loaded (or the seed files of `dir`). */
export async function resetAndSeed(db: Database, dir = forumSeedsDir()): Promise<void> {
  await resetDatabase(db);
  await loadSeeds(db, dir, silentLogger, { force: true });
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
      NEO4J_TX_TIMEOUT_MS: String(TEST_TX_TIMEOUT_MS),
      ...overrides,
    },
    false,
  );
}
