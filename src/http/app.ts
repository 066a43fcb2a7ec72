import type { RequestListener } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/config';
import type { GraphQLContext } from '../graphql/context';
import type { Logger } from '../logging/logger';
import { guideHtml } from '../graph/guide';
import type { Database } from '../neo4j/database';
import { explorerRoutes } from './explorer';
import { graphqlPostHandler } from './graphql-post';
import { CURATOR_BODY_LIMIT, httpPieces, type BodyError, type HttpPieces } from './http-pieces';
import { requestId } from './request-id';

export interface Readiness {
  migrated: boolean;
  seeded: boolean;
}

interface AppDeps {
  config: AppConfig;
  db: Database;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
}

/**
 * The HTTP surface: GraphQL at /graphql, the explorer at /, liveness at /health, readiness at /ready.
 * JSON POSTs to /graphql (nearly every GraphQL request) are answered on node:http (graphql-post.ts);
 * everything else by the Express app.
 */
export function createRequestListener(deps: AppDeps): RequestListener {
  const pieces = httpPieces(deps);
  const app = createApp(deps, pieces);
  const graphqlPost = graphqlPostHandler(pieces, deps.apollo);
  return (req, res) => {
    if (!graphqlPost(req, res)) app(req, res);
  };
}

/** The Express app: every route, /graphql included (GET, preflight, and POSTs that are not JSON). */
export function createApp(deps: AppDeps, pieces: HttpPieces = httpPieces(deps)): Express {
  const { config, db, logger, apollo, readiness } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(pieces.securityMiddleware);

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
  app.use('/graphql', pieces.graphqlCorsMiddleware);

  // The explorer at / and, in development, the offline GraphQL IDE for browsers on GET /graphql.
  app.use(explorerRoutes({ config, logger }));

  const json = { [config.bodyLimit]: express.json({ limit: config.bodyLimit }) };
  json[CURATOR_BODY_LIMIT] = express.json({ limit: CURATOR_BODY_LIMIT });
  app.use(
    '/graphql',
    (req: Request, res: Response, next: NextFunction) =>
      json[pieces.bodyLimitFor(req.headers.authorization)]!(req, res, next),
    expressMiddleware(apollo, {
      context: ({ req }) => Promise.resolve(pieces.context(req.id, req.headers.authorization)),
    }),
  );

  // Body-parser failures (too large, malformed JSON) answer as GraphQL errors with a code, not HTML.
  app.use((err: BodyError, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const { status, payload } = pieces.bodyError(err, req.headers.authorization, req.id);
    res.status(status).json(payload);
  });
  return app;
}
