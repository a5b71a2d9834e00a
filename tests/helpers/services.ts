// Probes PostgreSQL and Redis for the tests that need them: skipped when down, unless PORTIER_REQUIRE_SERVICES=1.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

export const POSTGRES_URL = process.env.PORTIER_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.PORTIER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const required = process.env.PORTIER_REQUIRE_SERVICES === '1';

/** A name unique to this test run, for tables, schemas and key prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function reachable(probe: () => Promise<unknown>, name: string): Promise<string | null> {
  try {
    await probe();
    return null;
  } catch (error) {
    const why = `${name} unreachable: ${(error as Error).message}`;
    if (required) throw new Error(`PORTIER_REQUIRE_SERVICES=1 but ${why}`);
    return why;
  }
}

/** null when PostgreSQL answers, else the reason to skip. */
export function postgresMissing(): Promise<string | null> {
  return reachable(async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
  }, 'PostgreSQL');
}

/** null when Redis answers, else the reason to skip. */
export function redisMissing(): Promise<string | null> {
  return reachable(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2000 });
    redis.on('error', () => {});
    try {
      await redis.connect();
      await redis.ping();
    } finally {
      redis.disconnect();
    }
  }, 'Redis');
}
