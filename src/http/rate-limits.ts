// Request limits kept by @fastify/rate-limit: in memory for one instance, in Redis (REDIS_URL) when several
// instances must share the counts. Each limit counts under its own key (a name plus the IP, the sender, ...).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { HttpError } from './http-errors.ts';

/** One limit: at most `max` counted requests per `windowMs`; 0 turns it off. */
export interface Limit {
  max: number;
  windowMs: number;
}

export interface RateLimitSettings {
  /** REST webhook, per client IP. */
  restPerIp: Limit;
  /** REST webhook, per sender (conversation). */
  restPerSender: Limit;
  /** Failed authentications (/api, Rasa API) per IP, before even a right token is refused. */
  authFailuresPerIp: Limit;
  /** Twilio voice webhook, per IP. */
  twilioPerIp: Limit;
  /** Requests from loopback addresses count too (off by default: the local shell, tests, evaluations). */
  limitLoopback: boolean;
  /** Shared store for several instances. */
  redisUrl?: string;
  /** Prefix of the Redis keys. */
  keyPrefix: string;
}

const MINUTE = 60_000;

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  restPerIp: { max: 300, windowMs: MINUTE },
  restPerSender: { max: 60, windowMs: MINUTE },
  authFailuresPerIp: { max: 20, windowMs: 15 * MINUTE },
  twilioPerIp: { max: 600, windowMs: MINUTE },
  limitLoopback: false,
  keyPrefix: 'portier:',
};

/** "60/1m", "20/15m", "0" (off): a limit from an environment variable. */
export function parseLimit(text: string, name: string): Limit {
  if (text.trim() === '0' || text.trim().toLowerCase() === 'off') return { max: 0, windowMs: MINUTE };
  const match = /^\s*(\d+)\s*\/\s*(\d+)?\s*(s|m|h)\s*$/.exec(text);
  if (!match) throw new Error(`${name}: expected COUNT/WINDOW such as 60/1m, 20/15m or 100/1h, or 0 to turn it off`);
  const unit = { s: 1000, m: MINUTE, h: 60 * MINUTE }[match[3] as 's' | 'm' | 'h'];
  return { max: Number(match[1]), windowMs: Number(match[2] ?? 1) * unit };
}

/** Settings from PORTIER_RATE_LIMIT_* variables over the defaults. */
export function rateLimitsFromEnv(env: Record<string, string | undefined>): RateLimitSettings {
  const read = (name: string, fallback: Limit) => (env[name] ? parseLimit(env[name]!, name) : fallback);
  return {
    restPerIp: read('PORTIER_RATE_LIMIT_REST_IP', DEFAULT_RATE_LIMITS.restPerIp),
    restPerSender: read('PORTIER_RATE_LIMIT_REST_SENDER', DEFAULT_RATE_LIMITS.restPerSender),
    authFailuresPerIp: read('PORTIER_RATE_LIMIT_AUTH_FAILURES', DEFAULT_RATE_LIMITS.authFailuresPerIp),
    twilioPerIp: read('PORTIER_RATE_LIMIT_TWILIO_IP', DEFAULT_RATE_LIMITS.twilioPerIp),
    limitLoopback: env.PORTIER_RATE_LIMIT_LOOPBACK === '1',
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    keyPrefix: env.PORTIER_REDIS_PREFIX || DEFAULT_RATE_LIMITS.keyPrefix,
  };
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export type KeyOf = (request: FastifyRequest) => string | null;

/** A limiter made by createLimiters: a preHandler that counts and refuses, or check/count used separately. */
export interface Limiter {
  /** Counts this request and refuses it with 429 once over the limit. */
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Refuses with 429 when the limit is already reached, without counting. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Seconds to wait when the limit is already reached (nothing counted), else null. */
  exceeded(request: FastifyRequest): Promise<number | null>;
  /** Counts one more (a failure). */
  count(request: FastifyRequest): Promise<void>;
}

export interface Limiters {
  make(name: string, limit: Limit, keyOf?: KeyOf): Limiter;
  readonly settings: RateLimitSettings;
}

/** Decorator name under which the server keeps its limiter of failed authentications, for every /api scope. */
export const AUTH_FAILURES = 'portierAuthFailures';

/** The server's limiter of failed authentications, when the server has one (buildServer decorates it). */
export function authFailuresOf(app: FastifyInstance): Limiter | undefined {
  return app.hasDecorator(AUTH_FAILURES) ? ((app as unknown as Record<string, unknown>)[AUTH_FAILURES] as Limiter) : undefined;
}

const byIp: KeyOf = (request) => request.ip;

/** Registers the plugin (no global limit) and returns a factory of named limiters. */
export async function createLimiters(app: FastifyInstance, settings: RateLimitSettings): Promise<Limiters> {
  let redis: Redis | undefined;
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
    redis.on('error', () => {});
    app.addHook('onClose', async () => void redis?.disconnect());
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: `${settings.keyPrefix}ratelimit:` } : {}),
    // A store outage lets requests through rather than turning every guest away.
    skipOnError: true,
  });
  const make = (name: string, limit: Limit, keyOf: KeyOf = byIp): Limiter => {
    const off = limit.max <= 0;
    const keyFor = (request: FastifyRequest): string | null => {
      if (!settings.limitLoopback && LOOPBACK.test(request.ip)) return null;
      const key = keyOf(request);
      return key === null ? null : `${name}:${key}`;
    };
    const limiter = app.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: (request) => keyFor(request) ?? '',
      allowList: (request) => off || keyFor(request) === null,
    });
    const refuse = (reply: FastifyReply, seconds: number) => {
      reply.header('retry-after', String(Math.max(1, seconds)));
      throw new HttpError(429, 'TooManyRequests', `too many requests (${name}); try again in ${Math.max(1, seconds)} s`);
    };
    return {
      async handler(request, reply) {
        const result = await limiter(request);
        if (!result.isAllowed && result.isExceeded) refuse(reply, result.ttlInSeconds);
      },
      async exceeded(request) {
        const result = await limiter(request, { increment: false });
        return !result.isAllowed && result.remaining <= 0 && result.ttl > 0 ? Math.max(1, result.ttlInSeconds) : null;
      },
      async check(request, reply) {
        const wait = await this.exceeded(request);
        if (wait !== null) refuse(reply, wait);
      },
      async count(request) {
        await limiter(request);
      },
    };
  };
  return { make, settings };
}
