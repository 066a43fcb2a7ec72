import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';
import { requireRole } from '../graphql/auth';
import type { GraphQLContext } from '../graphql/context';
import { VersionedCache } from '../util/versioned-cache';
import type { Logger } from '../logging/logger';
import { guideHtml } from '../graph/guide';
import type { Database } from '../neo4j/database';
import { explorerRoutes } from './explorer';
import { requestId } from './request-id';

/**
 * Reports sent to draftReport and acceptReport (the review page) are larger than queries: a curator's
 * request may be up to this size (a 5 MiB PDF in base64, with its JSON around it). Every other request
 * keeps HTTP_BODY_LIMIT, so an anonymous client cannot post large bodies.
 */
export const CURATOR_BODY_LIMIT = '8mb';

export interface Readiness {
  migrated: boolean;
  seeded: boolean;
}

/** The HTTP surface: GraphQL at /graphql, the explorer at /, liveness at /health, readiness at /ready. */
export function createApp(deps: {
  config: AppConfig;
  db: Database;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
}): Express {
  const { config, db, logger, apollo, readiness } = deps;
  const production = config.env === 'production';
  const aggregates = new VersionedCache<unknown>();
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  // Security headers; the CSP would block the development landing page, so it is production-only.
  app.use(
    helmet({ contentSecurityPolicy: production ? undefined : false, crossOriginEmbedderPolicy: false }),
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Neo4j Browser plays this with `:play http://localhost:4000/guide` (localhost is on its allow-list).
  app.get('/guide', cors(), (_req, res) => {
    res.type('html').send(guideHtml());
  });

  app.get('/ready', async (_req, res) => {
    const neo4j = await db.ping();
    // Not ready until the seed graph is in place: a half-started service would answer with an empty graph.
    const ready = neo4j && readiness.migrated && (readiness.seeded || !config.seedOnStart);
    res
      .status(ready ? 200 : 503)
      .json({ ready, neo4j, migrations: readiness.migrated, seeded: readiness.seeded });
  });

  // CORS ahead of the explorer: its GET /graphql route (the IDE, in development) would otherwise make
  // Express answer a browser's preflight itself, with 200 and no Access-Control headers.
  app.use('/graphql', cors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins }));

  // The explorer at / and, in development, the offline GraphQL IDE for browsers on GET /graphql.
  app.use(explorerRoutes({ config, logger }));

  app.use(
    '/graphql',
    bodyParser(config),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        db: db.withDeadline(Date.now() + config.requestTimeoutMs),
        config,
        logger: logger.child({ requestId: req.id }),
        authorization: req.headers.authorization,
        aggregates,
      }),
    }),
  );

  // Body-parser failures (too large, malformed JSON) answer as GraphQL errors with a code, not HTML.
  app.use(
    (err: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      const status = err.status && err.status < 500 ? err.status : 500;
      const code =
        err.type === 'entity.too.large'
          ? 'PAYLOAD_TOO_LARGE'
          : status < 500
            ? 'BAD_REQUEST'
            : 'INTERNAL_SERVER_ERROR';
      const message =
        err.type === 'entity.too.large'
          ? `The request body is larger than ${req.headers.authorization ? `${config.bodyLimit} (${CURATOR_BODY_LIMIT} with a curator's token)` : config.bodyLimit}.`
          : status < 500
            ? 'The request body is not valid JSON.'
            : 'Internal server error';
      if (status >= 500) logger.error({ err, requestId: req.id }, 'unhandled HTTP error');
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    },
  );
  return app;
}

/** JSON bodies up to HTTP_BODY_LIMIT, or CURATOR_BODY_LIMIT for a request with a curator's (or admin's) token. */
function bodyParser(config: AppConfig) {
  const normal = express.json({ limit: config.bodyLimit });
  const large = express.json({ limit: CURATOR_BODY_LIMIT });
  return (req: Request, res: Response, next: NextFunction) => {
    let curator = false;
    if (req.headers.authorization) {
      try {
        requireRole({ config, authorization: req.headers.authorization }, 'curator');
        curator = true;
      } catch {
        // Not a curator: the ordinary limit; the resolvers report the token problem.
      }
    }
    return (curator ? large : normal)(req, res, next);
  };
}
