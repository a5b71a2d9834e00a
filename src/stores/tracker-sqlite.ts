// Conversations in one SQLite file (the embedded default, under PORTIER_DATA_DIR). Rows mirror Rasa's SQL
// tracker store columns plus a per-conversation sequence number that makes appends conflict-free.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { TrackerEvent } from '../engine/events.ts';
import { type ConversationSummary, ConcurrentAppendError, DEFAULT_TABLE, eventColumns, StoreUnavailableError, type TrackerStore } from './tracker-store.ts';

export interface SqliteTrackerStoreOptions {
  /** File path, or ":memory:". */
  file: string;
  table?: string;
}

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export class SqliteTrackerStore implements TrackerStore {
  readonly kind = 'sqlite';
  readonly #db: Database.Database;
  readonly #load: Database.Statement<[string], { data: string }>;
  readonly #count: Database.Statement<[string], { n: number }>;
  readonly #loadFrom: Database.Statement<[string, number], { seq: number; data: string }>;
  readonly #insert: Database.Statement<[string, number, string, number, string | null, string | null, string]>;
  readonly #delete: Database.Statement<[string]>;
  readonly #list: Database.Statement<[], { sender_id: string }>;
  readonly #recent: Database.Statement<[number], { sender_id: string; last: number; turns: number; channel: string | null }>;
  readonly #old: Database.Statement<[number], { sender_id: string }>;

  constructor(options: SqliteTrackerStoreOptions) {
    const table = options.table ?? DEFAULT_TABLE;
    if (!TABLE_NAME.test(table)) throw new StoreUnavailableError('sqlite', `bad table name "${table}"`);
    try {
      if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
      this.#db = new Database(options.file);
    } catch (error) {
      throw new StoreUnavailableError('sqlite', `${options.file}: ${(error as Error).message}`);
    }
    // WAL + NORMAL: a committed turn survives the process being killed (not a power cut), and readers never block.
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
      sender_id TEXT NOT NULL, seq INTEGER NOT NULL, type_name TEXT NOT NULL, timestamp REAL,
      intent_name TEXT, action_name TEXT, data TEXT NOT NULL, PRIMARY KEY (sender_id, seq))`);
    this.#load = this.#db.prepare(`SELECT data FROM ${table} WHERE sender_id = ? ORDER BY seq`);
    this.#loadFrom = this.#db.prepare(`SELECT seq, data FROM ${table} WHERE sender_id = ? AND seq >= ? ORDER BY seq`);
    this.#count = this.#db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE sender_id = ?`);
    this.#insert = this.#db.prepare(`INSERT INTO ${table} (sender_id, seq, type_name, timestamp, intent_name, action_name, data) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.#delete = this.#db.prepare(`DELETE FROM ${table} WHERE sender_id = ?`);
    this.#list = this.#db.prepare(`SELECT DISTINCT sender_id FROM ${table}`);
    this.#old = this.#db.prepare(`SELECT sender_id FROM ${table} GROUP BY sender_id HAVING MAX(timestamp) < ?`);
    // The channel comes from the newest user event, found through the (sender_id, seq) primary key.
    this.#recent = this.#db.prepare(
      `SELECT sender_id, MAX(timestamp) AS last, SUM(type_name = 'user') AS turns,
        (SELECT json_extract(u.data, '$.input_channel') FROM ${table} u
          WHERE u.sender_id = e.sender_id AND u.type_name = 'user' ORDER BY u.seq DESC LIMIT 1) AS channel
       FROM ${table} e GROUP BY sender_id ORDER BY last DESC, sender_id LIMIT ?`,
    );
  }

  async load(conversationId: string): Promise<TrackerEvent[]> {
    return this.#load.all(conversationId).map((row) => JSON.parse(row.data) as TrackerEvent);
  }

  async loadFrom(conversationId: string, from: number): Promise<TrackerEvent[] | null> {
    // Reading from the event before `from` proves the log is still at least that long.
    const rows = this.#loadFrom.all(conversationId, Math.max(0, from - 1));
    if (from > 0 && rows[0]?.seq !== from - 1) return null;
    return rows.slice(from > 0 ? 1 : 0).map((row) => JSON.parse(row.data) as TrackerEvent);
  }

  async append(conversationId: string, events: TrackerEvent[], expectedLength: number): Promise<void> {
    this.#db
      .transaction(() => {
        const actual = this.#count.get(conversationId)?.n ?? 0;
        if (actual !== expectedLength) throw new ConcurrentAppendError(conversationId, expectedLength, actual);
        this.#insertAll(conversationId, events, expectedLength);
      })
      .immediate();
  }

  async replace(conversationId: string, events: TrackerEvent[]): Promise<void> {
    this.#db
      .transaction(() => {
        this.#delete.run(conversationId);
        this.#insertAll(conversationId, events, 0);
      })
      .immediate();
  }

  #insertAll(conversationId: string, events: TrackerEvent[], from: number): void {
    events.forEach((event, i) => {
      const c = eventColumns(event);
      this.#insert.run(conversationId, from + i, c.type, c.timestamp, c.intent, c.action, JSON.stringify(event));
    });
  }

  async list(): Promise<string[]> {
    return this.#list.all().map((row) => row.sender_id);
  }

  async recent(limit: number): Promise<ConversationSummary[]> {
    return this.#recent.all(limit).map((row) => ({ id: row.sender_id, channel: row.channel, lastEventAt: row.last, turns: row.turns }));
  }

  async prune(before: number): Promise<number> {
    return this.#db.transaction(() => {
      const ids = this.#old.all(before);
      for (const { sender_id } of ids) this.#delete.run(sender_id);
      return ids.length;
    })();
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
