import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { RequestTimeoutError } from '../neo4j/database';
import { DateInputError } from './scalars';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function neo4jCause(error: unknown): Neo4jError | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e; i++) {
    if (e instanceof Neo4jError) return e;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What clients see of an error. Database failures never show Neo4j's own text (it can carry Cypher);
 * they get a code and a plain sentence, and the full error goes to the log.
 */
export function createErrorFormatter(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof DateInputError) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof RequestTimeoutError) {
      return { message: original.message, path: formatted.path, extensions: { code: 'TIMEOUT' } };
    }
    const db = neo4jCause(error);
    if (db) {
      const timedOut = /TransactionTimedOut|Terminated|LockClientStopped/i.test(db.code);
      const unavailable = UNAVAILABLE.has(db.code) || db.code === 'ServiceUnavailable';
      logger.error(
        { err: db, neo4jCode: db.code, path: formatted.path },
        'Neo4j error in a GraphQL operation',
      );
      const code = unavailable ? 'SERVICE_UNAVAILABLE' : timedOut ? 'TIMEOUT' : 'INTERNAL_SERVER_ERROR';
      const message = unavailable
        ? 'The graph database is unavailable; try again shortly.'
        : timedOut
          ? 'The query took too long and was cancelled.'
          : 'The graph database could not answer this request.';
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (production && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error, path: formatted.path }, 'internal error in a GraphQL operation');
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}
