import type { LogLevel } from './config.js';

/** The logger shape Apollo Server accepts, so one logger serves the app and Apollo. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * One line per message on stderr, prefixed with time and level. stdout stays free for the one line a caller
 * may parse (the URL the server listens on).
 */
export function createLogger(level: LogLevel): Logger {
  const write = (at: LogLevel) => (message: string) => {
    if (RANK[at] >= RANK[level]) process.stderr.write(`${new Date().toISOString()} ${at} ${message}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
