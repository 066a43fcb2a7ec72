import type { AppConfig, Neo4jConnection } from '../config/config';
import type { Logger } from '../logging/logger';
import { BackupError } from '../neo4j/backup/format';
import { PrerequisiteError } from '../neo4j/embedded/java';
import { provideNeo4j } from '../neo4j/provider';
import { runningEmbedded } from '../neo4j/running-embedded';
import { PortInUseError } from '../util/ports';
import { cliLogger, configOrExit, reportFailure } from './cli-setup';

/**
 * Runs an online database command (backup, restore) against NEO4J_URI, the running service's embedded
 * Neo4j, or an embedded Neo4j started for the command and stopped after it. Known failures become one
 * clear line and exit code 1 (2 for configuration).
 */
export async function withNeo4j(
  run: (ctx: {
    config: AppConfig;
    logger: Logger;
    connection: Neo4jConnection;
    where: string;
  }) => Promise<void>,
): Promise<void> {
  const config = configOrExit();
  const logger = cliLogger(config);
  let stop: (() => Promise<void>) | undefined;
  let code = 0;
  try {
    const running = await runningEmbedded(config);
    let connection: Neo4jConnection;
    let where: string;
    if (running) {
      connection = running;
      where = `the running embedded Neo4j (${running.uri})`;
    } else {
      const provided = await provideNeo4j(config, logger);
      stop = () => provided.stop();
      connection = provided.connection;
      where =
        provided.provider === 'embedded'
          ? `the embedded Neo4j in ${config.embedded.home}`
          : `${connection.uri}, database ${connection.database}`;
    }
    await run({ config, logger, connection, where });
  } catch (err) {
    code = 1;
    reportFailure(err, [BackupError, PrerequisiteError, PortInUseError]);
  } finally {
    await stop?.();
  }
  process.exit(code);
}
