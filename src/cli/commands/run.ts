// `portier run`: the assistant's HTTP server, as `rasa run --enable-api --cors "*" --port 5005` runs it.
// `portier run actions` (the action server) is added to this command by run-actions.ts.
import { hotelActions } from '../../../actions/index.ts';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { type Env, projectEnv } from '../../config/env.ts';
import { type AssembledRuntime, type CreateRuntimeOptions, createRuntime } from '../../runtime/create-runtime.ts';
import type { Runtime } from '../../runtime/types.ts';
import { buildServer, type ServerPlugin } from '../../server/app.ts';
import { type RateLimitSettings, rateLimitsFromEnv } from '../../http/rate-limits.ts';
import { outboxSender } from '../../notify/setup.ts';
import { hasOutbox } from '../../notify/types.ts';
import { apiRoutes } from '../../server/routes/api-bookings.ts';
import { consoleApiRoutes } from '../../server/routes/api-console.ts';
import type { ProjectPaths } from '../../config/load.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';
import { todayRoute } from '../../server/routes/today.ts';
import { consoleApp } from '../../server/console-app.ts';
import { openStaffStore } from '../../staff/open.ts';
import { startRetention } from '../../runtime/retention.ts';
import { channelSection, type VoiceOverrides, voiceChannel } from './run-voice.ts';

export interface ServeOptions {
  root: string;
  env: Env;
  port?: number;
  /** Address to listen on (Rasa's --interface); 0.0.0.0 by default. */
  host?: string;
  enableApi?: boolean;
  cors?: string[];
  authToken?: string;
  /** Rasa's --jwt-secret/--jwt-method for the API. */
  jwtSecret?: string;
  jwtMethod?: string;
  credentialsFile?: string;
  endpointsFile?: string;
  /** -c, -d, --data (and --endpoints, --credentials) as Rasa takes them. */
  paths?: ProjectPaths;
  /** Replaces the default assembly (tests). */
  runtimeOptions?: Partial<CreateRuntimeOptions>;
  /** Replaces parts of the phone channel (tests: a scripted recogniser, a faster clock for calls). */
  voiceOverrides?: VoiceOverrides;
  /** Receives the generated API token line instead of the logger (tests). */
  announce?: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  runtime: AssembledRuntime;
  port: number;
  url: string;
  apiToken: string;
  /** Stops taking requests, finishes running turns and calls, closes the stores. */
  close(): Promise<void>;
}

/** The port is taken: one clear line, no stack trace (main.ts prints the message). */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use; choose another with --port <number> or the PORT environment variable`);
    this.name = 'PortInUseError';
  }
}

/** Loads the assistant (training the model first when it is out of date) and listens. */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const paths: ProjectPaths = { ...options.paths, ...(options.credentialsFile ? { credentials: resolve(options.credentialsFile) } : {}) };
  const runtime = await createRuntime({
    root,
    env: options.env,
    customActions: hotelActions(),
    endpointsFile: options.endpointsFile,
    paths,
    ...options.runtimeOptions,
  });
  try {
    let apiToken = runtime.runtimeEnv.apiToken ?? '';
    if (!apiToken) {
      apiToken = randomBytes(18).toString('base64url');
      const notice = `PORTIER_API_TOKEN is not set; the /api token for this run is ${apiToken}`;
      if (options.announce) options.announce(notice);
      else runtime.logger.warn({ event: 'api.token_generated' }, notice);
    }
    const credentialsFile = options.credentialsFile ? resolve(options.credentialsFile) : null;
    const voice = voiceChannel(runtime, credentialsFile, options.env, options.voiceOverrides);
    const { hotel, pms, trackers } = runtime;
    const now = runtime.runtimeEnv.clock;
    // /api (bookings, availability, the console's status) and the staff console are the hotel system's: only with
    // a hotel description.
    const plugins: ServerPlugin[] = [];
    if (hotel && pms) {
      const staff = await openStaffStore(runtime.runtimeEnv, now);
      const flowNames = new Map(runtime.project.flows.map((f) => [f.id, f.name ?? f.id]));
      plugins.push(
        async (app, { metrics }) => {
          app.addHook('onClose', () => staff.close());
          await consoleApp(app, { pms, hotel, staff, trackers, flowNames, now, metrics: metrics.registry });
        },
        async (app) =>
          apiRoutes(app, { pms, hotel, token: apiToken, onBooked: (code) => staff.recordOrigin({ code, source: 'api', by: null, at: now().toISOString() }) }),
        async (app) => consoleApiRoutes(app, { runtime, trackers, hotel, token: apiToken, now, voice: voice?.status ?? null }),
        async (app) => app.register(todayRoute(hotel, now, apiToken)),
      );
    }
    if (voice) plugins.push(voice.plugin);
    const sender =
      runtime.pms && runtime.hotel
        ? outboxSender({ pms: runtime.pms, hotel: runtime.hotel, notify: runtime.notify, root: runtime.project.root, logger: runtime.logger })
        : null;
    if (sender) plugins.push(async (app) => void app.addHook('onClose', () => sender.stop()));
    const rest = channelSection(runtime, credentialsFile, options.env, 'rest') as { jwt_secret?: string; jwt_key?: string; jwt_method?: string } | null;
    const restSecret = rest?.jwt_secret ?? rest?.jwt_key;
    const listening = await listen({
      ...options,
      runtime,
      logger: runtime.logger,
      plugins,
      port: options.port ?? runtime.runtimeEnv.port,
      rateLimits: rateLimitsFromEnv(projectEnv(root, options.env)),
      ...(restSecret ? { restJwt: { secret: restSecret, method: rest?.jwt_method } } : {}),
    });
    sender?.start();
    const { retentionDays } = runtime.runtimeEnv;
    if (!retentionDays) return { ...listening, runtime, apiToken };
    const outbox = runtime.pms && hasOutbox(runtime.pms) ? runtime.pms.outbox : null;
    const stopRetention = startRetention({ trackers: runtime.trackers, outbox, days: retentionDays, clock: runtime.runtimeEnv.clock, logger: runtime.logger });
    return {
      ...listening,
      runtime,
      apiToken,
      close() {
        stopRetention();
        return listening.close();
      },
    };
  } catch (error) {
    await runtime.close().catch(() => {});
    throw error;
  }
}

export interface ListenOptions {
  runtime: Runtime;
  logger: Logger;
  port: number;
  host?: string;
  enableApi?: boolean;
  cors?: string[];
  authToken?: string;
  jwtSecret?: string;
  jwtMethod?: string;
  restJwt?: { secret: string; method?: string };
  rateLimits?: RateLimitSettings;
  plugins?: ServerPlugin[];
}

/** Builds the HTTP server around a runtime and listens; closing it also closes the runtime. */
export async function listen(options: ListenOptions): Promise<{ app: FastifyInstance; port: number; url: string; close(): Promise<void> }> {
  const { runtime } = options;
  const { app } = await buildServer({
    runtime,
    logger: options.logger,
    enableApi: options.enableApi ?? false,
    cors: options.cors,
    authToken: options.authToken,
    jwtSecret: options.jwtSecret,
    jwtMethod: options.jwtMethod,
    restJwt: options.restJwt,
    rateLimits: options.rateLimits,
    plugins: options.plugins,
  });
  try {
    await app.listen({ port: options.port, host: options.host ?? '0.0.0.0' });
  } catch (error) {
    await app.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(options.port);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  options.logger.info({ event: 'server.listening', port, api: options.enableApi ?? false }, `Portier server is up and running on port ${port}`);
  let closing: Promise<void> | null = null;
  return {
    app,
    port,
    url: `http://127.0.0.1:${port}`,
    close() {
      closing ??= (async () => {
        // preClose/onClose hooks (voice) end calls politely; fastify waits for requests in flight.
        await app.close();
        await runtime.close();
      })();
      return closing;
    },
  };
}

/** Stops on SIGTERM/SIGINT after in-flight turns; a second signal exits at once. */
export function closeOnSignals(
  server: { runtime: Runtime & { logger?: Logger }; close(): Promise<void> },
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return exit(130);
    stopping = true;
    server.runtime.logger?.info({ event: 'server.stopping', signal, in_flight: server.runtime.inFlight }, 'stopping');
    server.close().then(
      () => exit(0),
      () => exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

interface RunFlags extends ProjectPathFlags {
  port?: number;
  interface?: string;
  host?: string;
  enableApi?: boolean;
  cors?: string[];
  authToken?: string;
  jwtSecret?: string;
  jwtMethod?: string;
  root: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${value}" is not a port number (0-65535)`);
  return port;
}

/** The `run` command; exported so `run actions` can be added beside its action. */
export let runCommand: Command | null = null;

export function register(program: Command): void {
  const run = new Command('run')
    .description('serve the assistant over HTTP (REST channel, Rasa API, voice) like `rasa run`')
    .addOption(new Option('-p, --port <number>', 'port to listen on (default: PORT or 5005)').argParser(parsePort))
    .option('-i, --interface <address>', 'address to listen on (default: 0.0.0.0)')
    .option('--host <address>', 'address to listen on, e.g. 127.0.0.1 behind a reverse proxy (same as --interface)')
    .option('--enable-api', 'serve the Rasa HTTP API (/conversations, /model/parse, /status)')
    .option('--cors <origins...>', 'allow these origins ("*" for any)')
    .option('--auth-token <token>', 'require ?token= (or a Bearer header) on the API endpoints')
    .option('--jwt-secret <secret>', 'accept JWTs signed with this secret (or PEM public key) on the API endpoints')
    .option('--jwt-method <method>', 'JWT signing method (HS256, RS256, ...)', 'HS256')
    .option('--root <folder>', 'project folder', '.');
  addProjectOptions(run).action(async (flags: RunFlags) => {
    const server = await serve({
      root: flags.root,
      env: process.env,
      port: flags.port,
      host: flags.host ?? flags.interface,
      enableApi: flags.enableApi,
      cors: flags.cors,
      authToken: flags.authToken,
      jwtSecret: flags.jwtSecret,
      jwtMethod: flags.jwtMethod,
      credentialsFile: flags.credentials,
      endpointsFile: flags.endpoints,
      paths: projectPathsOf(flags),
    });
    closeOnSignals(server);
  });
  program.addCommand(run);
  runCommand = run;
}
