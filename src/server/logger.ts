// The process logger: pino JSON lines at LOG_LEVEL (info by default), secrets redacted by path and personal
// data (what guests say, their phones, e-mails and names) masked in whichever module logs it.
import { pino, type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS, redactLogFields } from './log-redact.ts';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function createLogger(env: Record<string, string | undefined>, destination?: DestinationStream): Logger {
  const requested = (env.LOG_LEVEL ?? 'info').toLowerCase();
  const level = LEVELS.has(requested) ? requested : 'info';
  const options = {
    level,
    base: { service: 'portier' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { log: (fields: Record<string, unknown>) => redactLogFields(fields) },
  };
  return destination ? pino(options, destination) : pino(options);
}
