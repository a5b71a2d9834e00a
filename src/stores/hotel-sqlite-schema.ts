// The SQLite hotel store's tables: numbered migrations (the file's user_version counts those applied; a shipped
// one never changes, a new one is added at the end) and the columns a booking is read back with.
import { OUTBOX_SQLITE_MIGRATION, OUTBOX_SQLITE_REMINDER_MIGRATION } from './outbox-sqlite.ts';

export const MIGRATIONS = [
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
  // The booking-code reminder (Pms.remindBookingCodes) is an outbox event too.
  OUTBOX_SQLITE_REMINDER_MIGRATION,
];

export const COLUMNS = 'code, status, room_type, check_in, check_out, adults, children, guest_name, phone, email, special_requests, total_price, created_at';
