// The booking-code reminder in both built-in hotel stores (Pms.remindBookingCodes): one transaction counts the
// request against the phone (in access_failures under its own hashed key, so no number is stored there) and, within
// the limit, queues in the outbox the phone's current bookings for their own contacts. The count is taken whether or
// not a booking exists, so neither the answer nor the limit tells a stranger anything.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { toE164 } from '../hotel/phone.ts';
import { hotelToday } from '../hotel/rules.ts';
import { CODE_REMINDER_LIMITS, type CodeReminderOutcome } from '../hotel/types.ts';
import { accessKeyId } from './hotel-access.ts';
import type { HotelStoreOptions } from './hotel-common.ts';
import { type BookingRow, rowToBooking } from './hotel-rows.ts';
import { enqueuePostgres } from './outbox-postgres.ts';
import { enqueueSqlite } from './outbox-sqlite.ts';

const { perPhone, windowMs, maxBookings } = CODE_REMINDER_LIMITS;

/** The counted key of a reminder to this phone. */
const reminderKey = (phone: string) => accessKeyId({ kind: 'reminder', value: phone });

/** SQLite: `columns` are the store's booking columns, `sql` its statement cache. */
export function remindCodesSqlite(
  db: Database.Database,
  sql: (text: string) => Database.Statement,
  columns: string,
  options: HotelStoreOptions,
  phone: string,
): CodeReminderOutcome {
  const e164 = toE164(phone);
  const remind = db.transaction((): CodeReminderOutcome => {
    const now = options.now();
    const key = reminderKey(e164 ?? phone);
    // anything older than the longest window counts for nothing (failures count for an hour): gone, this key's or not
    sql('DELETE FROM access_failures WHERE at <= ?').run(now.getTime() - windowMs);
    const { n } = sql('SELECT count(*) AS n FROM access_failures WHERE key = ?').get(key) as { n: number };
    if (n >= perPhone) return 'limited';
    sql('INSERT INTO access_failures (key, at) VALUES (?, ?)').run(key, now.getTime());
    if (!e164) return 'queued';
    const rows = sql(`SELECT ${columns} FROM bookings WHERE phone = ? AND status = 'confirmed' AND check_out >= ? ORDER BY check_in, created_at LIMIT ?`).all(
      e164,
      hotelToday(options.hotel, now),
      maxBookings,
    ) as BookingRow[];
    for (const row of rows) enqueueSqlite(db, rowToBooking(row), 'reminder', options.notify, now);
    return 'queued';
  });
  return remind.immediate();
}

/** PostgreSQL, on the client of a transaction; requests for one phone wait for each other (an advisory lock). */
export async function remindCodesPostgres(c: pg.PoolClient, columns: string, options: HotelStoreOptions, phone: string): Promise<CodeReminderOutcome> {
  const e164 = toE164(phone);
  const now = options.now();
  const key = reminderKey(e164 ?? phone);
  await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  // anything older than the longest window counts for nothing (failures count for an hour): gone, this key's or not
  await c.query('DELETE FROM access_failures WHERE at <= $1', [now.getTime() - windowMs]);
  const { rows: counted } = await c.query<{ n: string }>('SELECT count(*) AS n FROM access_failures WHERE key = $1', [key]);
  if (Number(counted[0]?.n ?? 0) >= perPhone) return 'limited';
  await c.query('INSERT INTO access_failures (key, at) VALUES ($1, $2)', [key, now.getTime()]);
  if (!e164) return 'queued';
  const { rows } = await c.query<BookingRow>(
    `SELECT ${columns} FROM bookings WHERE phone = $1 AND status = 'confirmed' AND check_out >= $2::date ORDER BY check_in, created_at LIMIT $3`,
    [e164, hotelToday(options.hotel, now), maxBookings],
  );
  for (const row of rows) await enqueuePostgres(c, rowToBooking(row), 'reminder', options.notify, now);
  return 'queued';
}
