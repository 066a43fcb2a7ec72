import type { AppConfig, Neo4jConnection } from '../config/config';
import type { Logger } from '../logging/logger';
import { EmbeddedNeo4j } from './embedded/launcher';

export interface ProvidedNeo4j {
  connection: Neo4jConnection;
  /** Where the database came from, for the start-up log. */
  provider: 'NEO4J_URI' | 'embedded';
  /** Neo4j Browser URL when we run the server ourselves. */
  browserUrl?: string;
  embedded?: EmbeddedNeo4j;
  stop(): Promise<void>;
}

/** NEO4J_URI wins; without it the project runs its own Neo4j 5.26 Community from the Maven jars. */
export async function provideNeo4j(config: AppConfig, logger: Logger): Promise<ProvidedNeo4j> {
  if (config.neo4j) {
    logger.info(
      { provider: 'NEO4J_URI', uri: config.neo4j.uri, database: config.neo4j.database },
      'using Neo4j from NEO4J_URI',
    );
    return { connection: config.neo4j, provider: 'NEO4J_URI', stop: async () => {} };
  }
  const embedded = new EmbeddedNeo4j(config.embedded, logger);
  const connection = await embedded.start();
  logger.info(
    { provider: 'embedded', uri: connection.uri, browser: embedded.browserUrl, user: connection.user },
    'using the embedded Neo4j 5.26 Community (set NEO4J_URI to use another server)',
  );
  return {
    connection,
    provider: 'embedded',
    browserUrl: embedded.browserUrl,
    embedded,
    stop: () => embedded.stop(),
  };
}
