// Failed identity checks and the locks they lead to, in the PostgreSQL hotel store (access_failures,
// access_locks; keys hashed by accessKeyId, so no phone number is stored), shared by every instance.
import type pg from 'pg';
import { ACCESS_LIMITS, type AccessKey } from '../hotel/types.ts';
import { accessKeyId } from './hotel-access.ts';
import { inTransaction } from './postgres-database.ts';

export class PostgresAccessLocks {
  constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => Date,
  ) {}

  /** Records one failure per key; answers the keys now locked. */
  async recordFailure(keys: AccessKey[]): Promise<AccessKey[]> {
    const at = this.now().getTime();
    const ids = keys.map(accessKeyId);
    const lockedIds = await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM access_failures WHERE key = ANY($1::text[]) AND at <= $2', [ids, at - ACCESS_LIMITS.windowMs]);
      await c.query('INSERT INTO access_failures (key, at) SELECT k, $2 FROM unnest($1::text[]) AS k', [ids, at]);
      // Keys in a fixed order, so two transactions counting the same keys never deadlock on the lock rows.
      await c.query(
        `INSERT INTO access_locks (key, until)
         SELECT key, $2::bigint + $3::bigint FROM access_failures WHERE key = ANY($1::text[]) GROUP BY key HAVING count(*) >= $4 ORDER BY key
         ON CONFLICT (key) DO UPDATE SET until = excluded.until`,
        [ids, at, ACCESS_LIMITS.lockMs, ACCESS_LIMITS.failures],
      );
      const { rows } = await c.query<{ key: string }>('SELECT key FROM access_locks WHERE key = ANY($1::text[]) AND until > $2', [ids, at]);
      return new Set(rows.map((r) => r.key));
    });
    return keys.filter((_, i) => lockedIds.has(ids[i]!));
  }

  /** The keys among these that are locked now. */
  async locked(keys: AccessKey[]): Promise<AccessKey[]> {
    const ids = keys.map(accessKeyId);
    const { rows } = await this.pool.query<{ key: string }>('SELECT key FROM access_locks WHERE key = ANY($1::text[]) AND until > $2', [
      ids,
      this.now().getTime(),
    ]);
    const locked = new Set(rows.map((r) => r.key));
    return keys.filter((_, i) => locked.has(ids[i]!));
  }
}
