// Errors as Rasa's server answers them: {version, status: "failure", message, reason, details, help, code}.
// Every failure reaches the client as one of these, never as a stack trace.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ConversationFullError, InvalidEventsError, RuntimeClosedError, TurnError } from '../runtime/errors.ts';
import { LockTimeoutError } from '../stores/lock-store.ts';
import { StoreUnavailableError } from '../stores/tracker-store.ts';
import { redactText } from '../logging/redact.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Parses a request body or query with zod; a mismatch is a 400 naming the field. */
export function validate<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`);
  throw new HttpError(400, 'BadRequest', `invalid ${what}: ${issues.join('; ')}`, { issues });
}

// Network errors of a database or Redis client, PostgreSQL's "cannot connect now"/"admin shutdown" classes.
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'SQLITE_BUSY',
]);
const OUTAGE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|MaxRetriesPerRequest|Stream isn't writeable|enableOfflineQueue/i;

/** True when the error (or its cause) says a store cannot be reached right now: answer 503, not 500. */
export function isStoreOutage(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  if (error instanceof StoreUnavailableError) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && OUTAGE_CODES.has(code)) return true;
  if (error.name === 'MaxRetriesPerRequestError' || OUTAGE_MESSAGES.test(error.message)) return true;
  return isStoreOutage((error as { cause?: unknown }).cause, depth + 1);
}

/** Seconds a client should wait after a 503 for a store outage. */
export const OUTAGE_RETRY_AFTER_S = 5;

export function installErrorHandling(app: FastifyInstance, version: string): void {
  const send = (reply: FastifyReply, status: number, reason: string, message: string, details: Record<string, unknown> = {}) =>
    reply.code(status).type('application/json').send({ version, status: 'failure', message, reason, details, help: null, code: status });

  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) return send(reply, error.status, error.reason, error.message, error.details);
    if (error instanceof RuntimeClosedError) return send(reply.header('retry-after', '5'), 503, 'ServiceUnavailable', error.message);
    if (error instanceof InvalidEventsError) return send(reply, 400, 'BadRequest', error.message);
    if (error instanceof ConversationFullError) return send(reply, 409, 'ConversationFull', error.message);
    if (error instanceof TurnError && error.cause instanceof LockTimeoutError) {
      request.log.warn({ event: 'turn.lock_timeout', conversation: error.conversationId, waited_ms: error.cause.waitedMs }, 'conversation busy');
      return send(reply.header('retry-after', '1'), 503, 'ConversationBusy', 'an earlier message of this conversation is still being processed; try again');
    }
    if (isStoreOutage(error)) {
      request.log.warn({ event: 'store.unavailable', error: redactText(error.message), url: request.routeOptions.url }, 'store unavailable');
      return send(
        reply.header('retry-after', String(OUTAGE_RETRY_AFTER_S)),
        503,
        'ServiceUnavailable',
        'the assistant cannot reach its storage right now; try again shortly',
      );
    }
    const fastifyError = error as FastifyError;
    const status = fastifyError.statusCode;
    if (status === 413) return send(reply, 413, 'PayloadTooLarge', 'request body is larger than the server accepts');
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return send(reply, 400, 'BadRequest', 'request body is not valid JSON');
    }
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, 415, 'UnsupportedMediaType', 'send the body as application/json');
    if (fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return send(reply, 400, 'BadRequest', 'request body is empty');
    if (status === 429) return send(reply, 429, 'TooManyRequests', redactText(error.message));
    if (status && status >= 400 && status < 500) return send(reply, status, 'BadRequest', redactText(error.message));
    const conversation = error instanceof TurnError ? error.conversationId : undefined;
    request.log.error({ event: 'request.failed', conversation, error: redactText(error.message), url: request.routeOptions.url }, 'request failed');
    return send(reply, 500, 'ServerError', 'the assistant could not process this request; it has been logged');
  });

  app.setNotFoundHandler((request, reply) => send(reply, 404, 'NotFound', `no route ${request.method} ${request.url.split('?')[0]}`));
}
