// GET /api/today: the hotel's date and time zone from the server's clock (PORTIER_NOW in tests and demos), so the
// console never takes "today" from the browser's clock and time zone: between 00:00 and 03:00 Moscow time a UTC
// browser is still on yesterday.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hotelToday } from '../../hotel/rules.ts';
import type { Hotel } from '../../hotel/types.ts';
import { documented } from '../openapi.ts';
import { guardApiScope } from './api-common.ts';

const todaySchema = z.object({
  today: z.string().describe('the hotel’s date, YYYY-MM-DD'),
  time_zone: z.string().describe('IANA time zone of the hotel'),
  now: z.string().describe('the server’s time, ISO 8601 UTC'),
});

export function todayRoute(hotel: Hotel, clock: () => Date, token: string) {
  return async (app: FastifyInstance): Promise<void> => {
    guardApiScope(app, token, 'internal error');
    const doc = documented({
      summary: 'The hotel’s today',
      description: 'The date in the hotel’s time zone by the server’s clock; pages use it instead of the browser’s.',
      tag: 'console',
      responses: { 200: { description: 'today', schema: todaySchema }, 401: 'missing or invalid bearer token' },
    });
    app.get('/api/today', doc, async (_request, reply) => {
      const now = clock();
      return reply.header('cache-control', 'no-store').send({ today: hotelToday(hotel, now), time_zone: hotel.hotel.timezone, now: now.toISOString() });
    });
  };
}
