// Which confirmation channels this hotel has, from the environment: SMS when the Twilio account and a sender
// are set, e-mail when an SMTP server and a From address are. Nothing is queued, and the assistant promises
// nothing, for a channel that is not configured.
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Env } from '../config/env.ts';
import type { Hotel, Pms } from '../hotel/types.ts';
import { SmtpEmailSender } from './email-smtp.ts';
import { OutboxWorker } from './outbox-worker.ts';
import { TwilioSmsSender } from './sms-twilio.ts';
import { loadNotificationTemplates } from './templates.ts';
import { type EmailSender, hasOutbox, type NotifyChannels, type SmsSender } from './types.ts';

export interface NotifySetup {
  channels: NotifyChannels;
  sms: SmsSender | null;
  email: (EmailSender & { close(): void }) | null;
  /** One line for the start-up log: what is configured, and what to set for the rest. */
  summary: string;
  /** How often the sender looks at the outbox (PORTIER_NOTIFY_POLL_MS, default 2 s). */
  pollMs: number;
}

export function notifySetup(env: Env): NotifySetup {
  const sid = env.TWILIO_ACCOUNT_SID?.trim();
  const token = env.TWILIO_AUTH_TOKEN?.trim();
  const from = env.TWILIO_SMS_FROM?.trim();
  const service = env.TWILIO_MESSAGING_SERVICE_SID?.trim();
  const sms =
    sid && token && (from || service)
      ? new TwilioSmsSender({
          accountSid: sid,
          authToken: token,
          ...(from ? { from } : {}),
          ...(service ? { messagingServiceSid: service } : {}),
          ...(env.TWILIO_API_BASE_URL ? { baseUrl: env.TWILIO_API_BASE_URL } : {}),
        })
      : null;
  const smtp = env.SMTP_URL?.trim();
  const mailFrom = env.SMTP_FROM?.trim();
  const email = smtp && mailFrom ? new SmtpEmailSender(smtp, mailFrom) : null;
  const on = [sms ? 'SMS' : null, email ? 'e-mail' : null].filter(Boolean);
  const summary =
    on.length === 2
      ? 'booking confirmations by SMS and e-mail'
      : `booking confirmations${on.length ? ` by ${on[0]} only` : ' off'}: ${!sms ? 'set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_SMS_FROM for SMS' : ''}${!sms && !email ? '; ' : ''}${!email ? 'set SMTP_URL and SMTP_FROM for e-mail' : ''}`;
  const poll = Number(env.PORTIER_NOTIFY_POLL_MS ?? 2000);
  return { channels: { sms: sms !== null, email: email !== null }, sms, email, summary, pollMs: Number.isInteger(poll) && poll > 0 ? poll : 2000 };
}

/** The project's notifications.yml, or the wording shipped with Portier. */
export function notificationTemplatesFile(root: string): { file: string; fallback: string } {
  return { file: join(root, 'notifications.yml'), fallback: join(import.meta.dirname, '../../notifications.yml') };
}

/**
 * The sender of booking confirmations for a process that books (the server, or `portier run actions`): null when
 * the hotel store has no outbox or no channel is on. Several senders on one store are safe: each message is
 * leased to one of them.
 */
export function outboxSender(options: { pms: Pms; hotel: Hotel; notify: NotifySetup | null; root: string; logger: Logger }): OutboxWorker | null {
  const { pms, hotel, notify } = options;
  if (!notify || !hasOutbox(pms) || (!notify.sms && !notify.email)) return null;
  const { file, fallback } = notificationTemplatesFile(options.root);
  return new OutboxWorker({
    outbox: pms.outbox,
    hotel,
    templates: loadNotificationTemplates(file, fallback),
    sms: notify.sms,
    email: notify.email,
    logger: options.logger,
    pollMs: notify.pollMs,
  });
}
