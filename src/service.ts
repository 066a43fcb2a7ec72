import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config/config';
import { migrate } from './graph/migrations/migrate';
import { loadSeeds } from './graph/seed/loader';
import { createApolloServer } from './graphql/server';
import { createApp, type Readiness } from './http/app';
import type { Logger } from './logging/logger';
import { Database } from './neo4j/database';
import { provideNeo4j, type ProvidedNeo4j } from './neo4j/provider';
import { assertPortFree } from './util/ports';

export interface RunningService {
  url: string;
  port: number;
  db: Database;
  neo4j: ProvidedNeo4j;
  readiness: Readiness;
  stop(): Promise<void>;
}

/**
 * Start-up in dependency order: Neo4j (given or embedded) → migrations → seeds → HTTP.
 * `stop` undoes it in reverse and is safe to call twice.
 */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  const started = Date.now();
  if (config.port !== 0) await assertPortFree(config.host, config.port, 'PORT');
  const neo4j = await provideNeo4j(config, logger);
  const db = new Database(
    { ...neo4j.connection, database: config.neo4j?.database ?? neo4j.connection.database },
    config.txTimeoutMs,
  );
  const readiness: Readiness = { migrated: false, seeded: false };
  let httpServer: http.Server | undefined;
  let stopping: Promise<void> | undefined;

  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      if (httpServer) {
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) => httpServer!.close(() => resolve()));
      }
      await apollo.stop().catch(() => {});
      await db.close();
      await neo4j.stop();
      logger.info('stopped');
    })());

  const apollo = createApolloServer({ production: config.env === 'production', logger });
  try {
    await migrate(db, logger);
    readiness.migrated = true;
    if (config.seedOnStart) {
      await loadSeeds(db, config.seedsDir, logger);
      readiness.seeded = true;
    }
    await apollo.start();
    const app = createApp({ config, db, logger, apollo, readiness });
    httpServer = http.createServer(app);
    await new Promise<void>((resolve, reject) => {
      httpServer!.once('error', reject);
      httpServer!.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await stop();
    throw err;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  logger.info(
    {
      graphql: url,
      provider: neo4j.provider,
      bolt: neo4j.connection.uri,
      // The embedded database is local and its password a documented default, so it is printed for Browser.
      ...(neo4j.browserUrl
        ? {
            neo4jBrowser: neo4j.browserUrl,
            browserLogin: `${neo4j.connection.user} / ${neo4j.connection.password}`,
          }
        : {}),
      startupMs: Date.now() - started,
    },
    'ready',
  );
  return { url, port, db, neo4j, readiness, stop };
}
