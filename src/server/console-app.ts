// The staff console's server side: sign-in (sessions, CSRF) and the data routes under /console/api, in one
// encapsulated scope so cookies and sessions touch nothing else. The pages themselves are static files.
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { Hotel, Pms } from '../hotel/types.ts';
import type { TrackerStore } from '../stores/tracker-store.ts';
import { ConversationIndex } from '../staff/conversation-index.ts';
import type { StaffStore } from '../staff/types.ts';
import { redactText } from '../logging/redact.ts';
import { consoleSession, requireStaff } from './console-session.ts';
import { consoleBookingRoutes } from './routes/console-bookings.ts';
import { consoleConversationRoutes } from './routes/console-conversations.ts';
import { consoleUserRoutes } from './routes/console-users.ts';

export interface ConsoleAppOptions {
  pms: Pms;
  hotel: Hotel;
  staff: StaffStore;
  trackers: TrackerStore;
  /** Flow id → the name staff read («бронирование номера»). */
  flowNames: ReadonlyMap<string, string>;
  now: () => Date;
  metrics: Registry;
}

export async function consoleApp(app: FastifyInstance, options: ConsoleAppOptions): Promise<void> {
  await app.register(async (scope) => {
    await consoleSession(scope, options.staff);
    scope.setErrorHandler((err: { statusCode?: number; message: string; code?: string }, req, reply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 403 && err.code?.startsWith('FST_CSRF')) return reply.code(403).send({ error: 'Страница устарела: обновите её и повторите.' });
      if (status < 500) return reply.code(status).send({ error: err.message });
      req.log.error({ event: 'console.failed', url: req.routeOptions.url, error: redactText(err.message) }, 'console request failed');
      return reply.code(500).send({ error: 'Сбой на сервере; он записан в журнал.' });
    });
    await scope.register(async (data) => {
      data.addHook('onRequest', requireStaff(scope));
      const ctx = { ...options, conversations: new ConversationIndex(options.trackers, options.flowNames) };
      consoleBookingRoutes(data, ctx);
      consoleConversationRoutes(data, ctx);
      consoleUserRoutes(data, ctx);
    });
  });
}
