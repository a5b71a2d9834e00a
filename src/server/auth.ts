// Rasa's `--auth-token`: API routes accept `?token=T` (as Rasa) or `Authorization: Bearer T`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-errors.ts';

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token a request presents, from the query string or a Bearer header. */
export function presentedToken(request: FastifyRequest): string | null {
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.token === 'string') return query.token;
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return null;
}

/** A preHandler that refuses requests without the token (401), or with a wrong one (403). */
export function requireToken(token: string | undefined) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!token) return;
    const presented = presentedToken(request);
    if (presented === null) throw new HttpError(401, 'NotAuthenticated', 'this endpoint needs ?token=... or an Authorization: Bearer header');
    if (!same(presented, token)) throw new HttpError(403, 'NotAuthorized', 'the token is not valid for this endpoint');
  };
}
