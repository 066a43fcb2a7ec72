import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/database';
import type { VersionedCache } from '../util/versioned-cache';

export interface GraphQLContext {
  db: Database;
  config: AppConfig;
  logger: Logger;
  /** The request's Authorization header, checked only by mutations. */
  authorization?: string;
  /** Answers of the dashboard aggregates, kept per data version; one per service (and database). */
  aggregates: VersionedCache<unknown>;
}
