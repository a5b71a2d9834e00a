// Booking confirmations in writing: what is queued in the hotel store's outbox, and the channels that send it.
import type { Booking, Pms } from '../hotel/types.ts';

/** `reminder`: the booking's code sent again to its own contact, at the guest's request (Pms.remindBookingCodes). */
export type NotificationEvent = 'booked' | 'changed' | 'cancelled' | 'reminder';
export type NotificationChannel = 'sms' | 'email';
export type NotificationStatus = 'queued' | 'sent' | 'failed';

/** One message in the outbox: written in the same transaction as the booking change it tells of (or the reminder). */
export interface OutboxMessage {
  id: number;
  booking_code: string;
  event: NotificationEvent;
  channel: NotificationChannel;
  /** E.164 phone or e-mail address, copied from the booking when queued. */
  recipient: string;
  /** The booking as it was right after the change, so a later change does not rewrite an earlier letter. */
  booking: Booking;
  status: NotificationStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  provider_id: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Which channels the hotel has configured; nothing is queued for a channel that cannot send. */
export interface NotifyChannels {
  sms: boolean;
  email: boolean;
}

/** The outbox part of the hotel store (SQLite and PostgreSQL implement it). */
export interface Outbox {
  /** Takes up to `limit` due messages and leases them until `leaseUntil`, so no other instance sends them too. */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxMessage[]>;
  markSent(id: number, providerId: string, at: Date): Promise<void>;
  /** Another attempt at `nextAt`, or `failed` when nextAt is null. */
  markAttemptFailed(id: number, error: string, nextAt: Date | null): Promise<void>;
  listNotifications(bookingCode: string): Promise<OutboxMessage[]>;
  /**
   * Deletes the messages written before `before`, sent or not (each holds the guest's phone or e-mail and a copy
   * of the booking; a confirmation that old is of no use): personal data is not kept for ever. Returns how many.
   */
  prune(before: Date): Promise<number>;
}

/** A failed send; `permanent` ones (a wrong number, a refused address) are not tried again. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

export interface RenderedSms {
  body: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** iCalendar file of the stay (not for cancellations). */
  ics: string | null;
}

export interface SmsSender {
  /** Returns the provider's message id. */
  send(to: string, body: string): Promise<string>;
}

export interface EmailSender {
  send(to: string, letter: RenderedEmail): Promise<string>;
}

/** A hotel store with an outbox (the built-in SQLite and PostgreSQL ones); a PMS adapter may have none. */
export interface PmsWithOutbox extends Pms {
  readonly outbox: Outbox;
}

export function hasOutbox(pms: Pms): pms is PmsWithOutbox {
  return typeof (pms as Partial<PmsWithOutbox>).outbox?.claimDue === 'function';
}
