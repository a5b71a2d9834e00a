// Staff accounts, console sessions and booking origins in one SQLite file beside the hotel's (staff.sqlite): the
// store of a single instance. Instances behind a load balancer share PostgreSQL instead (staff-postgres.ts).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type BookingOrigin, type Role, ROLES, type StaffStore, type StaffUser, UserExistsError } from './types.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS staff_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE IF NOT EXISTS staff_sessions (
    id TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS staff_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS booking_origins (
    code TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    by_user TEXT,
    at TEXT NOT NULL
  ) WITHOUT ROWID;`;

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled: number;
}

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  createdAt: row.created_at,
  disabled: row.disabled === 1,
});

export class SqliteStaffStore implements StaffStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;

  constructor(
    file: string,
    readonly now: () => Date = () => new Date(),
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(SCHEMA);
    // A staff.sqlite made before accounts could be disabled gets the column (every account stays enabled).
    const columns = this.#db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('staff_users')").all();
    if (!columns.some((c) => c.name === 'disabled')) this.#db.exec('ALTER TABLE staff_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0');
  }

  async addUser(user: { username: string; displayName: string; role: Role; passwordHash: string }): Promise<StaffUser> {
    try {
      const row = this.#db
        .prepare<[string, string, string, string, string], UserRow>(
          'INSERT INTO staff_users (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
        )
        .get(user.username, user.displayName, user.role, user.passwordHash, this.now().toISOString());
      return toUser(row!);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UserExistsError(user.username);
      throw error;
    }
  }

  async userByName(username: string) {
    const row = this.#db.prepare<[string], UserRow>('SELECT * FROM staff_users WHERE username = ?').get(username);
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async userById(id: number) {
    const row = this.#db.prepare<[number], UserRow>('SELECT * FROM staff_users WHERE id = ?').get(id);
    return row ? toUser(row) : null;
  }

  async listUsers() {
    return this.#db.prepare<[], UserRow>('SELECT * FROM staff_users ORDER BY username').all().map(toUser);
  }

  async setPassword(username: string, passwordHash: string) {
    return this.#db.prepare('UPDATE staff_users SET password_hash = ? WHERE username = ?').run(passwordHash, username).changes > 0;
  }

  async setDisabled(username: string, disabled: boolean) {
    return this.#db.prepare('UPDATE staff_users SET disabled = ? WHERE username = ?').run(disabled ? 1 : 0, username).changes > 0;
  }

  async getSession(id: string, now: number) {
    const row = this.#db.prepare<[string, number], { value: string }>('SELECT value FROM staff_sessions WHERE id = ? AND expires_at > ?').get(id, now);
    return row?.value ?? null;
  }

  async setSession(id: string, value: string, expiresAt: number) {
    this.#db
      .prepare(
        'INSERT INTO staff_sessions (id, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
      )
      .run(id, value, expiresAt);
    // Expired sessions go when new ones are written; the table never grows past the sessions of a day or so.
    this.#db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(Date.now());
  }

  async destroySession(id: string) {
    this.#db.prepare('DELETE FROM staff_sessions WHERE id = ?').run(id);
  }

  async endUserSessions(userId: number, except = '') {
    return this.#db.prepare("DELETE FROM staff_sessions WHERE json_extract(value, '$.userId') = ? AND id <> ?").run(userId, except).changes;
  }

  async secret(name: string) {
    this.#db.prepare('INSERT OR IGNORE INTO staff_secrets (name, value) VALUES (?, ?)').run(name, randomBytes(32).toString('base64url'));
    return this.#db.prepare<[string], { value: string }>('SELECT value FROM staff_secrets WHERE name = ?').get(name)!.value;
  }

  async recordOrigin(origin: BookingOrigin) {
    this.#db
      .prepare('INSERT OR IGNORE INTO booking_origins (code, source, by_user, at) VALUES (?, ?, ?, ?)')
      .run(origin.code, origin.source, origin.by, origin.at);
  }

  async origins(codes: readonly string[]) {
    const found = new Map<string, BookingOrigin>();
    const select = this.#db.prepare<[string], { code: string; source: BookingOrigin['source']; by_user: string | null; at: string }>(
      'SELECT * FROM booking_origins WHERE code = ?',
    );
    for (const code of codes) {
      const row = select.get(code);
      if (row) found.set(code, { code: row.code, source: row.source, by: row.by_user, at: row.at });
    }
    return found;
  }

  async close() {
    this.#db.close();
  }
}
