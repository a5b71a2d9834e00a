// The built-in hotel system on SQLite (one file, WAL). Rooms sold per type and night are counted in
// room_nights, updated in the same IMMEDIATE transaction as the booking, so a room is never sold twice
// even when several processes share the file.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { normalizeBookingCode, newBookingCode } from '../hotel/codes.ts';
import { BookingNotFoundError, HotelStoreError, NoAvailabilityError } from '../hotel/errors.ts';
import { toE164 } from '../hotel/phone.ts';
import { type PreparedBooking, prepareBooking } from '../hotel/rules.ts';
import {
  type AccessKey,
  type Booking,
  type BookingChange,
  type BookingQuery,
  type BookingRequest,
  type ChangeAuthor,
  type CodeReminderOutcome,
  type ChangedBooking,
  type IsoDate,
  MAX_LISTED_BOOKINGS,
  type Pms,
  type Quote,
  type RoomAvailability,
} from '../hotel/types.ts';
import { SqliteAccessLocks } from './hotel-access-sqlite.ts';
import { remindCodesSqlite } from './code-reminders.ts';
import { guestToldOfChange } from '../notify/change-notice.ts';
import { type ChangePlan, type ChangeRow, changedBookingValues, planChange, requireFreeForChange } from './hotel-change.ts';
import {
  type AvailabilityQuery,
  availabilityFromCounts,
  availabilityScope,
  bookedCounts,
  type HotelStoreOptions,
  quoteFor,
  type StayOfRoom,
} from './hotel-common.ts';
import { type BookingRow, newBookingValues, rowToBooking } from './hotel-rows.ts';
import { COLUMNS, MIGRATIONS } from './hotel-sqlite-schema.ts';
import { enqueueSqlite, SqliteOutbox } from './outbox-sqlite.ts';

export class SqliteHotelStore implements Pms {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Booking confirmations waiting to be sent (and those sent or failed). */
  readonly outbox: SqliteOutbox;
  private readonly access: SqliteAccessLocks;

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
      this.access = new SqliteAccessLocks(this.db, (text) => this.sql(text), options.now);
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
    const prepared = prepareBooking(this.options.hotel, input, this.options.now());
    const { request } = prepared;
    const byKey = this.sql(`SELECT ${COLUMNS} FROM bookings WHERE idempotency_key = ?`);
    const insert = this.sql(
      `INSERT INTO bookings (code, status, room_type, check_in, check_out, adults, children, children_ages, guest_name, phone, email,
         special_requests, total_price, currency, created_at, idempotency_key)
       VALUES (@code, 'confirmed', @room_type, @check_in, @check_out, @adults, @children, @children_ages, @guest_name, @phone, @email,
         @special_requests, @total_price, @currency, @created_at, @idempotency_key)
       ON CONFLICT (code) DO NOTHING`,
    );
    const create = this.db.transaction((): BookingRow => {
      if (request.idempotency_key) {
        const existing = byKey.get(request.idempotency_key) as BookingRow | undefined;
        if (existing) return existing;
      }
      this.takeNights(prepared);
      const created_at = this.options.now().toISOString();
      for (let attempt = 0; attempt < 10; attempt++) {
        const code = newBookingCode(this.options.random);
        const res = insert.run(newBookingValues(prepared, code, created_at));
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
      this.giveBackNights(row);
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
    requireFreeForChange(plan, this.bookedNights(plan.prepared.request));
    return plan;
  }

  /** Takes a room on each of the booking's nights, or throws NoAvailabilityError (inside the caller's transaction). */
  private takeNights({ room, nights, request }: PreparedBooking): void {
    // The conditional upsert changes no row when the night is already full.
    const take = this.sql(
      `INSERT INTO room_nights (room_type, night, booked) VALUES (?, ?, 1)
       ON CONFLICT (room_type, night) DO UPDATE SET booked = booked + 1 WHERE booked < ?`,
    );
    for (const night of nights) {
      if (take.run(room.code, night, room.count).changes === 0 || room.count === 0)
        throw new NoAvailabilityError(room.code, request.check_in, request.check_out);
    }
  }

  private giveBackNights(stay: StayOfRoom): void {
    this.sql('UPDATE room_nights SET booked = booked - 1 WHERE room_type = ? AND night >= ? AND night < ?').run(stay.room_type, stay.check_in, stay.check_out);
  }

  /** Rooms of one type booked on each night of a stay that has any booked. */
  private bookedNights(stay: StayOfRoom): Map<IsoDate, number> {
    const rows = this.sql('SELECT night, booked FROM room_nights WHERE room_type = ? AND night >= ? AND night < ?').all(
      stay.room_type,
      stay.check_in,
      stay.check_out,
    ) as { night: string; booked: number }[];
    return new Map(rows.map((r) => [r.night, r.booked]));
  }

  async previewChange(code: string, change: BookingChange): Promise<ChangedBooking> {
    const { before, after } = this.db.transaction(() => this.planChange(code, change))();
    return { before, after };
  }

  async changeBooking(code: string, change: BookingChange, by: ChangeAuthor = 'guest'): Promise<ChangedBooking> {
    const apply = this.db.transaction((): ChangedBooking => {
      const plan = this.planChange(code, change);
      const { before, after, prepared } = plan;
      // Old nights given back and new ones taken in the same IMMEDIATE transaction: any failure undoes both.
      this.giveBackNights(before);
      this.takeNights(prepared);
      this.sql(
        `UPDATE bookings SET room_type = @room_type, check_in = @check_in, check_out = @check_out, adults = @adults, children = @children,
           children_ages = @children_ages, special_requests = @special_requests, guest_name = @guest_name, total_price = @total_price,
           changed_at = @changed_at
         WHERE code = @code`,
      ).run(changedBookingValues(plan, this.options.now().toISOString()));
      if (guestToldOfChange(before, after, by)) enqueueSqlite(this.db, after, 'changed', this.options.notify, this.options.now());
      return { before, after };
    });
    return apply.immediate();
  }

  async recordAccessFailure(keys: AccessKey[]): Promise<AccessKey[]> {
    return this.access.recordFailure(keys);
  }

  async lockedAccessKeys(keys: AccessKey[]): Promise<AccessKey[]> {
    return this.access.locked(keys);
  }

  async remindBookingCodes(phone: string): Promise<CodeReminderOutcome> {
    return remindCodesSqlite(this.db, (text) => this.sql(text), COLUMNS, this.options, phone);
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
