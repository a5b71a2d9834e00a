// Staff and integration API over the hotel system: list, create and cancel bookings, ask availability.
// Every call needs "Authorization: Bearer <PORTIER_API_TOKEN>".
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../../hotel/errors.ts';
import { toE164 } from '../../hotel/phone.ts';
import type { Booking, Hotel, Pms } from '../../hotel/types.ts';

export interface ApiRoutesOptions {
  pms: Pms;
  hotel: Hotel;
  /** Bearer token every request must carry. */
  token: string;
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
});

const availabilityQuery = z.object({
  check_in: z.string(),
  check_out: z.string(),
  adults: z.coerce.number().int().min(1).optional(),
  children: z.coerce.number().int().min(0).optional(),
  room_type: z.string().optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** Bookings with a night in [from, to): a reception list, at most a year at a time. */
const periodQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from < p.to, { message: 'to must be after from', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 366 * 86_400_000, { message: 'at most 366 days at a time', path: ['to'] });

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
    total_price: b.total_price,
    created_at: b.created_at,
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function badRequest(reply: FastifyReply, error: string, field: string) {
  return reply.code(400).send({ error, field });
}

function zodProblem(reply: FastifyReply, issues: z.core.$ZodIssue[]) {
  const first = issues[0];
  const field = first?.path.map(String).join('.') || 'body';
  return badRequest(reply, `${field}: ${first?.message ?? 'invalid'}`, field);
}

/**
 * Registers /api/bookings and /api/availability. Works both as `app.register(apiRoutes, opts)` and as a plain
 * call: the routes live in their own encapsulated scope, so the auth hook and body parsing touch nothing else.
 */
export async function apiRoutes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  if (!options.token) throw new Error('apiRoutes needs a non-empty API token');
  await app.register(async (scope) => routes(scope, options));
}

async function routes(app: FastifyInstance, options: ApiRoutesOptions): Promise<void> {
  const { pms, hotel, token } = options;

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !sameToken(m[1]!.trim(), token)) {
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'missing or invalid bearer token' });
    }
  });

  // Bodies are parsed here rather than by Fastify so that any malformed body gets the API's 400 shape.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      _req.log.error({ err }, 'hotel API failure');
      return reply.code(500).send({ error: 'internal error in the hotel system' });
    }
    return reply.code(status).send({ error: err.message, field: 'body' });
  });

  app.get('/api/bookings', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    if (q.code) return (await pms.findBookings({ code: q.code })).map(bookingJson);
    if (q.phone) {
      const phone = toE164(q.phone);
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

  app.post('/api/bookings', async (req, reply) => {
    let raw: unknown = req.body;
    if (typeof raw === 'string' || raw === undefined) {
      try {
        raw = JSON.parse(typeof raw === 'string' ? raw : '');
      } catch {
        return badRequest(reply, 'the body must be a JSON object', 'body');
      }
    }
    const parsed = bookingBody.safeParse(raw);
    if (!parsed.success) return zodProblem(reply, parsed.error.issues);
    const key = req.headers['idempotency-key'];
    try {
      const booking = await pms.createBooking({ ...parsed.data, idempotency_key: typeof key === 'string' && key ? `api:${key}` : undefined });
      return reply.code(201).send(bookingJson(booking));
    } catch (e) {
      if (e instanceof HotelValidationError) return badRequest(reply, e.message, e.field);
      if (e instanceof NoAvailabilityError) return reply.code(409).send({ error: e.message, room_type: e.room_type });
      throw e;
    }
  });

  app.post('/api/bookings/:code/cancel', async (req, reply) => {
    const { code } = req.params as { code: string };
    try {
      return bookingJson(await pms.cancelBooking(code));
    } catch (e) {
      if (e instanceof BookingNotFoundError) return reply.code(404).send({ error: e.message });
      throw e;
    }
  });

  app.get('/api/availability', async (req, reply) => {
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
}
