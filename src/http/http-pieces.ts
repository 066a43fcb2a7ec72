/**
 * What every GraphQL request gets, whichever way it is served (the Express app, or the node:http fast
 * path for JSON POSTs in graphql-post.ts): its security and CORS headers, its body limit, the coded error
 * for a body that cannot be read, and its GraphQL context. Stated once here, so the two stay the same.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import helmet from 'helmet';
import type { AppConfig } from '../config/config';
import { requireRole } from '../graphql/auth';
import type { GraphQLContext } from '../graphql/context';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/database';
import { VersionedCache } from '../util/versioned-cache';

/**
 * Reports sent to draftReport and acceptReport (the review page) are larger than queries: a curator's
 * request may be up to this size (a 5 MiB PDF in base64, with its JSON around it). Every other request
 * keeps HTTP_BODY_LIMIT, so an anonymous client cannot post large bodies.
 */
export const CURATOR_BODY_LIMIT = '8mb';

/** What body-parser and raw-body throw for a body they cannot read: its HTTP status and kind. */
export type BodyError = Error & { status?: number; type?: string };

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface HttpPieces {
  logger: Logger;
  /** Helmet's headers; the CSP would block the development landing page, so it is production-only. */
  securityMiddleware: Middleware;
  securityHeaders(req: IncomingMessage, res: ServerResponse): void;
  /** CORS for /graphql, from CORS_ORIGINS. */
  graphqlCorsMiddleware: Middleware;
  graphqlCors(req: IncomingMessage, res: ServerResponse): void;
  /** HTTP_BODY_LIMIT, or CURATOR_BODY_LIMIT for a request with a curator's (or admin's) token. */
  bodyLimitFor(authorization: string | undefined): string;
  /**
   * A body too large or not JSON, as a GraphQL error with a code (not Express's HTML page); any other
   * error is a 500 with code INTERNAL_SERVER_ERROR, logged.
   */
  bodyError(
    err: BodyError,
    authorization: string | undefined,
    requestId: string,
  ): { status: number; payload: unknown };
  context(requestId: string, authorization: string | undefined): GraphQLContext;
}

/** Runs a middleware that sets headers and calls next at once (helmet, cors on a non-preflight request). */
const headersOf = (middleware: Middleware) => (req: IncomingMessage, res: ServerResponse) =>
  middleware(req, res, (err) => {
    if (err) throw err;
  });

export function httpPieces(deps: { config: AppConfig; db: Database; logger: Logger }): HttpPieces {
  const { config, db, logger } = deps;
  const production = config.env === 'production';
  // Answers of the dashboard aggregates, per data version: one cache for the service.
  const aggregates = new VersionedCache<unknown>();
  const securityMiddleware = helmet({
    contentSecurityPolicy: production ? undefined : false,
    crossOriginEmbedderPolicy: false,
  }) as Middleware;
  const graphqlCorsMiddleware = cors({
    origin: config.corsOrigins === '*' ? true : config.corsOrigins,
  }) as Middleware;
  const isCurator = (authorization: string | undefined) => {
    if (!authorization) return false;
    try {
      requireRole({ config, authorization }, 'curator');
      return true;
    } catch {
      return false; // not a curator: the ordinary limit; the resolvers report the token problem
    }
  };
  return {
    logger,
    securityMiddleware,
    securityHeaders: headersOf(securityMiddleware),
    graphqlCorsMiddleware,
    graphqlCors: headersOf(graphqlCorsMiddleware),
    bodyLimitFor: (authorization) => (isCurator(authorization) ? CURATOR_BODY_LIMIT : config.bodyLimit),
    bodyError(err, authorization, requestId) {
      const status = err.status ?? (err instanceof SyntaxError ? 400 : 500);
      const tooLarge = err.type === 'entity.too.large';
      const charset = status === 415;
      const code = tooLarge
        ? 'PAYLOAD_TOO_LARGE'
        : charset
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : status < 500
            ? 'BAD_REQUEST'
            : 'INTERNAL_SERVER_ERROR';
      const message = tooLarge
        ? `The request body is larger than ${authorization ? `${config.bodyLimit} (${CURATOR_BODY_LIMIT} with a curator's token)` : config.bodyLimit}.`
        : charset
          ? `The request body must be JSON in UTF-8 (${err.message}).`
          : status < 500
            ? 'The request body is not valid JSON.'
            : 'Internal server error';
      if (status >= 500) logger.error({ err, requestId }, 'unhandled HTTP error');
      return {
        status: status < 500 ? status : 500,
        payload: { errors: [{ message, extensions: { code } }] },
      };
    },
    context: (requestId, authorization) => ({
      db: db.withDeadline(Date.now() + config.requestTimeoutMs),
      config,
      logger: logger.child({ requestId }),
      authorization,
      aggregates,
    }),
  };
}
