// A booking as both built-in hotel stores keep it: the row they read back (snake_case columns) turned into the
// domain's Booking, and the values they write for a new booking, by column.
import type { PreparedBooking } from '../hotel/rules.ts';
import type { Booking } from '../hotel/types.ts';

/** A stored booking row (snake_case columns, as both stores write them). */
export interface BookingRow {
  code: string;
  status: string;
  room_type: string;
  check_in: string;
  check_out: string;
  adults: number;
  children: number;
  guest_name: string;
  phone: string;
  email: string | null;
  /** JSON text in SQLite, jsonb (already parsed) in PostgreSQL; null on bookings made before the column. */
  special_requests: string | string[] | null;
  total_price: number | string;
  created_at: string | Date;
}

/** A JSON list column as stored by either store: SQLite gives its text, PostgreSQL the parsed value. */
export function storedList<T>(stored: string | T[] | null, is: (x: unknown) => x is T): T[] | undefined {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return undefined;
    }
  }
  return Array.isArray(value) && value.every(is) ? value : undefined;
}

const isText = (x: unknown): x is string => typeof x === 'string';

export function rowToBooking(row: BookingRow): Booking {
  return {
    code: row.code,
    status: row.status === 'cancelled' ? 'cancelled' : 'confirmed',
    room_type: row.room_type,
    check_in: row.check_in,
    check_out: row.check_out,
    adults: Number(row.adults),
    children: Number(row.children),
    guest_name: row.guest_name,
    phone: row.phone,
    email: row.email,
    special_requests: storedList(row.special_requests, isText) ?? [],
    total_price: Number(row.total_price),
    created_at: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
  };
}

/** The wishes as stored: a JSON list, or null when there are none. */
export const requestsColumn = (requests: readonly string[] | undefined): string | null => (requests?.length ? JSON.stringify(requests) : null);

/** The children's ages as stored: a JSON list whenever they were given (an empty one too), else null. */
export const agesColumn = (ages: readonly number[] | undefined): string | null => (ages ? JSON.stringify(ages) : null);

/** A new booking's values by column, as both stores insert them (its status, 'confirmed', is in their SQL). */
export function newBookingValues({ request, room, quote }: PreparedBooking, code: string, created_at: string) {
  return {
    code,
    room_type: room.code,
    check_in: request.check_in,
    check_out: request.check_out,
    adults: request.adults,
    children: request.children,
    children_ages: agesColumn(request.children_ages),
    guest_name: request.guest_name,
    phone: request.phone,
    email: request.email ?? null,
    special_requests: requestsColumn(request.special_requests),
    total_price: quote.total_price,
    currency: quote.currency,
    created_at,
    idempotency_key: request.idempotency_key ?? null,
  };
}
