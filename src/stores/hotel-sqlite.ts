// The built-in hotel system on SQLite (one file, WAL). Rooms sold per type and night are counted in
// room_nights, updated in the same IMMEDIATE transaction as the booking, so a room is never sold twice
// even when several processes share the file.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { normalizeBookingCode, newBookingCode } from '../hotel/codes.ts';
import { BookingNotFoundError, HotelStoreError, NoAvailabilityError } from '../hotel/errors.ts';
import { prepareBooking } from '../hotel/rules.ts';
import { toE164 } from '../hotel/phone.ts';
import { type Booking, type BookingQuery, type BookingRequest, MAX_LISTED_BOOKINGS, type Pms, type Quote, type RoomAvailability } from '../hotel/types.ts';
import { type AvailabilityQuery, availabilityFromCounts, availabilityScope, bookedCounts, type BookingRow, type HotelStoreOptions, quoteFor, rowToBooking } from './hotel-common.ts';

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
];

const COLUMNS = 'code, status, room_type, check_in, check_out, adults, children, guest_name, phone, email, total_price, created_at';

export class SqliteHotelStore implements Pms {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

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
    const rows = this.sql('SELECT room_type, night, booked FROM room_nights WHERE night >= ? AND night < ?')
      .all(scope.check_in, scope.check_out) as { room_type: string; night: string; booked: number }[];
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
         total_price, currency, created_at, idempotency_key)
       VALUES (?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
          code, room.code, request.check_in, request.check_out, request.adults, request.children,
          request.children_ages ? JSON.stringify(request.children_ages) : null,
          request.guest_name, request.phone, request.email ?? null, quote.total_price, quote.currency, created_at,
          request.idempotency_key ?? null,
        );
        if (res.changes === 1) return this.sql(`SELECT ${COLUMNS} FROM bookings WHERE code = ?`).get(code) as BookingRow;
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
      return { ...row, status: 'cancelled' };
    });
    return rowToBooking(cancel.immediate());
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
