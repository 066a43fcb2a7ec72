import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Database } from '../neo4j/database';

export interface GraphQLContext {
  db: Database;
  config: AppConfig;
  logger: Logger;
  /** The request's Authorization header, checked only by mutations. */
  authorization?: string;
}
