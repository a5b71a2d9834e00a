// The hotel system on PostgreSQL. Each booking locks the room_nights rows of its room type and nights
// (in night order, so two bookings never deadlock: hotel-postgres-nights.ts) before taking a room, so
// concurrent callers cannot sell the last room twice. Schema changes are numbered migrations (hotel-postgres-schema.ts).
import pg from 'pg';
import { newBookingCode, normalizeBookingCode } from '../hotel/codes.ts';
import { BookingNotFoundError, HotelStoreError } from '../hotel/errors.ts';
import { toE164 } from '../hotel/phone.ts';
import { prepareBooking } from '../hotel/rules.ts';
import {
  type AccessKey,
  type Booking,
  type BookingChange,
  type BookingQuery,
  type BookingRequest,
  type ChangeAuthor,
  type ChangedBooking,
  type CodeReminderOutcome,
  MAX_LISTED_BOOKINGS,
  type Pms,
  type Quote,
  type RoomAvailability,
} from '../hotel/types.ts';
import { PostgresAccessLocks } from './hotel-access-postgres.ts';
import { remindCodesPostgres } from './code-reminders.ts';
import { guestToldOfChange } from '../notify/change-notice.ts';
import { type ChangePlan, type ChangeRow, changedBookingValues, planChange, requireFreeForChange } from './hotel-change.ts';
import { type AvailabilityQuery, availabilityFromCounts, availabilityScope, bookedCounts, type HotelStoreOptions, quoteFor } from './hotel-common.ts';
import { bookedNights, giveBackNights, noRoomAsNoAvailability, takeNights, takeNightsSql } from './hotel-postgres-nights.ts';
import { COLUMNS, MIGRATIONS } from './hotel-postgres-schema.ts';
import { type BookingRow, newBookingValues, rowToBooking } from './hotel-rows.ts';
import { enqueuePostgres, PostgresOutbox } from './outbox-postgres.ts';
import { inTransaction, migrate, quoteIdent } from './postgres-database.ts';

const UNIQUE_VIOLATION = '23505';
const DEADLOCK = '40P01';

export interface PostgresHotelStoreOptions extends HotelStoreOptions {
  connectionString: string;
  /** Schema holding the tables (created when missing); tests use one per run. */
  schema?: string;
  poolSize?: number;
}

const schemaError = (message: string) => new HotelStoreError('postgres', message);

export class PostgresHotelStore implements Pms {
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly access: PostgresAccessLocks;
  /** Booking confirmations waiting to be sent (and those sent or failed). */
  readonly outbox: PostgresOutbox;

  private constructor(private readonly options: PostgresHotelStoreOptions) {
    this.schema = quoteIdent(options.schema ?? 'portier', schemaError);
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 8,
      options: `-c search_path=${this.schema}`,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
    this.outbox = new PostgresOutbox(this.pool, (work) => this.inTransaction(work));
    this.access = new PostgresAccessLocks(this.pool, options.now);
  }

  /** Connects and brings the schema up to date. */
  static async open(options: PostgresHotelStoreOptions): Promise<PostgresHotelStore> {
    const store = new PostgresHotelStore(options);
    try {
      await store.inTransaction((c) => migrate(c, { schema: store.schema, ledger: 'hotel_migrations', migrations: MIGRATIONS }));
    } catch (e) {
      await store.pool.end().catch(() => {});
      throw new HotelStoreError('postgres', `cannot prepare the database: ${(e as Error).message}`, { cause: e });
    }
    return store;
  }

  /** Runs `work` in a transaction; a deadlock or serialization failure rolls back and runs it again. */
  private inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  async availability(query: AvailabilityQuery): Promise<RoomAvailability[]> {
    const scope = availabilityScope(this.options.hotel, query, this.options.now());
    const { rows } = await this.pool.query<{ room_type: string; night: string; booked: number }>(
      'SELECT room_type, night::text AS night, booked FROM room_nights WHERE night >= $1 AND night < $2',
      [scope.check_in, scope.check_out],
    );
    return availabilityFromCounts(this.options.hotel, scope, bookedCounts(rows));
  }

  async quote(stay: Parameters<Pms['quote']>[0]): Promise<Quote> {
    return quoteFor(this.options, stay);
  }

  async createBooking(input: BookingRequest): Promise<Booking> {
    const prepared = prepareBooking(this.options.hotel, input, this.options.now());
    const { request, room, nights } = prepared;
    const key = request.idempotency_key ?? null;
    if (key) {
      const found = await this.byIdempotencyKey(key);
      if (found) return found;
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const v = newBookingValues(prepared, newBookingCode(this.options.random), this.options.now().toISOString());
      try {
        // One statement, so one round trip and atomic by itself: take a room on every night (rows locked in
        // night order, so concurrent bookings never deadlock), abort through hotel_no_room() when any night
        // is over the room count, and write the booking.
        // With confirmations on, the booking and its messages commit together; otherwise one statement suffices.
        const notify = this.options.notify;
        const run =
          notify && (notify.sms || notify.email)
            ? <T extends pg.QueryResultRow>(sql: string, values: unknown[]) =>
                this.inTransaction(async (c) => {
                  const result = await c.query<T>(sql, values);
                  if (result.rows[0]) await enqueuePostgres(c, rowToBooking(result.rows[0] as unknown as BookingRow), 'booked', notify, this.options.now());
                  return result;
                })
            : <T extends pg.QueryResultRow>(sql: string, values: unknown[]) => this.pool.query<T>(sql, values);
        const { rows } = await run<BookingRow>(
          `${takeNightsSql('$2', '$15', '$16')}
           INSERT INTO bookings (code, status, room_type, check_in, check_out, adults, children, children_ages, guest_name, phone, email,
             total_price, currency, created_at, idempotency_key, special_requests)
           SELECT $1, 'confirmed', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $17 FROM checked
           RETURNING ${COLUMNS}`,
          // biome-ignore format: the parameters in their $n order
          [v.code, v.room_type, v.check_in, v.check_out, v.adults, v.children, v.children_ages, v.guest_name, v.phone, v.email,
            v.total_price, v.currency, v.created_at, v.idempotency_key, nights, room.count, v.special_requests],
        );
        const row = rows[0]!;
        return rowToBooking(row);
      } catch (e) {
        const err = e as { code?: string; constraint?: string };
        if (err.code === DEADLOCK) continue;
        if (err.code !== UNIQUE_VIOLATION) throw noRoomAsNoAvailability(e, prepared);
        // The same confirmation arrived twice at once: the other request made the booking.
        if (key && err.constraint?.includes('idempotency')) {
          const found = await this.byIdempotencyKey(key);
          if (found) return found;
        }
        // Otherwise the random code was taken; draw another.
      }
    }
    throw new HotelStoreError('postgres', 'could not find a free booking code');
  }

  private async byIdempotencyKey(key: string): Promise<Booking | null> {
    const { rows } = await this.pool.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE idempotency_key = $1`, [key]);
    return rows[0] ? rowToBooking(rows[0]) : null;
  }

  async cancelBooking(code: string): Promise<Booking> {
    const wanted = normalizeBookingCode(code);
    const row = await this.inTransaction(async (c) => {
      const { rows } = await c.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE code = $1 FOR UPDATE`, [wanted]);
      const row = rows[0];
      if (!row) throw new BookingNotFoundError(wanted);
      if (row.status === 'cancelled') return row;
      await c.query("UPDATE bookings SET status = 'cancelled', cancelled_at = $2 WHERE code = $1", [wanted, this.options.now().toISOString()]);
      await giveBackNights(c, row);
      const cancelled: BookingRow = { ...row, status: 'cancelled' };
      await enqueuePostgres(c, rowToBooking(cancelled), 'cancelled', this.options.notify, this.options.now());
      return cancelled;
    });
    return rowToBooking(row);
  }

  /** The change planned against the booking row (locked FOR UPDATE when `lock`) and the nights booked now. */
  private async planChange(c: pg.PoolClient, code: string, change: BookingChange, lock: boolean): Promise<ChangePlan> {
    const wanted = normalizeBookingCode(code);
    const { rows } = await c.query<ChangeRow>(`SELECT ${COLUMNS}, children_ages FROM bookings WHERE code = $1${lock ? ' FOR UPDATE' : ''}`, [wanted]);
    const plan = planChange(this.options.hotel, rows[0], wanted, change, this.options.now());
    requireFreeForChange(plan, await bookedNights(c, plan.prepared.request));
    return plan;
  }

  async previewChange(code: string, change: BookingChange): Promise<ChangedBooking> {
    const client = await this.pool.connect();
    try {
      const { before, after } = await this.planChange(client, code, change, false);
      return { before, after };
    } finally {
      client.release();
    }
  }

  async changeBooking(code: string, change: BookingChange, by: ChangeAuthor = 'guest'): Promise<ChangedBooking> {
    return this.inTransaction(async (c) => {
      const plan = await this.planChange(c, code, change, true);
      const { before, after, prepared } = plan;
      const v = changedBookingValues(plan, this.options.now().toISOString());
      // Old nights given back and new ones taken in one transaction; hotel_no_room() aborts it (and so undoes
      // the give-back) when a new night is over the room count.
      await giveBackNights(c, before);
      await takeNights(c, prepared);
      await c.query(
        `UPDATE bookings SET room_type = $2, check_in = $3, check_out = $4, adults = $5, children = $6, children_ages = $7, total_price = $8, changed_at = $9,
           special_requests = $10, guest_name = $11
         WHERE code = $1`,
        [v.code, v.room_type, v.check_in, v.check_out, v.adults, v.children, v.children_ages, v.total_price, v.changed_at, v.special_requests, v.guest_name],
      );
      if (guestToldOfChange(before, after, by)) await enqueuePostgres(c, after, 'changed', this.options.notify, this.options.now());
      return { before, after };
    });
  }

  async recordAccessFailure(keys: AccessKey[]): Promise<AccessKey[]> {
    return this.access.recordFailure(keys);
  }

  async lockedAccessKeys(keys: AccessKey[]): Promise<AccessKey[]> {
    return this.access.locked(keys);
  }

  async remindBookingCodes(phone: string): Promise<CodeReminderOutcome> {
    return this.inTransaction((c) => remindCodesPostgres(c, COLUMNS, this.options, phone));
  }

  async findBookings(query: BookingQuery): Promise<Booking[]> {
    let rows: BookingRow[] = [];
    if (query.code) {
      rows = (await this.pool.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE code = $1`, [normalizeBookingCode(query.code)])).rows;
    } else if (query.phone) {
      const phone = toE164(query.phone);
      if (phone) rows = (await this.pool.query<BookingRow>(`SELECT ${COLUMNS} FROM bookings WHERE phone = $1 ORDER BY created_at, code`, [phone])).rows;
    } else if (query.staying) {
      const sql = `SELECT ${COLUMNS} FROM bookings WHERE check_in < $1 AND check_out > $2 ORDER BY check_in, created_at, code LIMIT $3`;
      rows = (await this.pool.query<BookingRow>(sql, [query.staying.to, query.staying.from, MAX_LISTED_BOOKINGS])).rows;
    }
    return rows.map(rowToBooking);
  }

  /** Drops the schema (tests). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
