// The HTTP server: Rasa-compatible channel and API routes around a Runtime, plus plugins the other parts add
// (the hotel's /api/*, the Twilio voice channel).
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { restChannel, senderKey } from '../channels/rest.ts';
import type { Runtime } from '../runtime/types.ts';
import { requireApiAuth } from './auth.ts';
import { installErrorHandling } from '../http/http-errors.ts';
import { installCleanJsonParser } from '../http/input-clean.ts';
import { jwtVerifier } from '../http/jwt.ts';
import { AUTH_FAILURES, createLimiters, DEFAULT_RATE_LIMITS, type Limiters, type RateLimitSettings } from '../http/rate-limits.ts';
import { redactUrl } from '../logging/redact.ts';
import { createMetrics, type ServerMetrics } from './metrics.ts';
import { openApi } from './openapi.ts';
import { conversationRoutes } from './routes/conversations.ts';
import { modelRoutes } from './routes/model.ts';
import { publicStatusRoutes, statusRoute } from './routes/status.ts';
import { consoleRoutes } from './routes/console.ts';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Content-Security-Policy of /console: its own files only, never inside another site's frame. */
export const CONSOLE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

export interface ServerOptions {
  runtime: Runtime;
  logger: Logger;
  /** Rasa's --enable-api: the conversation and model routes. */
  enableApi?: boolean;
  /** Rasa's --cors: "*" or a list of allowed origins; no CORS headers when absent. */
  cors?: string | string[];
  /** Rasa's --auth-token for the API routes. */
  authToken?: string;
  /** Rasa's --jwt-secret and --jwt-method for the API routes. */
  jwtSecret?: string;
  jwtMethod?: string;
  /** credentials.yml rest: jwt_secret (or jwt_key) and jwt_method: REST senders come from signed tokens. */
  restJwt?: { secret: string; method?: string };
  /** Request limits; DEFAULT_RATE_LIMITS when absent (loopback not limited). */
  rateLimits?: RateLimitSettings;
  bodyLimit?: number;
  /** Route plugins registered after the core routes (hotel /api/*, voice channel). */
  plugins?: ServerPlugin[];
}

/** A plugin other parts add (hotel /api/*, Twilio voice); it may register its metrics in the server's registry. */
export type ServerPlugin = (app: FastifyInstance, context: { metrics: ServerMetrics; limiters: Limiters }) => Promise<void>;

export interface PortierServer {
  app: FastifyInstance;
  metrics: ServerMetrics;
}

export async function buildServer(options: ServerOptions): Promise<PortierServer> {
  const { runtime } = options;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // One log line per turn comes from the runtime; request lines go to debug through the onResponse hook.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Conversation ids are free-form (phone call SIDs, UUIDs); allow long ones in the path.
    routerOptions: { maxParamLength: 512 },
    return503OnClosing: true,
  });
  installErrorHandling(app, runtime.info.version);
  // During shutdown, replies still in flight close their keep-alive connection; otherwise close() would wait
  // for the client's idle socket (fastify's keep-alive timeout is 72 s) before the stores can be closed.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  if (options.cors !== undefined) {
    const origins = Array.isArray(options.cors) ? options.cors : [options.cors];
    await app.register(cors, { origin: origins.includes('*') ? '*' : origins });
  }
  // JSON only, cleaned of what PostgreSQL refuses; no form or text parser (Twilio's scope parses its own forms).
  installCleanJsonParser(app);
  app.removeContentTypeParser('text/plain');
  const limiters = await createLimiters(app, options.rateLimits ?? DEFAULT_RATE_LIMITS);
  const { settings } = limiters;
  // One count of failed authentications per IP for the Rasa API and every /api scope.
  const authFailures = limiters.make('api-auth', settings.authFailuresPerIp);
  app.decorate(AUTH_FAILURES, authFailures);
  // Before any route: the OpenAPI collector sees routes as they are registered.
  await openApi(app, runtime.info.version);

  const metrics = createMetrics(runtime);
  app.addHook('onClose', async () => metrics.detach());
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode);
    request.log.debug(
      { event: 'http', method: request.method, url: redactUrl(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  await app.register(publicStatusRoutes(runtime, metrics));
  // The console is a page staff sign in to: no framing (clickjacking), no foreign scripts, no MIME sniffing.
  await app.register(async (scope) => {
    await scope.register(helmet, { contentSecurityPolicy: { directives: CONSOLE_CSP }, frameguard: { action: 'deny' } });
    await scope.register(consoleRoutes());
  });
  await app.register(
    restChannel(runtime, {
      ...(options.restJwt ? { jwt: jwtVerifier(options.restJwt.secret, options.restJwt.method) } : {}),
      limits: { perIp: limiters.make('rest-ip', settings.restPerIp), perSender: limiters.make('rest-sender', settings.restPerSender, senderKey) },
    }),
  );
  if (options.enableApi) {
    const auth = {
      token: options.authToken,
      ...(options.jwtSecret ? { jwt: jwtVerifier(options.jwtSecret, options.jwtMethod) } : {}),
      failures: authFailures,
    };
    await app.register(async (api) => {
      api.addHook('preHandler', requireApiAuth(auth));
      await api.register(statusRoute(runtime));
      await api.register(conversationRoutes(runtime));
      await api.register(modelRoutes(runtime));
    });
  }
  for (const plugin of options.plugins ?? []) await app.register(async (scope) => plugin(scope, { metrics, limiters }));
  return { app, metrics };
}
