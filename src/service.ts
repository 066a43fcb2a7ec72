import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config/config';
import { SeedValidationError } from './graph/seed/errors';
import type { Readiness } from './http/app';
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
  /** Resolves once migrations (and seeds, if enabled) are in; the service answers before that. */
  bootstrapped: Promise<void>;
  stop(): Promise<void>;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * Start-up in dependency order: Neo4j (given or embedded) → HTTP → migrations → seeds.
 * HTTP comes up even while Neo4j is unreachable (/ready says so, queries get SERVICE_UNAVAILABLE);
 * migrations and seeds are retried in the background until Neo4j answers.
 * Bad seed files are not retried: they fail start-up, since the graph would silently be wrong.
 */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  const started = Date.now();
  // Where start-up time goes, reported with "ready" (the process's own loading is before `started`).
  const phases: Record<string, number> = { processLoadMs: Math.round(performance.now()) };
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      phases[phase] = (phases[phase] ?? 0) + Date.now() - t0;
    }
  };
  if (config.port !== 0) await assertPortFree(config.host, config.port, 'PORT');
  const neo4jStarting = timed('neo4jMs', () => provideNeo4j(config, logger));
  neo4jStarting.catch(() => {}); // awaited below, after the modules
  // GraphQL, HTTP and the graph's code (some 2 s of loading) load while the Neo4j JVM boots.
  const [{ migrate }, { loadSeeds }, { ensureTallies }, { createApolloServer }, { createRequestListener }] =
    await timed('modulesMs', () =>
      Promise.all([
        import('./graph/migrations/migrate'),
        import('./graph/seed/loader'),
        import('./graph/tallies/rebuild'),
        import('./graphql/server'),
        import('./http/app'),
      ]),
    );
  const neo4j = await neo4jStarting;
  Object.assign(phases, neo4j.embedded?.timings);
  const db = new Database(neo4j.connection, config.txTimeoutMs, config.retryMs);
  const readiness: Readiness = { migrated: false, seeded: false };
  const apollo = createApolloServer(config, logger);
  let httpServer: http.Server | undefined;
  let stopped = false;
  let stopping: Promise<void> | undefined;

  const stop = () =>
    (stopping ??= (async () => {
      stopped = true;
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

  const bootstrapOnce = async () => {
    await timed('migrationsMs', () => migrate(db, logger));
    // A graph loaded around the service (bulk load, restore, an older version) gets its counts back; a new,
    // empty one gets them at once. Before the seed load, which then keeps them exact as it writes.
    await timed('talliesMs', () => ensureTallies(db, logger));
    readiness.migrated = true;
    if (config.seedOnStart) {
      await timed('seedsMs', () => loadSeeds(db, config.seedsDir, logger));
      readiness.seeded = true;
    }
  };

  try {
    await timed('graphqlMs', () => apollo.start());
    const listener = createRequestListener({ config, db, logger, apollo, readiness });
    httpServer = http.createServer({ requestTimeout: config.requestTimeoutMs }, listener);
    await new Promise<void>((resolve, reject) => {
      httpServer!.once('error', reject);
      httpServer!.listen(config.port, config.host, () => resolve());
    });
    // The first attempt is awaited so a healthy start reports "ready" with the graph in place.
    await bootstrapOnce().catch((err) => {
      if (err instanceof SeedValidationError) throw err;
      logger.warn(
        { err: String(err) },
        'Neo4j is not answering yet; serving without it and retrying in the background',
      );
    });
  } catch (err) {
    await stop();
    throw err;
  }

  const bootstrapped = (async () => {
    let wait = RETRY_MIN_MS;
    while (!stopped && !(readiness.migrated && (readiness.seeded || !config.seedOnStart))) {
      await new Promise((r) => setTimeout(r, wait).unref());
      if (stopped) return;
      try {
        await bootstrapOnce();
        logger.info('Neo4j answered: migrations and seeds are in place');
      } catch (err) {
        if (err instanceof SeedValidationError) {
          logger.error(err.message);
          return;
        }
        wait = Math.min(wait * 2, RETRY_MAX_MS);
      }
    }
  })();

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
      neo4jReady: readiness.migrated,
      startupMs: Date.now() - started,
      phases,
    },
    'ready',
  );
  return { url, port, db, neo4j, readiness, bootstrapped, stop };
}
