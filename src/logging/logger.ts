// The process logger: pino JSON lines at LOG_LEVEL (info by default), secrets redacted by path and personal
// data (what guests say, their phones, e-mails and names) masked in whichever module logs it. On a terminal
// the same records are printed as readable lines (pino-pretty); a pipe or a file gets JSON, or LOG_FORMAT
// chooses: `json` or `pretty`.
import { pino, type DestinationStream, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { REDACT_PATHS, redactLogFields } from './redact.ts';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Whether records go out as readable lines: LOG_FORMAT decides, else whether stdout is a terminal. */
export function wantsPrettyLogs(env: Record<string, string | undefined>, isTerminal = process.stdout.isTTY === true): boolean {
  const format = env.LOG_FORMAT?.toLowerCase();
  if (format === 'pretty') return true;
  if (format === 'json') return false;
  return isTerminal;
}

/** One line per record: time, level, then the event and the conversation or call when the record has them. */
export function prettyStream(destination: NodeJS.WritableStream = process.stdout, colorize = process.stdout.isTTY === true): DestinationStream {
  return PinoPretty({
    destination,
    colorize,
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,event,senderId,call_id,stream_id',
    messageFormat: '{if event}{event} {end}{if senderId}[{senderId}] {end}{if call_id}[call {call_id}] {end}{msg}',
    singleLine: true,
  });
}

export function createLogger(env: Record<string, string | undefined>, destination?: DestinationStream): Logger {
  const requested = (env.LOG_LEVEL ?? 'info').toLowerCase();
  const level = LEVELS.has(requested) ? requested : 'info';
  const options = {
    level,
    base: { service: 'portier' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { log: (fields: Record<string, unknown>) => redactLogFields(fields) },
  };
  if (destination) return pino(options, destination);
  return wantsPrettyLogs(env) ? pino(options, prettyStream()) : pino(options);
}
