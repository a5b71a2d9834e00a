// The PostgreSQL hotel store's tables: numbered migrations (a shipped one never changes; a new one is added at
// the end) and the columns a booking is read back with.
import { OUTBOX_POSTGRES_MIGRATION, OUTBOX_POSTGRES_REMINDER_MIGRATION } from './outbox-postgres.ts';

export const MIGRATIONS = [
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
  // The booking-code reminder (Pms.remindBookingCodes) is an outbox event too.
  OUTBOX_POSTGRES_REMINDER_MIGRATION,
];

export const COLUMNS = `code, status, room_type, check_in::text AS check_in, check_out::text AS check_out, adults, children,
  guest_name, phone, email, special_requests, total_price, created_at`;

/** Raised by hotel_no_room() (migration 3). */
export const NO_ROOM = 'PH001';
