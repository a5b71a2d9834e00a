// The console's bookings: today's arrivals and departures, the occupancy grid, search, and create, change and
// cancel for a walk-in or a phone call. Each booking says where it came from, links to its conversation and
// says what became of its confirmations (queued, sent, failed with the reason).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { addDays, todayIn } from '../../hotel/calendar.ts';
import { looksLikeBookingCode, normalizeBookingCode } from '../../hotel/codes.ts';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../../hotel/errors.ts';
import { toE164 } from '../../hotel/phone.ts';
import { MAX_SPECIAL_REQUEST_LENGTH, MAX_SPECIAL_REQUESTS } from '../../hotel/rules.ts';
import type { Booking } from '../../hotel/types.ts';
import { hasOutbox } from '../../notify/types.ts';
import { bookingJson } from './api-bookings.ts';
import { isoDate, parseOr400 } from './api-common.ts';
import type { ConsoleContext } from './console-context.ts';
import { nightGrid } from './night-grid.ts';

/** The bookings list without a search: stays with a night in the coming two weeks. */
export const UPCOMING_DAYS = 14;
const searchQuery = z.object({ q: z.string().trim().max(80).default('') });
const gridQuery = z.object({ from: isoDate.optional(), nights: z.coerce.number().int().min(7).max(42).default(21) });
const codeParams = z.object({ code: z.string().trim().min(1).max(32) });
const guests = { adults: z.number().int().min(1).max(10), children: z.number().int().min(0).max(10).default(0) };
/** The wishes for the room as staff type them, one per line or comma-separated on the page. */
const specialRequests = z.array(z.string().trim().max(MAX_SPECIAL_REQUEST_LENGTH)).max(MAX_SPECIAL_REQUESTS);
const createBody = z.object({
  room_type: z.string().min(1),
  check_in: isoDate,
  check_out: isoDate,
  ...guests,
  guest_name: z.string().trim().min(2).max(120),
  phone: z.string().trim().min(5).max(40),
  email: z
    .string()
    .trim()
    .email()
    .max(200)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  special_requests: specialRequests.optional(),
  /** The page's own key for this form, so a double click never books twice. */
  request_id: z.string().min(8).max(64),
});
const changeBody = z
  .object({
    room_type: z.string().min(1).optional(),
    check_in: isoDate.optional(),
    check_out: isoDate.optional(),
    adults: guests.adults.optional(),
    children: guests.children.optional(),
    special_requests: specialRequests.optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'nothing to change' });

/** Russian message of a hotel error as a 4xx; other errors go on to the scope's 500. */
function hotelProblem(reply: FastifyReply, e: unknown) {
  if (e instanceof HotelValidationError) return reply.code(400).send({ error: e.message, field: e.field });
  if (e instanceof NoAvailabilityError) return reply.code(409).send({ error: 'На эти даты свободных номеров этого типа нет.', field: 'room_type' });
  if (e instanceof BookingNotFoundError) return reply.code(404).send({ error: e.message });
  throw e;
}

export function consoleBookingRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const { pms, hotel, staff, conversations } = ctx;
  const today = () => todayIn(hotel.hotel.timezone, ctx.now());

  /** The SMS and e-mails about a booking, oldest first: what was sent, what waits and what failed and why. */
  async function confirmations(code: string) {
    if (!hasOutbox(pms)) return [];
    return (await pms.outbox.listNotifications(code)).map(({ event, channel, status, attempts, last_error, sent_at, next_attempt_at }) => ({
      event,
      channel,
      status,
      attempts,
      last_error,
      sent_at,
      next_attempt_at: status === 'queued' ? next_attempt_at : null,
    }));
  }

  /** Bookings as the console shows them: with their source, the conversation that made them and their confirmations. */
  async function described(bookings: Booking[]) {
    const origins = await staff.origins(bookings.map((b) => b.code));
    const madeBy = await conversations.madeBy();
    const sent = await Promise.all(bookings.map((b) => confirmations(b.code)));
    return bookings.map((b, i) => {
      const conversation = madeBy.get(b.code);
      const origin = origins.get(b.code);
      const source = conversation ? conversation.channel : (origin?.source ?? 'api');
      return {
        ...bookingJson(b),
        // a guest may leave an e-mail instead of a phone (the assistant accepts either); staff see whichever exists
        email: b.email || null,
        source,
        made_by: origin?.by ?? null,
        conversation_ref: conversation ? conversations.refOf(conversation.id) : null,
        notifications: sent[i]!,
      };
    });
  }

  app.get('/console/api/today', async () => {
    const day = today();
    const tomorrow = addDays(day, 1);
    const staying = await pms.findBookings({ staying: { from: addDays(day, -1), to: addDays(day, 2) } });
    const confirmed = await described(staying.filter((b) => b.status === 'confirmed'));
    const on = (field: 'check_in' | 'check_out', date: string) => confirmed.filter((b) => b[field] === date);
    return {
      now: ctx.now().toISOString(),
      today: day,
      tomorrow,
      arrivals: { today: on('check_in', day), tomorrow: on('check_in', tomorrow) },
      departures: { today: on('check_out', day), tomorrow: on('check_out', tomorrow) },
      in_house: confirmed.filter((b) => b.check_in <= day && b.check_out > day).length,
    };
  });

  app.get('/console/api/grid', async (req, reply) => {
    const q = parseOr400(gridQuery, req.query, reply);
    if (!q) return reply;
    try {
      return { today: today(), ...(await nightGrid(pms, hotel, q.from ?? today(), q.nights)) };
    } catch (e) {
      return hotelProblem(reply, e);
    }
  });

  app.get('/console/api/room-types', async () => ({
    hotel_name: hotel.hotel.name,
    timezone: hotel.hotel.timezone,
    room_types: hotel.room_types.map((t) => ({ code: t.code, name: t.name, max_guests: t.max_guests })),
    currency: hotel.hotel.currency,
    today: today(),
  }));

  app.get('/console/api/bookings', async (req, reply) => {
    const q = parseOr400(searchQuery, req.query, reply);
    if (!q) return reply;
    const text = q.q;
    let found: Booking[];
    if (text && looksLikeBookingCode(text)) found = await pms.findBookings({ code: normalizeBookingCode(text) });
    else if (text && /\d{5,}/.test(text.replace(/\D/g, '')) && toE164(text)) found = await pms.findBookings({ phone: toE164(text)! });
    else if (text) {
      // By name: bookings staying from a month ago to a year ahead (the most a list holds), filtered here.
      const all = await pms.findBookings({ staying: { from: addDays(today(), -31), to: addDays(today(), 365) } });
      const needle = text.toLocaleLowerCase('ru');
      found = all.filter((b) => b.guest_name.toLocaleLowerCase('ru').includes(needle));
    } else {
      // Nothing asked: who stays in the coming two weeks, the desk's working list.
      found = await pms.findBookings({ staying: { from: today(), to: addDays(today(), UPCOMING_DAYS) } });
    }
    return { bookings: await described(found) };
  });

  app.post('/console/api/bookings', async (req, reply) => {
    const body = createBody.safeParse(req.body);
    if (!body.success) return reply.code(400).send({ error: body.error.issues[0]?.message ?? 'invalid', field: body.error.issues[0]?.path.join('.') });
    const { request_id, ...request } = body.data;
    const phone = toE164(request.phone);
    if (!phone) return reply.code(400).send({ error: 'Телефон не похож на номер: например, +7 903 555-12-34.', field: 'phone' });
    try {
      const booking = await pms.createBooking({ ...request, phone, idempotency_key: `console:${request_id}` });
      await staff.recordOrigin({ code: booking.code, source: 'console', by: req.staff?.username ?? null, at: ctx.now().toISOString() });
      req.log.info({ event: 'console.booking_created', user: req.staff?.username, code: booking.code }, 'booking made at the console');
      return reply.code(201).send({ booking: (await described([booking]))[0] });
    } catch (e) {
      return hotelProblem(reply, e);
    }
  });

  app.post('/console/api/bookings/:code/change', async (req, reply) => {
    const params = parseOr400(codeParams, req.params, reply, 'code');
    const body = changeBody.safeParse(req.body);
    if (!params) return reply;
    if (!body.success) return reply.code(400).send({ error: body.error.issues[0]?.message ?? 'invalid', field: 'body' });
    try {
      // The hotel system's atomic change, the same the assistant's change_booking uses; made by staff, so wishes
      // edited alone are the desk's note and send the guest nothing (notify/change-notice.ts).
      const { before, after } = await pms.changeBooking(params.code, body.data, 'staff');
      req.log.info({ event: 'console.booking_changed', user: req.staff?.username, code: after.code }, 'booking changed at the console');
      return { before: bookingJson(before), booking: (await described([after]))[0] };
    } catch (e) {
      return hotelProblem(reply, e);
    }
  });

  app.post('/console/api/bookings/:code/cancel', async (req, reply) => {
    const params = parseOr400(codeParams, req.params, reply, 'code');
    if (!params) return reply;
    try {
      const booking = await pms.cancelBooking(params.code);
      req.log.info({ event: 'console.booking_cancelled', user: req.staff?.username, code: booking.code }, 'booking cancelled at the console');
      return { booking: (await described([booking]))[0] };
    } catch (e) {
      return hotelProblem(reply, e);
    }
  });
}
