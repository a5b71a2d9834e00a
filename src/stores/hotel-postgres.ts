// The hotel system on PostgreSQL. Each booking locks the room_nights rows of its room type and nights
// (SELECT … FOR UPDATE, in night order so two bookings never deadlock) before taking a room, so
// concurrent callers cannot sell the last room twice. Schema changes are numbered migrations.
import pg from 'pg';
import { newBookingCode, normalizeBookingCode } from '../hotel/codes.ts';
import { BookingNotFoundError, HotelStoreError, NoAvailabilityError } from '../hotel/errors.ts';
import { accessKeyId } from './hotel-access.ts';
import { type ChangePlan, type ChangeRow, planChange, requireFreeForChange } from './hotel-change.ts';
import { toE164 } from '../hotel/phone.ts';
import { prepareBooking } from '../hotel/rules.ts';
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
import { enqueuePostgres, OUTBOX_POSTGRES_MIGRATION, PostgresOutbox } from './outbox-postgres.ts';
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
     code text PRIMARY KEY,
     status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
     room_type text NOT NULL,
     check_in date NOT NULL,
     check_out date NOT NULL,
     adults integer NOT NULL,
     children integer NOT NULL,
     children_ages jsonb,
     guest_name text NOT NULL,
     phone text NOT NULL,
     email text,
     total_price integer NOT NULL,
     currency text NOT NULL,
     created_at timestamptz NOT NULL,
     cancelled_at timestamptz,
     idempotency_key text UNIQUE
   );
   CREATE INDEX bookings_phone ON bookings (phone);
   CREATE TABLE room_nights (
     room_type text NOT NULL,
     night date NOT NULL,
     booked integer NOT NULL CHECK (booked >= 0),
     PRIMARY KEY (room_type, night)
   );`,
  // Availability asks for a date range across all room types.
  `CREATE INDEX room_nights_by_night ON room_nights (night) INCLUDE (room_type, booked);`,
  // Lets a booking statement abort itself when a night is full (CASE calls it only then).
  `CREATE FUNCTION hotel_no_room(room text) RETURNS integer LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'no room of type % left', room USING ERRCODE = 'PH001';
   END $$;`,
  // Failed identity checks and the locks they lead to (keys are hashed: no phone number is stored here).
  `ALTER TABLE bookings ADD COLUMN changed_at timestamptz;
   CREATE TABLE access_failures (key text NOT NULL, at bigint NOT NULL);
   CREATE INDEX access_failures_key ON access_failures (key, at);
   CREATE TABLE access_locks (key text PRIMARY KEY, until bigint NOT NULL);`,
  // Booking confirmations, queued in the booking's own transaction (src/stores/outbox-postgres.ts).
  OUTBOX_POSTGRES_MIGRATION,
  // The guest's wishes for the room, a JSON list of phrases (null on bookings made before).
  `ALTER TABLE bookings ADD COLUMN special_requests jsonb;`,
];

const COLUMNS = `code, status, room_type, check_in::text AS check_in, check_out::text AS check_out, adults, children,
  guest_name, phone, email, special_requests, total_price, created_at`;

/** The wishes as stored: a JSON list, or null when there are none. */
const requestsColumn = (requests: string[] | undefined) => (requests?.length ? JSON.stringify(requests) : null);

const UNIQUE_VIOLATION = '23505';
const DEADLOCK = '40P01';
/** Raised by hotel_no_room() (migration 3). */
const NO_ROOM = 'PH001';
// deadlock_detected, serialization_failure
const RETRYABLE = new Set(['40P01', '40001']);

export interface PostgresHotelStoreOptions extends HotelStoreOptions {
  connectionString: string;
  /** Schema holding the tables (created when missing); tests use one per run. */
  schema?: string;
  poolSize?: number;
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new HotelStoreError('postgres', `unsafe schema name "${name}"`);
  return `"${name}"`;
}

export class PostgresHotelStore implements Pms {
  private readonly pool: pg.Pool;
  private readonly schema: string;
  /** Booking confirmations waiting to be sent (and those sent or failed). */
  readonly outbox: PostgresOutbox;

  private constructor(private readonly options: PostgresHotelStoreOptions) {
    this.schema = options.schema ?? 'portier';
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 8,
      options: `-c search_path=${quoteIdent(this.schema)}`,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => {});
    this.outbox = new PostgresOutbox(this.pool, (work) => this.inTransaction(work));
  }

  /** Connects and brings the schema up to date. */
  static async open(options: PostgresHotelStoreOptions): Promise<PostgresHotelStore> {
    const store = new PostgresHotelStore(options);
    try {
      await store.migrate();
    } catch (e) {
      await store.pool.end().catch(() => {});
      throw new HotelStoreError('postgres', `cannot prepare the database: ${(e as Error).message}`, { cause: e });
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.inTransaction(async (c) => {
      // Several processes may start at once; one migrates, the others wait for it.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('portier_hotel_migrations'))");
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
      await c.query('CREATE TABLE IF NOT EXISTS hotel_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM hotel_migrations');
      for (let v = rows[0]?.v ?? 0; v < MIGRATIONS.length; v++) {
        await c.query(MIGRATIONS[v]!);
        await c.query('INSERT INTO hotel_migrations (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  /** Runs `work` in a transaction; a deadlock or serialization failure rolls back and runs it again. */
  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
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
    const { request, room, quote, nights } = prepareBooking(this.options.hotel, input, this.options.now());
    const key = request.idempotency_key ?? null;
    if (key) {
      const found = await this.byIdempotencyKey(key);
      if (found) return found;
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const code = newBookingCode(this.options.random);
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
          `WITH taken AS (
             INSERT INTO room_nights AS rn (room_type, night, booked)
             SELECT $2::text, n, 1 FROM unnest($15::date[]) AS n ORDER BY n
             ON CONFLICT (room_type, night) DO UPDATE SET booked = rn.booked + 1
             RETURNING rn.booked
           ), checked AS (
             SELECT CASE WHEN max(booked) > $16::integer THEN hotel_no_room($2::text) ELSE 0 END AS refused FROM taken
           )
           INSERT INTO bookings (code, status, room_type, check_in, check_out, adults, children, children_ages, guest_name, phone, email,
             total_price, currency, created_at, idempotency_key, special_requests)
           SELECT $1, 'confirmed', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $17 FROM checked
           RETURNING ${COLUMNS}`,
          [
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
            quote.total_price,
            quote.currency,
            this.options.now().toISOString(),
            key,
            nights,
            room.count,
            requestsColumn(request.special_requests),
          ],
        );
        const row = rows[0]!;
        return rowToBooking(row);
      } catch (e) {
        const err = e as { code?: string; constraint?: string; hint?: string };
        if (err.code === NO_ROOM) throw new NoAvailabilityError(room.code, request.check_in, request.check_out);
        if (err.code === DEADLOCK) continue;
        if (err.code !== UNIQUE_VIOLATION) throw e;
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
      // Night rows are locked in night order, as createBooking locks them, so the two never deadlock.
      await c.query('SELECT 1 FROM room_nights WHERE room_type = $1 AND night >= $2 AND night < $3 ORDER BY night FOR UPDATE', [
        row.room_type,
        row.check_in,
        row.check_out,
      ]);
      await c.query('UPDATE room_nights SET booked = booked - 1 WHERE room_type = $1 AND night >= $2 AND night < $3', [
        row.room_type,
        row.check_in,
        row.check_out,
      ]);
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
    const nights = await c.query<{ night: string; booked: number }>(
      'SELECT night::text AS night, booked FROM room_nights WHERE room_type = $1 AND night >= $2 AND night < $3',
      [plan.prepared.room.code, plan.prepared.request.check_in, plan.prepared.request.check_out],
    );
    requireFreeForChange(plan, new Map(nights.rows.map((r) => [r.night, r.booked])));
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

  async changeBooking(code: string, change: BookingChange): Promise<ChangedBooking> {
    return this.inTransaction(async (c) => {
      const { before, after, prepared } = await this.planChange(c, code, change, true);
      const r = prepared.request;
      // Old nights given back and new ones taken in one transaction; hotel_no_room() aborts it (and so undoes
      // the give-back) when a new night is over the room count. Rows are locked in night order, as createBooking does.
      await c.query('SELECT 1 FROM room_nights WHERE room_type = $1 AND night >= $2 AND night < $3 ORDER BY night FOR UPDATE', [
        before.room_type,
        before.check_in,
        before.check_out,
      ]);
      await c.query('UPDATE room_nights SET booked = booked - 1 WHERE room_type = $1 AND night >= $2 AND night < $3', [
        before.room_type,
        before.check_in,
        before.check_out,
      ]);
      try {
        await c.query(
          `WITH taken AS (
             INSERT INTO room_nights AS rn (room_type, night, booked)
             SELECT $1::text, n, 1 FROM unnest($2::date[]) AS n ORDER BY n
             ON CONFLICT (room_type, night) DO UPDATE SET booked = rn.booked + 1
             RETURNING rn.booked
           )
           SELECT CASE WHEN max(booked) > $3::integer THEN hotel_no_room($1::text) ELSE 0 END AS refused FROM taken`,
          [prepared.room.code, prepared.nights, prepared.room.count],
        );
      } catch (e) {
        if ((e as { code?: string }).code === NO_ROOM) throw new NoAvailabilityError(prepared.room.code, r.check_in, r.check_out);
        throw e;
      }
      await c.query(
        `UPDATE bookings SET room_type = $2, check_in = $3, check_out = $4, adults = $5, children = $6, children_ages = $7, total_price = $8, changed_at = $9,
           special_requests = $10
         WHERE code = $1`,
        [
          before.code,
          r.room_type,
          r.check_in,
          r.check_out,
          r.adults,
          r.children,
          r.children_ages ? JSON.stringify(r.children_ages) : null,
          after.total_price,
          this.options.now().toISOString(),
          requestsColumn(r.special_requests),
        ],
      );
      await enqueuePostgres(c, after, 'changed', this.options.notify, this.options.now());
      return { before, after };
    });
  }

  async recordAccessFailure(keys: AccessKey[]): Promise<AccessKey[]> {
    const at = this.options.now().getTime();
    const ids = keys.map(accessKeyId);
    const lockedIds = await this.inTransaction(async (c) => {
      await c.query('DELETE FROM access_failures WHERE key = ANY($1::text[]) AND at <= $2', [ids, at - ACCESS_LIMITS.windowMs]);
      await c.query('INSERT INTO access_failures (key, at) SELECT k, $2 FROM unnest($1::text[]) AS k', [ids, at]);
      // Keys in a fixed order, so two transactions counting the same keys never deadlock on the lock rows.
      await c.query(
        `INSERT INTO access_locks (key, until)
         SELECT key, $2::bigint + $3::bigint FROM access_failures WHERE key = ANY($1::text[]) GROUP BY key HAVING count(*) >= $4 ORDER BY key
         ON CONFLICT (key) DO UPDATE SET until = excluded.until`,
        [ids, at, ACCESS_LIMITS.lockMs, ACCESS_LIMITS.failures],
      );
      const { rows } = await c.query<{ key: string }>('SELECT key FROM access_locks WHERE key = ANY($1::text[]) AND until > $2', [ids, at]);
      return new Set(rows.map((r) => r.key));
    });
    return keys.filter((_, i) => lockedIds.has(ids[i]!));
  }

  async lockedAccessKeys(keys: AccessKey[]): Promise<AccessKey[]> {
    const ids = keys.map(accessKeyId);
    const { rows } = await this.pool.query<{ key: string }>('SELECT key FROM access_locks WHERE key = ANY($1::text[]) AND until > $2', [
      ids,
      this.options.now().getTime(),
    ]);
    const locked = new Set(rows.map((r) => r.key));
    return keys.filter((_, i) => locked.has(ids[i]!));
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
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
