import { ConfigError, loadConfig, type AppConfig } from '../config/config';
import { createLogger, type Logger } from '../logging/logger';

/** The configuration from the environment; a bad setting is one line on stderr and exit code 2. */
export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

/** A command's logger: on stderr (so its own output, YAML or JSON, can be piped), quiet unless asked. */
export function cliLogger(config: AppConfig): Logger {
  return createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, format: 'pretty' });
}

/** Expected failures (`known`) as their one-line message; anything else with its stack. */
export function reportFailure(
  err: unknown,
  known: readonly (abstract new (...args: never[]) => Error)[],
): void {
  const expected = known.some((k) => err instanceof k);
  const text = expected
    ? (err as Error).message
    : err instanceof Error
      ? (err.stack ?? err.message)
      : String(err);
  process.stderr.write(`${text}\n`);
}
