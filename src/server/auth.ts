// Rasa's API authentication: `--auth-token` (`?token=T`, or `Authorization: Bearer T` here too) gives full access;
// with `--jwt-secret`/`--jwt-method` a signed token `{user: {username, role}}` is accepted as well: role `admin`
// reaches every route, any other role only the conversation whose id is its username. Failed attempts are
// counted per IP and refused with 429 past the limit.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/http-errors.ts';
import { bearerToken, type JwtVerifier } from '../http/jwt.ts';
import type { Limiter } from '../http/rate-limits.ts';

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token a request presents, from the query string or a Bearer header. */
export function presentedToken(request: FastifyRequest): string | null {
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.token === 'string') return query.token;
  return bearerToken(request.headers.authorization);
}

export interface ApiAuth {
  /** Rasa's --auth-token. */
  token?: string;
  /** Rasa's --jwt-secret/--jwt-method. */
  jwt?: JwtVerifier;
  /** Counts failed attempts per IP; past its limit every attempt from that IP is refused. */
  failures?: Limiter;
}

/** Who a request is: admin (token or admin JWT) or a user limited to one conversation. */
export type ApiCaller = { role: 'admin' } | { role: 'user'; username: string };

async function identify(request: FastifyRequest, auth: ApiAuth): Promise<ApiCaller | null> {
  const presented = presentedToken(request);
  if (presented === null) return null;
  if (auth.token && sameSecret(presented, auth.token)) return { role: 'admin' };
  if (!auth.jwt) return null;
  const payload = await auth.jwt.verify(presented);
  const user = payload?.user as { username?: unknown; role?: unknown } | undefined;
  if (!user || typeof user !== 'object') return null;
  if (user.role === 'admin') return { role: 'admin' };
  return typeof user.username === 'string' && user.username ? { role: 'user', username: user.username } : null;
}

const callers = new WeakMap<FastifyRequest, ApiCaller>();

/** Who made an authenticated API request; an API run without --auth-token or --jwt-secret is open to all (admin). */
export function apiCallerOf(request: FastifyRequest): ApiCaller {
  return callers.get(request) ?? { role: 'admin' };
}

/** A preHandler for Rasa API routes: 401 without credentials, 403 for wrong ones or another user's conversation. */
export function requireApiAuth(auth: ApiAuth) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!auth.token && !auth.jwt) return;
    await auth.failures?.check(request, reply);
    const caller = await identify(request, auth);
    const fail = async (status: 401 | 403, reason: string, message: string): Promise<never> => {
      await auth.failures?.count(request);
      throw new HttpError(status, reason, message);
    };
    if (!caller) {
      if (presentedToken(request) === null) await fail(401, 'NotAuthenticated', 'this endpoint needs ?token=... or an Authorization: Bearer header');
      await fail(403, 'NotAuthorized', 'the token is not valid for this endpoint');
      return;
    }
    callers.set(request, caller);
    if (caller.role === 'admin') return;
    const conversation = (request.params as Record<string, unknown> | undefined)?.conversation_id;
    if (typeof conversation !== 'string' || conversation !== caller.username) {
      throw new HttpError(403, 'NotAuthorized', 'this token only gives access to its own conversation');
    }
  };
}
