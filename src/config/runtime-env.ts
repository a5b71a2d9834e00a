// Runtime settings read from the environment (and .env): port, data folder, pinned clock, tokens, services.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Env } from './env.ts';
import type { Problem } from './errors.ts';

/** ISO 8601 with an explicit offset or Z, so "today" is never the machine's timezone by accident. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

export const RuntimeEnvSchema = z.object({
  PORT: z.preprocess((v) => (v === '' || v === undefined ? '5005' : v), z.coerce.number().int().min(0).max(65535)),
  PORTIER_DATA_DIR: z.preprocess((v) => (v === '' || v === undefined ? '.portier' : v), z.string()),
  PORTIER_NOW: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(ISO_WITH_OFFSET, 'expected ISO 8601 time with offset, e.g. 2026-11-24T12:00:00+03:00')
      .refine((s) => !Number.isNaN(Date.parse(s)), 'not a valid date')
      .optional(),
  ),
  PORTIER_API_TOKEN: optionalText,
  PORTIER_RETENTION_DAYS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1, 'a number of days, at least 1').optional()),
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional(),
  ),
  REDIS_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (v === '' || v === undefined ? 'info' : String(v).toLowerCase()),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  AZURE_SPEECH_KEY: optionalText,
  AZURE_SPEECH_REGION: optionalText,
  TWILIO_ACCOUNT_SID: optionalText,
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_PHONE_NUMBER: optionalText,
  TWILIO_API_BASE_URL: optionalText,
});

export type Clock = () => Date;

export interface RuntimeEnv {
  port: number;
  /** Absolute path of the folder for local state (SQLite files, recordings). */
  dataDir: string;
  /** The PORTIER_NOW value when set. */
  pinnedNow: Date | null;
  /** Current time: real time, or PORTIER_NOW advancing with real elapsed time. */
  clock: Clock;
  apiToken: string | null;
  /** Days conversations are kept (PORTIER_RETENTION_DAYS); null keeps them until `portier prune`. */
  retentionDays: number | null;
  databaseUrl: string | null;
  redisUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  openaiApiKey: string | null;
  openaiBaseUrl: string | null;
  azureSpeechKey: string | null;
  azureSpeechRegion: string | null;
  twilio: { accountSid: string | null; authToken: string | null; phoneNumber: string | null; apiBaseUrl: string | null };
}

/**
 * A clock that starts at `pinned` and advances with real elapsed time. PORTIER_NOW pins "today" (dates the
 * caller means by "tomorrow", weekday prices) while timestamps of later events still come out in order.
 * Without a pinned time it is the real clock.
 */
export function makeClock(pinned: Date | null, realNow: () => number = Date.now): Clock {
  if (!pinned) return () => new Date(realNow());
  const start = realNow();
  const base = pinned.getTime();
  return () => new Date(base + (realNow() - start));
}

/** Thrown when environment variables are malformed; one message line per variable. */
export class RuntimeEnvError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'RuntimeEnvError';
  }
}

/** Reads and validates the runtime settings. `root` anchors a relative PORTIER_DATA_DIR. */
export function loadRuntimeEnv(env: Env, root: string): RuntimeEnv {
  const res = RuntimeEnvSchema.safeParse(env);
  if (!res.success) {
    throw new RuntimeEnvError(res.error.issues.map((i) => ({ severity: 'error', message: `environment variable ${String(i.path[0])}: ${i.message}` })));
  }
  const e = res.data;
  const pinnedNow = e.PORTIER_NOW ? new Date(e.PORTIER_NOW) : null;
  const orNull = (v: string | undefined) => v ?? null;
  return {
    port: e.PORT,
    dataDir: resolve(root, e.PORTIER_DATA_DIR),
    pinnedNow,
    clock: makeClock(pinnedNow),
    apiToken: orNull(e.PORTIER_API_TOKEN),
    retentionDays: e.PORTIER_RETENTION_DAYS ?? null,
    databaseUrl: orNull(e.DATABASE_URL),
    redisUrl: orNull(e.REDIS_URL),
    logLevel: e.LOG_LEVEL,
    openaiApiKey: orNull(e.OPENAI_API_KEY),
    openaiBaseUrl: orNull(e.OPENAI_BASE_URL),
    azureSpeechKey: orNull(e.AZURE_SPEECH_KEY),
    azureSpeechRegion: orNull(e.AZURE_SPEECH_REGION),
    twilio: {
      accountSid: orNull(e.TWILIO_ACCOUNT_SID),
      authToken: orNull(e.TWILIO_AUTH_TOKEN),
      phoneNumber: orNull(e.TWILIO_PHONE_NUMBER),
      apiBaseUrl: orNull(e.TWILIO_API_BASE_URL),
    },
  };
}
