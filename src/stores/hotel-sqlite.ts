// The built-in hotel system on SQLite (one file, WAL). Rooms sold per type and night are counted in
// room_nights, updated in the same IMMEDIATE transaction as the booking, so a room is never sold twice
// even when several processes share the file.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { normalizeBookingCode, newBookingCode } from '../hotel/codes.ts';
import { BookingNotFoundError, HotelStoreError, NoAvailabilityError } from '../hotel/errors.ts';
import { accessKeyId } from './hotel-access.ts';
import { type ChangePlan, type ChangeRow, planChange, requireFreeForChange } from './hotel-change.ts';
import { prepareBooking } from '../hotel/rules.ts';
import { toE164 } from '../hotel/phone.ts';
import {
  ACCESS_LIMITS,
  type AccessKey,
  type Booking,
  type BookingChange,
  type BookingQuery,
  type BookingRequest,
  type ChangedBooking,
  MAX_LISTED_BOOKINGS,
  type Pms,
  type Quote,
  type RoomAvailability,
} from '../hotel/types.ts';
import { enqueueSqlite, OUTBOX_SQLITE_MIGRATION, SqliteOutbox } from './outbox-sqlite.ts';
import {
  type AvailabilityQuery,
  availabilityFromCounts,
  availabilityScope,
  bookedCounts,
  type BookingRow,
  type HotelStoreOptions,
  quoteFor,
  rowToBooking,
} from './hotel-common.ts';

const MIGRATIONS = [
  `CREATE TABLE bookings (
     code TEXT PRIMARY KEY,
     status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
     room_type TEXT NOT NULL,
     check_in TEXT NOT NULL,
     check_out TEXT NOT NULL,
     adults INTEGER NOT NULL,
     children INTEGER NOT NULL,
     children_ages TEXT,
     guest_name TEXT NOT NULL,
     phone TEXT NOT NULL,
     email TEXT,
     total_price INTEGER NOT NULL,
     currency TEXT NOT NULL,
     created_at TEXT NOT NULL,
     cancelled_at TEXT,
     idempotency_key TEXT UNIQUE
   );
   CREATE INDEX bookings_phone ON bookings (phone);
   CREATE TABLE room_nights (
     room_type TEXT NOT NULL,
     night TEXT NOT NULL,
     booked INTEGER NOT NULL CHECK (booked >= 0),
     PRIMARY KEY (room_type, night)
   ) WITHOUT ROWID;`,
  // Availability asks for a date range across all room types.
  `CREATE INDEX room_nights_by_night ON room_nights (night, room_type, booked);`,
  // Failed identity checks and the locks they lead to (keys are hashed: no phone number is stored here).
  `ALTER TABLE bookings ADD COLUMN changed_at TEXT;
   CREATE TABLE access_failures (key TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX access_failures_key ON access_failures (key, at);
   CREATE TABLE access_locks (key TEXT PRIMARY KEY, until INTEGER NOT NULL) WITHOUT ROWID;`,
  // Booking confirmations, queued in the booking's own transaction (src/stores/outbox-sqlite.ts).
  OUTBOX_SQLITE_MIGRATION,
  // The guest's wishes for the room, a JSON list of phrases (null on bookings made before).
  `ALTER TABLE bookings ADD COLUMN special_requests TEXT;`,
];

const COLUMNS = 'code, status, room_type, check_in, check_out, adults, children, guest_name, phone, email, special_requests, total_price, created_at';

/** The wishes as stored: a JSON list, or null when there are none. */
const requestsColumn = (requests: string[] | undefined) => (requests?.length ? JSON.stringify(requests) : null);

export class SqliteHotelStore implements Pms {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Booking confirmations waiting to be sent (and those sent or failed). */
  readonly outbox: SqliteOutbox;

  constructor(
    readonly file: string,
    private readonly options: HotelStoreOptions,
  ) {
    try {
      if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('synchronous = NORMAL');
      this.migrate();
      this.outbox = new SqliteOutbox(this.db);
    } catch (e) {
      throw new HotelStoreError('sqlite', `cannot open ${file}: ${(e as Error).message}`, { cause: e });
    }
  }

  /** Prepared once per SQL text: preparing costs more than running these small statements. */
  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    this.db
      .transaction(() => {
        for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${MIGRATIONS.length}`);
      })
      .immediate();
  }

  async availability(query: AvailabilityQuery): Promise<RoomAvailability[]> {
    const scope = availabilityScope(this.options.hotel, query, this.options.now());
    const rows = this.sql('SELECT room_type, night, booked FROM room_nights WHERE night >= ? AND night < ?').all(scope.check_in, scope.check_out) as {
      room_type: string;
      night: string;
      booked: number;
    }[];
    return availabilityFromCounts(this.options.hotel, scope, bookedCounts(rows));
  }

  async quote(stay: Parameters<Pms['quote']>[0]): Promise<Quote> {
    return quoteFor(this.options, stay);
  }

  async createBooking(input: BookingRequest): Promise<Booking> {
    const { request, room, quote, nights } = prepareBooking(this.options.hotel, input, this.options.now());
    const byKey = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE idempotency_key = ?`);
    const take = this.sql(
      `INSERT INTO room_nights (room_type, night, booked) VALUES (?, ?, 1)
       ON CONFLICT (room_type, night) DO UPDATE SET booked = booked + 1 WHERE booked < ?`,
    );
    const insert = this.sql(
      `INSERT INTO bookings (code, status, room_type, check_in, check_out, adults, children, children_ages, guest_name, phone, email,
         special_requests, total_price, currency, created_at, idempotency_key)
       VALUES (?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO NOTHING`,
    );
    const create = this.db.transaction((): BookingRow => {
      if (request.idempotency_key) {
        const existing = byKey.get(request.idempotency_key) as BookingRow | undefined;
        if (existing) return existing;
      }
      for (const night of nights) {
        // The conditional upsert changes no row when the night is already full.
        if (take.run(room.code, night, room.count).changes === 0 || room.count === 0)
          throw new NoAvailabilityError(room.code, request.check_in, request.check_out);
      }
      const created_at = this.options.now().toISOString();
      for (let attempt = 0; attempt < 10; attempt++) {
        const code = newBookingCode(this.options.random);
        const res = insert.run(
          code,
          room.code,
          request.check_in,
          request.check_out,
          request.adults,
          request.children,
          request.children_ages ? JSON.stringify(request.children_ages) : null,
          request.guest_name,
          request.phone,
          request.email ?? null,
          requestsColumn(request.special_requests),
          quote.total_price,
          quote.currency,
          created_at,
          request.idempotency_key ?? null,
        );
        if (res.changes === 1) {
          const row = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE code = ?`).get(code) as BookingRow;
          enqueueSqlite(this.db, rowToBooking(row), 'booked', this.options.notify, this.options.now());
          return row;
        }
      }
      throw new HotelStoreError('sqlite', 'could not find a free booking code');
    });
    return rowToBooking(create.immediate());
  }

  async cancelBooking(code: string): Promise<Booking> {
    const wanted = normalizeBookingCode(code);
    const cancel = this.db.transaction((): BookingRow => {
      const row = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE code = ?`).get(wanted) as BookingRow | undefined;
      if (!row) throw new BookingNotFoundError(wanted);
      if (row.status === 'cancelled') return row;
      this.sql("UPDATE bookings SET status = 'cancelled', cancelled_at = ? WHERE code = ?").run(this.options.now().toISOString(), wanted);
      this.sql('UPDATE room_nights SET booked = booked - 1 WHERE room_type = ? AND night >= ? AND night < ?').run(row.room_type, row.check_in, row.check_out);
      const cancelled: BookingRow = { ...row, status: 'cancelled' };
      enqueueSqlite(this.db, rowToBooking(cancelled), 'cancelled', this.options.notify, this.options.now());
      return cancelled;
    });
    return rowToBooking(cancel.immediate());
  }

  /** The change planned against the stored booking and the nights booked now (inside the caller's transaction). */
  private planChange(code: string, change: BookingChange): ChangePlan {
    const wanted = normalizeBookingCode(code);
    const row = this.sql(`SELECT ${COLUMNS}, children_ages FROM bookings WHERE code = ?`).get(wanted) as ChangeRow | undefined;
    const plan = planChange(this.options.hotel, row, wanted, change, this.options.now());
    const rows = this.sql('SELECT night, booked FROM room_nights WHERE room_type = ? AND night >= ? AND night < ?').all(
      plan.prepared.room.code,
      plan.prepared.request.check_in,
      plan.prepared.request.check_out,
    ) as { night: string; booked: number }[];
    requireFreeForChange(plan, new Map(rows.map((r) => [r.night, r.booked])));
    return plan;
  }

  async previewChange(code: string, change: BookingChange): Promise<ChangedBooking> {
    const { before, after } = this.db.transaction(() => this.planChange(code, change))();
    return { before, after };
  }

  async changeBooking(code: string, change: BookingChange): Promise<ChangedBooking> {
    const take = this.sql(
      `INSERT INTO room_nights (room_type, night, booked) VALUES (?, ?, 1)
       ON CONFLICT (room_type, night) DO UPDATE SET booked = booked + 1 WHERE booked < ?`,
    );
    const apply = this.db.transaction((): ChangedBooking => {
      const { before, after, prepared } = this.planChange(code, change);
      const r = prepared.request;
      // Old nights given back and new ones taken in the same IMMEDIATE transaction: any failure undoes both.
      this.sql('UPDATE room_nights SET booked = booked - 1 WHERE room_type = ? AND night >= ? AND night < ?').run(
        before.room_type,
        before.check_in,
        before.check_out,
      );
      for (const night of prepared.nights) {
        if (take.run(prepared.room.code, night, prepared.room.count).changes === 0 || prepared.room.count === 0)
          throw new NoAvailabilityError(prepared.room.code, r.check_in, r.check_out);
      }
      this.sql(
        `UPDATE bookings SET room_type = ?, check_in = ?, check_out = ?, adults = ?, children = ?, children_ages = ?, special_requests = ?,
           total_price = ?, changed_at = ?
         WHERE code = ?`,
      ).run(
        r.room_type,
        r.check_in,
        r.check_out,
        r.adults,
        r.children,
        r.children_ages ? JSON.stringify(r.children_ages) : null,
        requestsColumn(r.special_requests),
        after.total_price,
        this.options.now().toISOString(),
        before.code,
      );
      enqueueSqlite(this.db, after, 'changed', this.options.notify, this.options.now());
      return { before, after };
    });
    return apply.immediate();
  }

  async recordAccessFailure(keys: AccessKey[]): Promise<AccessKey[]> {
    const record = this.db.transaction((): AccessKey[] => {
      const at = this.options.now().getTime();
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

  async lockedAccessKeys(keys: AccessKey[]): Promise<AccessKey[]> {
    const at = this.options.now().getTime();
    return keys.filter((key) => {
      const lock = this.sql('SELECT until FROM access_locks WHERE key = ?').get(accessKeyId(key)) as { until: number } | undefined;
      return !!lock && lock.until > at;
    });
  }

  async findBookings(query: BookingQuery): Promise<Booking[]> {
    if (query.code) {
      const rows = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE code = ?`).all(normalizeBookingCode(query.code)) as BookingRow[];
      return rows.map(rowToBooking);
    }
    if (query.phone) {
      const phone = toE164(query.phone);
      if (!phone) return [];
      const rows = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE phone = ? ORDER BY created_at, rowid`).all(phone) as BookingRow[];
      return rows.map(rowToBooking);
    }
    if (query.staying) {
      const { from, to } = query.staying;
      const sql = `SELECT ${COLUMNS} FROM bookings WHERE check_in < ? AND check_out > ? ORDER BY check_in, created_at, rowid LIMIT ?`;
      return (this.sql(sql).all(to, from, MAX_LISTED_BOOKINGS) as BookingRow[]).map(rowToBooking);
    }
    return [];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
