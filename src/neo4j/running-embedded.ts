import neo4j from 'neo4j-driver';
import type { AppConfig, Neo4jConnection } from '../config/config';

/**
 * The embedded Neo4j of a service that is running now (`npm start` in another terminal), if any: its
 * Bolt port answers with the configured password. Commands that work online (backup, restore) use it
 * instead of failing to start a second server on the same folder and ports.
 */
export async function runningEmbedded(config: AppConfig): Promise<Neo4jConnection | undefined> {
  if (config.neo4j) return undefined;
  const c: Neo4jConnection = {
    uri: `bolt://127.0.0.1:${config.embedded.boltPort}`,
    user: 'neo4j',
    password: config.embedded.password,
    database: 'neo4j',
  };
  const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    connectionTimeout: 2000,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: c.database });
    return c;
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}
