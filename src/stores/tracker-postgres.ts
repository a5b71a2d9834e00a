// Conversations in PostgreSQL, shared by every instance. The (sender_id, seq) primary key turns a lost race
// into a refused write instead of a duplicated or interleaved turn.
import pg from 'pg';
import type { TrackerEvent } from '../engine/events.ts';
import { type ConversationSummary, ConcurrentAppendError, DEFAULT_TABLE, eventColumns, StoreUnavailableError, type TrackerStore } from './tracker-store.ts';

export interface PostgresTrackerStoreOptions {
  /** postgresql://user@host:port/db */
  connectionString: string;
  table?: string;
  /** Schema to create the table in (created when missing). */
  schema?: string;
  poolSize?: number;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const UNIQUE_VIOLATION = '23505';
const DUPLICATE_TABLE = '42P07';
const DUPLICATE_SCHEMA = '42P06';

export class PostgresTrackerStore implements TrackerStore {
  readonly kind = 'postgresql';
  readonly #pool: pg.Pool;
  readonly #table: string;
  readonly #schema: string | undefined;
  #ready: Promise<void> | null = null;

  constructor(options: PostgresTrackerStoreOptions) {
    for (const name of [options.table, options.schema]) {
      if (name !== undefined && !IDENTIFIER.test(name)) throw new StoreUnavailableError('postgresql', `bad identifier "${name}"`);
    }
    this.#schema = options.schema;
    this.#table = options.schema ? `${options.schema}.${options.table ?? DEFAULT_TABLE}` : (options.table ?? DEFAULT_TABLE);
    this.#pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 5, connectionTimeoutMillis: 5000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  /** Creates the table once; every operation waits for it. */
  #init(): Promise<void> {
    this.#ready ??= (async () => {
      try {
        await this.#createTable();
      } catch (error) {
        // Two instances booting on a fresh database race in CREATE ... IF NOT EXISTS (a duplicate pg_type or
        // relation); the loser finds everything in place on a second try.
        const code = (error as { code?: string }).code;
        if (code !== UNIQUE_VIOLATION && code !== DUPLICATE_TABLE && code !== DUPLICATE_SCHEMA) {
          this.#ready = null;
          throw new StoreUnavailableError('postgresql', (error as Error).message);
        }
        await this.#createTable();
      }
    })();
    return this.#ready;
  }

  async #createTable(): Promise<void> {
    if (this.#schema) await this.#pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.#schema}`);
    await this.#pool.query(`CREATE TABLE IF NOT EXISTS ${this.#table} (
      sender_id TEXT NOT NULL, seq INTEGER NOT NULL, type_name TEXT NOT NULL, timestamp DOUBLE PRECISION,
      intent_name TEXT, action_name TEXT, data JSONB NOT NULL, PRIMARY KEY (sender_id, seq))`);
  }

  async load(conversationId: string): Promise<TrackerEvent[]> {
    await this.#init();
    const result = await this.#pool.query<{ data: TrackerEvent }>(`SELECT data FROM ${this.#table} WHERE sender_id = $1 ORDER BY seq`, [conversationId]);
    return result.rows.map((row) => row.data);
  }

  async loadFrom(conversationId: string, from: number): Promise<TrackerEvent[] | null> {
    await this.#init();
    // Reading from the event before `from` proves the log is still at least that long.
    const result = await this.#pool.query<{ seq: number; data: TrackerEvent }>(
      `SELECT seq, data FROM ${this.#table} WHERE sender_id = $1 AND seq >= $2 ORDER BY seq`,
      [conversationId, Math.max(0, from - 1)],
    );
    if (from > 0 && result.rows[0]?.seq !== from - 1) return null;
    return result.rows.slice(from > 0 ? 1 : 0).map((row) => row.data);
  }

  async append(conversationId: string, events: TrackerEvent[], expectedLength: number): Promise<void> {
    await this.#init();
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${this.#table} WHERE sender_id = $1`, [conversationId]);
      const actual = Number(rows[0]?.n ?? 0);
      if (actual !== expectedLength) throw new ConcurrentAppendError(conversationId, expectedLength, actual);
      await this.#insertAll(client, conversationId, events, expectedLength);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConcurrentAppendError(conversationId, expectedLength, -1);
      }
      throw error;
    } finally {
      client.release();
    }
  }

  async replace(conversationId: string, events: TrackerEvent[]): Promise<void> {
    await this.#init();
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`DELETE FROM ${this.#table} WHERE sender_id = $1`, [conversationId]);
      await this.#insertAll(client, conversationId, events, 0);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async #insertAll(client: pg.PoolClient, conversationId: string, events: TrackerEvent[], from: number): Promise<void> {
    if (events.length === 0) return;
    const values: unknown[] = [];
    const rows = events.map((event, i) => {
      const c = eventColumns(event);
      values.push(conversationId, from + i, c.type, c.timestamp, c.intent, c.action, JSON.stringify(event));
      const base = i * 7;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}::jsonb)`;
    });
    await client.query(`INSERT INTO ${this.#table} (sender_id, seq, type_name, timestamp, intent_name, action_name, data) VALUES ${rows.join(', ')}`, values);
  }

  async list(): Promise<string[]> {
    await this.#init();
    const result = await this.#pool.query<{ sender_id: string }>(`SELECT DISTINCT sender_id FROM ${this.#table}`);
    return result.rows.map((row) => row.sender_id);
  }

  async recent(limit: number): Promise<ConversationSummary[]> {
    await this.#init();
    // The channel comes from the newest user event, found through the (sender_id, seq) primary key.
    const result = await this.#pool.query<{ sender_id: string; last: number; turns: string; channel: string | null }>(
      `SELECT sender_id, MAX(timestamp) AS last, COUNT(*) FILTER (WHERE type_name = 'user') AS turns,
        (SELECT u.data->>'input_channel' FROM ${this.#table} u
          WHERE u.sender_id = e.sender_id AND u.type_name = 'user' ORDER BY u.seq DESC LIMIT 1) AS channel
       FROM ${this.#table} e GROUP BY sender_id ORDER BY last DESC NULLS LAST, sender_id LIMIT $1`,
      [limit],
    );
    return result.rows.map((row) => ({ id: row.sender_id, channel: row.channel, lastEventAt: Number(row.last), turns: Number(row.turns) }));
  }

  async prune(before: number): Promise<number> {
    await this.#init();
    const result = await this.#pool.query<{ n: string }>(
      `WITH old AS (SELECT sender_id FROM ${this.#table} GROUP BY sender_id HAVING MAX(timestamp) < $1),
            gone AS (DELETE FROM ${this.#table} WHERE sender_id IN (SELECT sender_id FROM old) RETURNING sender_id)
       SELECT COUNT(DISTINCT sender_id) AS n FROM gone`,
      [before],
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async ping(): Promise<void> {
    await this.#init();
    await this.#pool.query('SELECT 1');
  }

  /** Drops the table: for tests that made their own. */
  async dropTable(): Promise<void> {
    await this.#pool.query(`DROP TABLE IF EXISTS ${this.#table}`);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
