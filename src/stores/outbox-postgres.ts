// The notification outbox in the PostgreSQL hotel store: written by the booking transactions, claimed with
// FOR UPDATE SKIP LOCKED so that several Portier instances never send one message twice.
import type pg from 'pg';
import type { Booking } from '../hotel/types.ts';
import type { NotificationEvent, NotifyChannels, Outbox, OutboxMessage } from '../notify/types.ts';

export const OUTBOX_POSTGRES_MIGRATION = `CREATE TABLE notifications (
     id bigserial PRIMARY KEY,
     booking_code text NOT NULL,
     event text NOT NULL CHECK (event IN ('booked', 'changed', 'cancelled')),
     channel text NOT NULL CHECK (channel IN ('sms', 'email')),
     recipient text NOT NULL,
     booking jsonb NOT NULL,
     status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz NOT NULL,
     last_error text,
     provider_id text,
     created_at timestamptz NOT NULL,
     sent_at timestamptz
   );
   CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
   CREATE INDEX notifications_booking ON notifications (booking_code);`;

/** The booking-code reminder (Pms.remindBookingCodes) as an event; the constraint is the one PostgreSQL named. */
export const OUTBOX_POSTGRES_REMINDER_MIGRATION = `ALTER TABLE notifications DROP CONSTRAINT notifications_event_check;
   ALTER TABLE notifications ADD CONSTRAINT notifications_event_check CHECK (event IN ('booked', 'changed', 'cancelled', 'reminder'));`;

interface Row {
  id: string;
  booking_code: string;
  event: OutboxMessage['event'];
  channel: OutboxMessage['channel'];
  recipient: string;
  booking: Booking;
  status: OutboxMessage['status'];
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  provider_id: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toMessage = (r: Row): OutboxMessage => ({
  ...r,
  id: Number(r.id),
  next_attempt_at: r.next_attempt_at.toISOString(),
  created_at: r.created_at.toISOString(),
  sent_at: r.sent_at?.toISOString() ?? null,
});

/** Queues one message per configured channel; run with the client of the booking's transaction. */
export async function enqueuePostgres(
  client: pg.PoolClient,
  booking: Booking,
  event: NotificationEvent,
  channels: NotifyChannels | undefined,
  now: Date,
): Promise<void> {
  if (!channels) return;
  const targets: ['sms' | 'email', string][] = [];
  if (channels.sms && booking.phone) targets.push(['sms', booking.phone]);
  if (channels.email && booking.email) targets.push(['email', booking.email]);
  for (const [channel, recipient] of targets) {
    await client.query(
      `INSERT INTO notifications (booking_code, event, channel, recipient, booking, status, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, 'queued', $6, $6)`,
      [booking.code, event, channel, recipient, JSON.stringify(booking), now],
    );
  }
}

export class PostgresOutbox implements Outbox {
  constructor(
    private readonly pool: pg.Pool,
    private readonly inTransaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  ) {}

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxMessage[]> {
    return this.inTransaction(async (c) => {
      const { rows } = await c.query<Row>(
        `UPDATE notifications SET next_attempt_at = $3
         WHERE id IN (SELECT id FROM notifications WHERE status = 'queued' AND next_attempt_at <= $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, limit, leaseUntil],
      );
      return rows.sort((a, b) => Number(a.id) - Number(b.id)).map(toMessage);
    });
  }

  async markSent(id: number, providerId: string, at: Date): Promise<void> {
    await this.pool.query(
      "UPDATE notifications SET status = 'sent', provider_id = $2, sent_at = $3, attempts = attempts + 1, last_error = NULL WHERE id = $1",
      [id, providerId, at],
    );
  }

  async markAttemptFailed(id: number, error: string, nextAt: Date | null): Promise<void> {
    if (nextAt)
      await this.pool.query('UPDATE notifications SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1', [id, error, nextAt]);
    else await this.pool.query("UPDATE notifications SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1", [id, error]);
  }

  async listNotifications(bookingCode: string): Promise<OutboxMessage[]> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM notifications WHERE booking_code = $1 ORDER BY id', [bookingCode]);
    return rows.map(toMessage);
  }

  async prune(before: Date): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM notifications WHERE created_at < $1', [before]);
    return rowCount ?? 0;
  }
}
