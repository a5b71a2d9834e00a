// Failed identity checks and the locks they lead to, in the SQLite hotel store (access_failures, access_locks;
// keys hashed by accessKeyId, so no phone number is stored), shared by every process using the file.
import type Database from 'better-sqlite3';
import { ACCESS_LIMITS, type AccessKey } from '../hotel/types.ts';
import { accessKeyId } from './hotel-access.ts';

export class SqliteAccessLocks {
  constructor(
    private readonly db: Database.Database,
    /** The store's statement cache: prepared once per SQL text. */
    private readonly sql: (text: string) => Database.Statement,
    private readonly now: () => Date,
  ) {}

  /** Records one failure per key; answers the keys now locked. */
  recordFailure(keys: AccessKey[]): AccessKey[] {
    const record = this.db.transaction((): AccessKey[] => {
      const at = this.now().getTime();
      const locked: AccessKey[] = [];
      for (const key of keys) {
        const id = accessKeyId(key);
        this.sql('DELETE FROM access_failures WHERE key = ? AND at <= ?').run(id, at - ACCESS_LIMITS.windowMs);
        this.sql('INSERT INTO access_failures (key, at) VALUES (?, ?)').run(id, at);
        const { n } = this.sql('SELECT count(*) AS n FROM access_failures WHERE key = ?').get(id) as { n: number };
        if (n >= ACCESS_LIMITS.failures) {
          this.sql('INSERT INTO access_locks (key, until) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET until = excluded.until').run(
            id,
            at + ACCESS_LIMITS.lockMs,
          );
        }
        const lock = this.sql('SELECT until FROM access_locks WHERE key = ?').get(id) as { until: number } | undefined;
        if (lock && lock.until > at) locked.push(key);
      }
      return locked;
    });
    return record.immediate();
  }

  /** The keys among these that are locked now. */
  locked(keys: AccessKey[]): AccessKey[] {
    const at = this.now().getTime();
    return keys.filter((key) => {
      const lock = this.sql('SELECT until FROM access_locks WHERE key = ?').get(accessKeyId(key)) as { until: number } | undefined;
      return !!lock && lock.until > at;
    });
  }
}
