// What every staff /api/* scope shares: the bearer token check, the {error, field} shape of a refusal, and an
// error handler that never sends a stack trace nor logs a guest's data.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isIsoDate } from '../../hotel/calendar.ts';
import { cleanJson } from '../../http/input-clean.ts';
import { redactText } from '../../logging/redact.ts';
import { authFailuresOf } from '../../http/rate-limits.ts';

export const isoDate = z.string().refine(isIsoDate, 'a calendar date as YYYY-MM-DD');

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function badRequest(reply: FastifyReply, error: string, field: string) {
  return reply.code(400).send({ error, field });
}

/** The first zod issue as a 400 naming its field. */
export function zodProblem(reply: FastifyReply, issues: z.core.$ZodIssue[], fallbackField = 'body') {
  const first = issues[0];
  const field = first?.path.map(String).join('.') || fallbackField;
  return badRequest(reply, `${field}: ${first?.message ?? 'invalid'}`, field);
}

/** Parses a query (or params) with zod; on a mismatch the 400 is already sent and null comes back. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, reply: FastifyReply, what = 'query'): z.infer<T> | null {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  zodProblem(reply, parsed.error.issues, what);
  return null;
}

/**
 * Makes `app` (an encapsulated scope) a staff API scope: every request needs `Authorization: Bearer <token>`
 * (401 otherwise, before any body is read), and unexpected failures are a 500 whose log line is redacted.
 */
export function guardApiScope(app: FastifyInstance, token: string, failure: string): void {
  if (!token) throw new Error('the staff API needs a non-empty token');
  // Failed attempts count per IP (shared with the Rasa API); past the limit even the right token waits.
  const failures = authFailuresOf(app);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const wait = await failures?.exceeded(req);
    if (wait)
      return reply
        .code(429)
        .header('retry-after', String(wait))
        .send({ error: `too many failed sign-ins from this address; try again in ${wait} s` });
    const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!m || !sameToken(m[1]!.trim(), token)) {
      await failures?.count(req);
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'missing or invalid bearer token' });
    }
  });
  // Query strings and path parameters are cleaned like bodies: a NUL would reach PostgreSQL and fail there.
  app.addHook('preValidation', async (req) => {
    req.query = cleanJson(req.query) as typeof req.query;
    req.params = cleanJson(req.params) as typeof req.params;
  });
  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      req.log.error({ event: 'api.failed', url: req.routeOptions.url, error: redactText(err.message) }, failure);
      return reply.code(500).send({ error: failure });
    }
    return reply.code(status).send({ error: err.message, field: 'body' });
  });
}
