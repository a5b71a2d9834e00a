// Works through the outbox: takes due messages (leased, so several instances never send one twice), renders
// them from the templates and sends them; a failure is tried again with backoff, then marked failed with its
// reason. A crash between the booking and the send loses nothing: the message waits in the outbox.
import type { Logger } from 'pino';
import type { Hotel } from '../hotel/types.ts';
import { stayIcs } from './ics.ts';
import { type NotificationTemplates, renderEmail, renderSms } from './templates.ts';
import { type EmailSender, type Outbox, type OutboxMessage, SendError, type SmsSender } from './types.ts';

/** Waits before the 2nd, 3rd, … attempt; after the last one the message is marked failed. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000];
const LEASE_MS = 60_000;

export interface OutboxWorkerOptions {
  outbox: Outbox;
  hotel: Hotel;
  templates: NotificationTemplates;
  sms: SmsSender | null;
  email: EmailSender | null;
  logger: Logger;
  now?: () => Date;
  retryDelaysMs?: number[];
  pollMs?: number;
}

export class OutboxWorker {
  readonly #o: OutboxWorkerOptions;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<number> | null = null;

  constructor(options: OutboxWorkerOptions) {
    this.#o = options;
  }

  /** Sends what is due now; returns how many messages were handled (sent or failed). */
  runOnce(): Promise<number> {
    this.#running ??= this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  start(): void {
    const poll = this.#o.pollMs ?? 2000;
    const tick = () => {
      void this.runOnce()
        .catch((error: Error) => this.#o.logger.error({ event: 'notify.worker_failed', err: error.message }, 'notification outbox could not be read'))
        .finally(() => {
          if (this.#timer) this.#timer = setTimeout(tick, poll).unref();
        });
    };
    this.#timer = setTimeout(tick, poll).unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => {});
  }

  async #drain(): Promise<number> {
    const now = (this.#o.now ?? (() => new Date()))();
    const due = await this.#o.outbox.claimDue(now, 20, new Date(now.getTime() + LEASE_MS));
    for (const message of due) await this.#send(message, now);
    return due.length;
  }

  async #send(m: OutboxMessage, now: Date): Promise<void> {
    const { hotel, templates, outbox, logger } = this.#o;
    const log = { event: 'notify.send', id: m.id, channel: m.channel, kind: m.event, attempt: m.attempts + 1 };
    try {
      let providerId: string;
      if (m.channel === 'sms') {
        if (!this.#o.sms) throw new SendError('SMS is not configured', true);
        providerId = await this.#o.sms.send(m.recipient, renderSms(templates, m.event, m.booking, hotel));
      } else {
        if (!this.#o.email) throw new SendError('e-mail is not configured', true);
        providerId = await this.#o.email.send(m.recipient, renderEmail(templates, m.event, m.booking, hotel, stayIcs(m.booking, hotel)));
      }
      await outbox.markSent(m.id, providerId, now);
      logger.info(log, 'notification sent');
    } catch (error) {
      const delays = this.#o.retryDelaysMs ?? RETRY_DELAYS_MS;
      const permanent = error instanceof SendError && error.permanent;
      const delay = permanent ? undefined : delays[m.attempts];
      const reason = (error as Error).message;
      await outbox.markAttemptFailed(m.id, reason, delay === undefined ? null : new Date(now.getTime() + delay));
      logger.warn({ ...log, reason, retry: delay !== undefined }, delay === undefined ? 'notification failed' : 'notification will be retried');
    }
  }
}
