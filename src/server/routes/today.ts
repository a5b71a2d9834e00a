// GET /api/today: the hotel's date and time zone from the server's clock (PORTIER_NOW in tests and demos), so a
// page never takes "today" from the browser's clock and time zone: between 00:00 and 03:00 Moscow time a UTC
// browser is still on yesterday. Public: the hotel's date is no secret, and the console asks before sign-in.
import type { FastifyInstance } from 'fastify';
import { hotelToday } from '../../hotel/rules.ts';
import type { Hotel } from '../../hotel/types.ts';

export function todayRoute(hotel: Hotel, clock: () => Date) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/api/today', async (_request, reply) => {
      const now = clock();
      return reply.header('cache-control', 'no-store').send({ today: hotelToday(hotel, now), time_zone: hotel.hotel.timezone, now: now.toISOString() });
    });
  };
}
