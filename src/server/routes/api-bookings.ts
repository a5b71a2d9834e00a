// Staff and integration API over the hotel system: list, create and cancel bookings, ask availability (for a
// stay, or night by night for the console's grid). Every call needs "Authorization: Bearer <PORTIER_API_TOKEN>".
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../../hotel/errors.ts';
import { toE164 } from '../../hotel/phone.ts';
import { MAX_NIGHTS, MAX_SPECIAL_REQUEST_LENGTH, MAX_SPECIAL_REQUESTS } from '../../hotel/rules.ts';
import type { Booking, Hotel, Pms } from '../../hotel/types.ts';
import { hasOutbox } from '../../notify/types.ts';
import { normalizeBookingCode } from '../../hotel/codes.ts';
import { documented } from '../openapi.ts';
import { nightGrid } from './night-grid.ts';
import { badRequest, guardApiScope, isoDate, parseOr400, zodProblem } from './api-common.ts';
import { cleanJson } from '../../http/input-clean.ts';

export interface ApiRoutesOptions {
  pms: Pms;
  hotel: Hotel;
  /** Bearer token every request must carry. */
  token: string;
  /** Told of each booking made through this API (the console shows where a booking came from). */
  onBooked?: (code: string) => Promise<void>;
}

const bookingBody = z.object({
  room_type: z.string(),
  check_in: z.string(),
  check_out: z.string(),
  adults: z.number().int(),
  children: z.number().int().default(0),
  children_ages: z.array(z.number()).optional(),
  guest_name: z.string(),
  phone: z.string(),
  email: z.string().optional(),
  special_requests: z
    .array(z.string().max(MAX_SPECIAL_REQUEST_LENGTH))
    .max(MAX_SPECIAL_REQUESTS)
    .optional()
    .describe('Wishes for the room, one short phrase each (two separate beds, a room for a wheelchair): noted for staff, not priced'),
});

const availabilityQuery = z.object({
  check_in: z.string(),
  check_out: z.string(),
  adults: z.coerce.number().int().min(1).optional(),
  children: z.coerce.number().int().min(0).optional(),
  room_type: z.string().optional(),
});

/** Night-by-night availability and prices from `from`: the console's grid. */
const nightsQuery = z.object({
  from: isoDate,
  nights: z.coerce.number().int().min(1).max(MAX_NIGHTS).default(14),
});

const bookingsQuery = z.object({
  code: z.string().trim().min(1).max(32).optional(),
  phone: z.string().trim().min(1).max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** Bookings with a night in [from, to): a reception list, at most a year at a time. */
const periodQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from < p.to, { message: 'to must be after from', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 366 * 86_400_000, { message: 'at most 366 days at a time', path: ['to'] });

/** The booking as the API shows it (bookingJson's shape, for the API description). */
const bookingOut = z.object({
  code: z.string(),
  status: z.enum(['confirmed', 'cancelled']),
  room_type: z.string(),
  check_in: z.string(),
  check_out: z.string(),
  adults: z.number().int(),
  children: z.number().int(),
  guest_name: z.string(),
  phone: z.string(),
  special_requests: z.array(z.string()),
  total_price: z.number(),
  created_at: z.string(),
});

const unauthorised = 'No or a wrong bearer token';

/** What /api/openapi.json says of each route, from the schemas the handlers validate with. */
const docs = {
  find: documented({
    tag: 'bookings',
    summary: "Find bookings by code, by the guest's phone, or staying in a period",
    query: bookingsQuery,
    responses: {
      200: { description: 'The bookings found (possibly none)', schema: z.array(bookingOut) },
      400: 'No or a malformed criterion',
      401: unauthorised,
    },
  }),
  create: documented({
    tag: 'bookings',
    summary: 'Book a room (an Idempotency-Key header makes a retry return the same booking)',
    body: bookingBody,
    responses: {
      201: { description: 'Booked', schema: bookingOut },
      400: 'Invalid booking',
      401: unauthorised,
      409: 'No room of that type is free on those nights',
    },
  }),
  notifications: documented({
    tag: 'bookings',
    summary: 'The SMS and e-mails about a booking: queued, sent or failed (with the reason)',
    params: z.object({ code: z.string() }),
    responses: {
      200: {
        description: 'One entry per message, oldest first (empty when no channel is configured)',
        schema: z.array(
          z.object({
            id: z.number().int(),
            event: z.enum(['booked', 'changed', 'cancelled', 'reminder']),
            channel: z.enum(['sms', 'email']),
            status: z.enum(['queued', 'sent', 'failed']),
            attempts: z.number().int(),
            last_error: z.string().nullable(),
            created_at: z.string(),
            sent_at: z.string().nullable(),
          }),
        ),
      },
      401: unauthorised,
    },
  }),
  cancel: documented({
    tag: 'bookings',
    summary: 'Cancel a booking by its code',
    params: z.object({ code: z.string() }),
    responses: { 200: { description: 'The cancelled booking', schema: bookingOut }, 401: unauthorised, 404: 'No booking with that code' },
  }),
  availability: documented({
    tag: 'availability',
    summary: 'Free rooms of each type for a stay, with the price of the whole stay',
    query: availabilityQuery,
    responses: { 200: 'Room types with free rooms and prices', 400: 'Invalid stay', 401: unauthorised },
  }),
  nights: documented({
    tag: 'availability',
    summary: "Free rooms and the price of each room type night by night (the console's grid)",
    query: nightsQuery,
    responses: { 200: 'Nights from `from`, with free rooms and prices per room type', 400: 'Invalid period', 401: unauthorised },
  }),
};

/** The booking as the API shows it. */
export function bookingJson(b: Booking) {
  return {
    code: b.code,
    status: b.status,
    room_type: b.room_type,
    check_in: b.check_in,
    check_out: b.check_out,
    adults: b.adults,
    children: b.children,
    guest_name: b.guest_name,
    phone: b.phone,
    special_requests: b.special_requests,
    total_price: b.total_price,
    created_at: b.created_at,
  };
}

/**
 * Registers /api/bookings, /api/availability and /api/availability/nights. Works both as `app.register(apiRoutes, opts)` and as a plain
 * call: the routes live in their own encapsulated scope, so the auth hook and body parsing touch nothing else.
 */
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  if (!options.token) throw new Error('apiRoutes needs a non-empty API token');
  await app.register(async (scope) => routes(scope, options));
}

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

async function routes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  const { pms, hotel, token } = options;

  guardApiScope(app, token, 'internal error in the hotel system');

  // Bodies are parsed here rather than by Fastify so that any malformed body gets the API's 400 shape.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.get('/api/bookings', docs.find, async (req, reply) => {
    const q = parseOr400(bookingsQuery, req.query, reply);
    if (!q) return reply;
    if (q.code) return (await pms.findBookings({ code: q.code })).map(bookingJson);
    if (q.phone) {
      // A lookup is not a booking: a number in E.164 shape that the numbering plan does not know (a new range,
      // a fictional one) simply finds nothing, rather than failing the whole query.
      const phone = toE164(q.phone) ?? (E164_SHAPE.test(q.phone.trim()) ? q.phone.trim() : null);
      if (!phone) return badRequest(reply, `phone "${q.phone}" is not a valid E.164 number`, 'phone');
      return (await pms.findBookings({ phone })).map(bookingJson);
    }
    if (q.from || q.to) {
      const period = periodQuery.safeParse(q);
      if (!period.success) return zodProblem(reply, period.error.issues);
      return (await pms.findBookings({ staying: period.data })).map(bookingJson);
    }
    return badRequest(reply, 'give ?phone=+7..., ?code=... or ?from=YYYY-MM-DD&to=YYYY-MM-DD', 'phone');
  });

  app.post('/api/bookings', docs.create, async (req, reply) => {
    let raw: unknown = req.body;
    if (typeof raw === 'string' || raw === undefined) {
      try {
        raw = cleanJson(JSON.parse(typeof raw === 'string' ? raw : ''));
      } catch {
        return badRequest(reply, 'the body must be a JSON object', 'body');
      }
    }
    const parsed = bookingBody.safeParse(raw);
    if (!parsed.success) return zodProblem(reply, parsed.error.issues);
    const key = req.headers['idempotency-key'];
    try {
      const booking = await pms.createBooking({ ...parsed.data, idempotency_key: typeof key === 'string' && key ? `api:${key}` : undefined });
      await options.onBooked?.(booking.code);
      return reply.code(201).send(bookingJson(booking));
    } catch (e) {
      if (e instanceof HotelValidationError) return badRequest(reply, e.message, e.field);
      if (e instanceof NoAvailabilityError) return reply.code(409).send({ error: e.message, room_type: e.room_type });
      throw e;
    }
  });

  app.get('/api/bookings/:code/notifications', docs.notifications, async (req) => {
    const { code } = req.params as { code: string };
    if (!hasOutbox(pms)) return [];
    // Recipients are personal data and the caller already has the booking: the list says what happened, not to whom.
    return (await pms.outbox.listNotifications(normalizeBookingCode(code))).map(
      ({ id, event, channel, status, attempts, last_error, created_at, sent_at }) => ({
        id,
        event,
        channel,
        status,
        attempts,
        last_error,
        created_at,
        sent_at,
      }),
    );
  });

  app.post('/api/bookings/:code/cancel', docs.cancel, async (req, reply) => {
    const { code } = req.params as { code: string };
    try {
      return bookingJson(await pms.cancelBooking(code));
    } catch (e) {
      if (e instanceof BookingNotFoundError) return reply.code(404).send({ error: e.message });
      throw e;
    }
  });

  app.get('/api/availability', docs.availability, async (req, reply) => {
    const parsed = availabilityQuery.safeParse(req.query);
    if (!parsed.success) return zodProblem(reply, parsed.error.issues);
    try {
      const rooms = await pms.availability(parsed.data);
      return rooms.map((r) => ({
        room_type: r.room_type,
        name: hotel.room_types.find((t) => t.code === r.room_type)?.name ?? r.room_type,
        available: r.available,
        total_price: r.total_price,
        currency: hotel.hotel.currency,
        per_night: r.per_night,
      }));
    } catch (e) {
      if (e instanceof HotelValidationError) return badRequest(reply, e.message, e.field);
      throw e;
    }
  });

  app.get('/api/availability/nights', docs.nights, async (req, reply) => {
    const q = parseOr400(nightsQuery, req.query, reply);
    if (!q) return reply;
    try {
      return await nightGrid(pms, hotel, q.from, q.nights);
    } catch (e) {
      if (e instanceof HotelValidationError) return badRequest(reply, e.message, e.field === 'check_in' ? 'from' : 'nights');
      throw e;
    }
  });
}
