import { configOrExit } from './cli/cli-setup';
import { SeedValidationError } from './graph/seed/errors';
import { createLogger } from './logging/logger';
import { PrerequisiteError } from './neo4j/embedded/java';
import { startService } from './service';
import { PortInUseError } from './util/ports';

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat });
  // A stray rejection is a bug to log loudly, not a reason to drop every client's connection.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  try {
    const service = await startService(config, logger);
    let firstSignalAt = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      // Ctrl-C reaches us twice (from the terminal and relayed by npm/tsx); only a later one forces exit.
      if (firstSignalAt) {
        if (Date.now() - firstSignalAt > 2000) {
          logger.warn({ signal }, 'second signal; exiting now');
          process.exit(130);
        }
        return;
      }
      firstSignalAt = Date.now();
      logger.info({ signal }, 'signal received');
      service.stop().then(
        () => process.exit(0),
        (err) => {
          logger.error({ err }, 'error during shutdown');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  } catch (err) {
    // Known start-up failures get their message only; a stack trace would bury the advice.
    if (
      err instanceof PrerequisiteError ||
      err instanceof PortInUseError ||
      err instanceof SeedValidationError
    ) {
      logger.fatal(err.message);
    } else {
      logger.fatal({ err }, 'start-up failed');
    }
    process.exit(1);
  }
}

void main();
