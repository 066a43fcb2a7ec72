import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import type { AppConfig } from '../config/config';
import type { GraphQLContext } from '../graphql/context';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/database';

export interface Readiness {
  migrated: boolean;
  seeded: boolean;
}

/** The HTTP surface: GraphQL at /graphql, liveness at /health, readiness at /ready. */
export function createApp(deps: {
  config: AppConfig;
  db: Database;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
}): Express {
  const { config, db, logger, apollo, readiness } = deps;
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    const neo4j = await db.ping();
    const ready = neo4j && readiness.migrated;
    res
      .status(ready ? 200 : 503)
      .json({ ready, neo4j, migrations: readiness.migrated, seeded: readiness.seeded });
  });

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins }),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ db, config, logger, authorization: req.headers.authorization }),
    }),
  );
  return app;
}
