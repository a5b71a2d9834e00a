// The process logger: pino JSON lines at LOG_LEVEL (info by default), secrets redacted by path.
import { pino, type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS } from './log-redact.ts';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function createLogger(env: Record<string, string | undefined>, destination?: DestinationStream): Logger {
  const requested = (env.LOG_LEVEL ?? 'info').toLowerCase();
  const level = LEVELS.has(requested) ? requested : 'info';
  const options = { level, base: { service: 'portier' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
