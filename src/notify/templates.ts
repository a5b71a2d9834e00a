// The letters' wording lives in the project (notifications.yml, Jinja as in responses), so a hotel can change
// it; the facts come from the booking and data/hotel.yml. A missing file means the shipped wording.
import { existsSync, readFileSync } from 'node:fs';
import nunjucks from 'nunjucks';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dayMonth, money, nightsText } from '../hotel/format-ru.ts';
import type { Booking, Hotel } from '../hotel/types.ts';
import type { NotificationEvent, RenderedEmail } from './types.ts';

const Letter = z.strictObject({ subject: z.string(), text: z.string(), html: z.string().optional() });
// `reminder` (the booking code sent again, Pms.remindBookingCodes) came later: a hotel's file written before it may
// leave it out, and the shipped wording is used for it.
const Events = <T extends z.ZodType>(t: T) => z.strictObject({ booked: t, changed: t, cancelled: t, reminder: t.optional() });
export const NotificationsFileSchema = z.strictObject({ sms: Events(z.string()), email: Events(Letter) });
type NotificationsFile = z.output<typeof NotificationsFileSchema>;
type Letter = z.output<typeof Letter>;
export interface NotificationTemplates {
  sms: Record<NotificationEvent, string>;
  email: Record<NotificationEvent, Letter>;
}

export class NotificationTemplateError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'NotificationTemplateError';
  }
}

function readTemplates(path: string): NotificationsFile {
  const parsed = NotificationsFileSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new NotificationTemplateError(path, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

export function loadNotificationTemplates(file: string, fallback?: string): NotificationTemplates {
  const path = existsSync(file) ? file : fallback;
  if (!path) throw new NotificationTemplateError(file, 'no notification templates (notifications.yml)');
  const own = readTemplates(path);
  if (own.sms.reminder !== undefined && own.email.reminder !== undefined) return withReminder(own, own.sms.reminder, own.email.reminder);
  const shipped = fallback && path !== fallback ? readTemplates(fallback) : null;
  const sms = own.sms.reminder ?? shipped?.sms.reminder;
  const email = own.email.reminder ?? shipped?.email.reminder;
  if (sms === undefined || email === undefined) throw new NotificationTemplateError(path, 'sms.reminder and email.reminder are missing');
  return withReminder(own, sms, email);
}

function withReminder(t: NotificationsFile, sms: string, email: Letter): NotificationTemplates {
  return { sms: { ...t.sms, reminder: sms }, email: { ...t.email, reminder: email } };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
const htmlEnv = new nunjucks.Environment(null, { autoescape: true });

/** What the templates can use. Codes are spaced in threes so a guest can read them back over the phone. */
export function templateContext(booking: Booking, hotel: Hotel) {
  const room = hotel.room_types.find((r) => r.code === booking.room_type);
  return {
    booking: {
      ...booking,
      code_spaced: booking.code.replace(/(.{3})(?=.)/g, '$1 '),
      room_name: room ? `«${room.name}»` : booking.room_type,
      check_in_text: dayMonth(booking.check_in),
      check_out_text: dayMonth(booking.check_out),
      nights: nightsText(booking.check_in, booking.check_out),
      total_text: money(booking.total_price, hotel.hotel.currency),
      special_requests_text: (booking.special_requests ?? []).join(', '),
    },
    hotel: { ...hotel.hotel, cancellation: hotel.policies.cancellation ?? '' },
  };
}

export function renderSms(t: NotificationTemplates, event: NotificationEvent, booking: Booking, hotel: Hotel): string {
  return env.renderString(t.sms[event], templateContext(booking, hotel)).replace(/\s+/g, ' ').trim();
}

/** Plain text, HTML (the template's, or the text as paragraphs) and, unless cancelled, the stay as .ics. */
export function renderEmail(t: NotificationTemplates, event: NotificationEvent, booking: Booking, hotel: Hotel, ics: string | null): RenderedEmail {
  const ctx = templateContext(booking, hotel);
  const letter = t.email[event];
  const text = env.renderString(letter.text, ctx).trim();
  const html = letter.html
    ? htmlEnv.renderString(letter.html, ctx)
    : text
        .split(/\n\s*\n/)
        .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
        .join('\n');
  return { subject: env.renderString(letter.subject, ctx).trim(), text, html, ics: event === 'cancelled' ? null : ics };
}
