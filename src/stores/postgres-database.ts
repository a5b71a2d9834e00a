// What the PostgreSQL stores that own tables share: a schema name made safe to write into SQL, transactions
// that run again after a deadlock, and numbered migrations applied once however many instances start together.
import type pg from 'pg';

// deadlock_detected, serialization_failure
const RETRYABLE = new Set(['40P01', '40001']);

/** The schema name quoted for SQL; `refuse` makes the store's own error for a name that is not a plain identifier. */
export function quoteIdent(name: string, refuse: (message: string) => Error): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw refuse(`unsafe schema name "${name}"`);
  return `"${name}"`;
}

/** Runs `work` in a transaction; a deadlock or serialization failure rolls back and runs it again (three tries). */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      if (attempt < 3 && RETRYABLE.has((e as { code?: string }).code ?? '')) continue;
      throw e;
    } finally {
      client.release();
    }
  }
}

export interface Migrations {
  /** The schema, already quoted (quoteIdent); created when missing. */
  schema: string;
  /** The table that records the versions applied, e.g. hotel_migrations; also names the advisory lock. */
  ledger: string;
  /** Version n is migrations[n - 1]; a version once shipped never changes. */
  migrations: readonly string[];
}

/** Applies the migrations not applied yet, inside the caller's transaction. */
export async function migrate(client: pg.PoolClient, { schema, ledger, migrations }: Migrations): Promise<void> {
  // Several processes may start at once; one migrates, the others wait for it.
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('portier_${ledger}'))`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${ledger} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${ledger}`);
  for (let v = rows[0]?.v ?? 0; v < migrations.length; v++) {
    await client.query(migrations[v]!);
    await client.query(`INSERT INTO ${ledger} (version) VALUES ($1)`, [v + 1]);
  }
}
