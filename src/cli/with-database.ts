import type { AppConfig } from '../config/config';
import { SeedValidationError } from '../graph/seed/errors';
import type { Logger } from '../logging/logger';
import { Database } from '../neo4j/database';
import { PrerequisiteError } from '../neo4j/embedded/java';
import { provideNeo4j } from '../neo4j/provider';
import { PortInUseError } from '../util/ports';
import { cliLogger, configOrExit, reportFailure } from './cli-setup';

export interface CliContext {
  config: AppConfig;
  logger: Logger;
  db: Database;
}

/**
 * Runs a command against the configured Neo4j (NEO4J_URI, or the embedded default started for the
 * command and stopped after it), turning known failures into one clear line and exit code 1 (2 for config).
 */
export async function withDatabase(run: (ctx: CliContext) => Promise<void>): Promise<void> {
  const config = configOrExit();
  const logger = cliLogger(config);
  let neo4j: Awaited<ReturnType<typeof provideNeo4j>> | undefined;
  let db: Database | undefined;
  let code = 0;
  try {
    neo4j = await provideNeo4j(config, logger);
    db = new Database(neo4j.connection, config.txTimeoutMs, config.retryMs);
    await run({ config, logger, db });
  } catch (err) {
    code = 1;
    reportFailure(err, [SeedValidationError, PrerequisiteError, PortInUseError]);
  } finally {
    await db?.close();
    await neo4j?.stop();
  }
  process.exit(code);
}
