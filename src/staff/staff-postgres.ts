// Staff accounts, console sessions and booking origins in PostgreSQL, beside the hotel's tables: every instance
// behind the load balancer reads the same accounts and sessions, so a sign-in on one instance holds on the other.
// Schema changes are numbered migrations, applied under an advisory lock when several instances start at once.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inTransaction, migrate, quoteIdent } from '../stores/postgres-database.ts';
import { type BookingOrigin, type Role, ROLES, type StaffStore, type StaffUser, UserExistsError } from './types.ts';

const MIGRATIONS = [
  `CREATE TABLE staff_users (
     id serial PRIMARY KEY,
     username text NOT NULL UNIQUE,
     display_name text NOT NULL,
     role text NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
     password_hash text NOT NULL,
     created_at timestamptz NOT NULL,
     disabled boolean NOT NULL DEFAULT false
   );
   CREATE TABLE staff_sessions (id text PRIMARY KEY, value text NOT NULL, expires_at bigint NOT NULL);
   CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
   CREATE TABLE staff_secrets (name text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE booking_origins (code text PRIMARY KEY, source text NOT NULL, by_user text, at timestamptz NOT NULL);`,
];

const UNIQUE_VIOLATION = '23505';
const USER_COLUMNS = 'id, username, display_name, role, password_hash, created_at, disabled';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: Date;
  disabled: boolean;
}

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  createdAt: row.created_at.toISOString(),
  disabled: row.disabled,
});

export interface PostgresStaffStoreOptions {
  connectionString: string;
  /** Schema holding the tables (created when missing): the hotel's, "portier", unless told otherwise. */
  schema?: string;
  now?: () => Date;
  poolSize?: number;
}

export class StaffStoreError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StaffStoreError';
  }
}

export class PostgresStaffStore implements StaffStore {
  readonly kind = 'postgresql';
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly now: () => Date;

  private constructor(options: PostgresStaffStoreOptions) {
    this.#schema = quoteIdent(options.schema ?? 'portier', (message) => new StaffStoreError(message));
    this.now = options.now ?? (() => new Date());
    this.#pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 4,
      options: `-c search_path=${this.#schema}`,
      connectionTimeoutMillis: 5000,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  /** Connects and brings the tables up to date. */
  static async open(options: PostgresStaffStoreOptions): Promise<PostgresStaffStore> {
    const store = new PostgresStaffStore(options);
    try {
      await store.#migrate();
    } catch (e) {
      await store.#pool.end().catch(() => {});
      throw new StaffStoreError(`cannot prepare the staff tables in PostgreSQL: ${(e as Error).message}`, { cause: e });
    }
    return store;
  }

  async #migrate(): Promise<void> {
    await inTransaction(this.#pool, (c) => migrate(c, { schema: this.#schema, ledger: 'staff_migrations', migrations: MIGRATIONS }));
  }

  async addUser(user: { username: string; displayName: string; role: Role; passwordHash: string }): Promise<StaffUser> {
    try {
      const { rows } = await this.#pool.query<UserRow>(
        `INSERT INTO staff_users (username, display_name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
        [user.username, user.displayName, user.role, user.passwordHash, this.now().toISOString()],
      );
      return toUser(rows[0]!);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new UserExistsError(user.username);
      throw error;
    }
  }

  async userByName(username: string) {
    const { rows } = await this.#pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM staff_users WHERE username = $1`, [username]);
    return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
  }

  async userById(id: number) {
    const { rows } = await this.#pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM staff_users WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async listUsers() {
    const { rows } = await this.#pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM staff_users ORDER BY username`);
    return rows.map(toUser);
  }

  async setPassword(username: string, passwordHash: string) {
    return ((await this.#pool.query('UPDATE staff_users SET password_hash = $1 WHERE username = $2', [passwordHash, username])).rowCount ?? 0) > 0;
  }

  async setDisabled(username: string, disabled: boolean) {
    return ((await this.#pool.query('UPDATE staff_users SET disabled = $1 WHERE username = $2', [disabled, username])).rowCount ?? 0) > 0;
  }

  async getSession(id: string, now: number) {
    const { rows } = await this.#pool.query<{ value: string }>('SELECT value FROM staff_sessions WHERE id = $1 AND expires_at > $2', [id, now]);
    return rows[0]?.value ?? null;
  }

  async setSession(id: string, value: string, expiresAt: number) {
    await this.#pool.query(
      'INSERT INTO staff_sessions (id, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
      [id, value, expiresAt],
    );
    // Expired sessions go when new ones are written, as in the SQLite store.
    await this.#pool.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [Date.now()]);
  }

  async destroySession(id: string) {
    await this.#pool.query('DELETE FROM staff_sessions WHERE id = $1', [id]);
  }

  async endUserSessions(userId: number, except = '') {
    // The value is the session as @fastify/session serialised it; sessions from before sign-in have no userId.
    const result = await this.#pool.query("DELETE FROM staff_sessions WHERE value::jsonb ->> 'userId' = $1 AND id <> $2", [String(userId), except]);
    return result.rowCount ?? 0;
  }

  async secret(name: string) {
    // The first instance to ask makes the secret; every other one reads the same, so cookies verify anywhere.
    await this.#pool.query('INSERT INTO staff_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      randomBytes(32).toString('base64url'),
    ]);
    const { rows } = await this.#pool.query<{ value: string }>('SELECT value FROM staff_secrets WHERE name = $1', [name]);
    return rows[0]!.value;
  }

  async recordOrigin(origin: BookingOrigin) {
    await this.#pool.query('INSERT INTO booking_origins (code, source, by_user, at) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING', [
      origin.code,
      origin.source,
      origin.by,
      origin.at,
    ]);
  }

  async origins(codes: readonly string[]) {
    const found = new Map<string, BookingOrigin>();
    if (!codes.length) return found;
    const { rows } = await this.#pool.query<{ code: string; source: BookingOrigin['source']; by_user: string | null; at: Date }>(
      'SELECT code, source, by_user, at FROM booking_origins WHERE code = ANY($1::text[])',
      [[...codes]],
    );
    for (const row of rows) found.set(row.code, { code: row.code, source: row.source, by: row.by_user, at: row.at.toISOString() });
    return found;
  }

  async close() {
    await this.#pool.end();
  }
}
