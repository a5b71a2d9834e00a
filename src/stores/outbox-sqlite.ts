// The notification outbox in the SQLite hotel store: rows are written by the booking transactions (so a
// message exists exactly when its booking change does) and leased by the sender (so one process sends it).
import type Database from 'better-sqlite3';
import type { Booking } from '../hotel/types.ts';
import type { NotificationEvent, NotifyChannels, Outbox, OutboxMessage } from '../notify/types.ts';

export const OUTBOX_SQLITE_MIGRATION = `CREATE TABLE notifications (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     booking_code TEXT NOT NULL,
     event TEXT NOT NULL CHECK (event IN ('booked', 'changed', 'cancelled')),
     channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
     recipient TEXT NOT NULL,
     booking TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     last_error TEXT,
     provider_id TEXT,
     created_at TEXT NOT NULL,
     sent_at TEXT
   );
   CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
   CREATE INDEX notifications_booking ON notifications (booking_code);`;

/**
 * The booking-code reminder as an event (SQLite cannot change a CHECK constraint, so the table is copied into one
 * that allows it; ids, rows and indexes stay as they were).
 */
export const OUTBOX_SQLITE_REMINDER_MIGRATION = `CREATE TABLE notifications_next (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     booking_code TEXT NOT NULL,
     event TEXT NOT NULL CHECK (event IN ('booked', 'changed', 'cancelled', 'reminder')),
     channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
     recipient TEXT NOT NULL,
     booking TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     last_error TEXT,
     provider_id TEXT,
     created_at TEXT NOT NULL,
     sent_at TEXT
   );
   INSERT INTO notifications_next SELECT id, booking_code, event, channel, recipient, booking, status, attempts, next_attempt_at, last_error,
     provider_id, created_at, sent_at FROM notifications;
   DROP TABLE notifications;
   ALTER TABLE notifications_next RENAME TO notifications;
   CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
   CREATE INDEX notifications_booking ON notifications (booking_code);`;

interface Row extends Omit<OutboxMessage, 'booking'> {
  booking: string;
}

const toMessage = (r: Row): OutboxMessage => ({ ...r, booking: JSON.parse(r.booking) as Booking });

/** Queues one message per configured channel the booking can be reached on; call inside the booking's transaction. */
export function enqueueSqlite(db: Database.Database, booking: Booking, event: NotificationEvent, channels: NotifyChannels | undefined, now: Date): void {
  if (!channels) return;
  const insert = db.prepare(
    `INSERT INTO notifications (booking_code, event, channel, recipient, booking, status, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
  );
  const at = now.toISOString();
  if (channels.sms && booking.phone) insert.run(booking.code, event, 'sms', booking.phone, JSON.stringify(booking), at, at);
  if (channels.email && booking.email) insert.run(booking.code, event, 'email', booking.email, JSON.stringify(booking), at, at);
}

export class SqliteOutbox implements Outbox {
  constructor(private readonly db: Database.Database) {}

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxMessage[]> {
    const claim = this.db.transaction((): Row[] => {
      const rows = this.db
        .prepare("SELECT * FROM notifications WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY id LIMIT ?")
        .all(now.toISOString(), limit) as Row[];
      // The lease moves next_attempt_at forward: a process that dies while sending leaves the row due again later.
      const lease = this.db.prepare('UPDATE notifications SET next_attempt_at = ? WHERE id = ?');
      for (const r of rows) lease.run(leaseUntil.toISOString(), r.id);
      return rows;
    });
    return claim.immediate().map(toMessage);
  }

  async markSent(id: number, providerId: string, at: Date): Promise<void> {
    this.db
      .prepare("UPDATE notifications SET status = 'sent', provider_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
      .run(providerId, at.toISOString(), id);
  }

  async markAttemptFailed(id: number, error: string, nextAt: Date | null): Promise<void> {
    if (nextAt)
      this.db
        .prepare('UPDATE notifications SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?')
        .run(error, nextAt.toISOString(), id);
    else this.db.prepare("UPDATE notifications SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?").run(error, id);
  }

  async listNotifications(bookingCode: string): Promise<OutboxMessage[]> {
    return (this.db.prepare('SELECT * FROM notifications WHERE booking_code = ? ORDER BY id').all(bookingCode) as Row[]).map(toMessage);
  }

  async prune(before: Date): Promise<number> {
    // created_at is written by toISOString (fixed width, UTC), so text order is time order.
    return this.db.prepare('DELETE FROM notifications WHERE created_at < ?').run(before.toISOString()).changes;
  }
}
