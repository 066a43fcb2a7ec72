import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/** One JSON object per line for machines; `pretty` for a person at a terminal. */
export function createLogger(options: { level: string; format: 'json' | 'pretty' }): Logger {
  const base = {
    level: options.level,
    base: { service: 'standards-actors-graph' },
    // Never let a credential reach the log, whatever object a caller passes.
    redact: {
      paths: [
        'password',
        '*.password',
        'authorization',
        '*.authorization',
        'req.headers.authorization',
        'token',
      ],
      censor: '[redacted]',
    },
  };
  if (options.format === 'pretty') {
    return pino(
      base,
      pretty({ colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,service' }),
    );
  }
  return pino({ ...base, timestamp: pino.stdTimeFunctions.isoTime });
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
