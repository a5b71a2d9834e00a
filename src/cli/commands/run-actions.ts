// `portier run actions`: serves the hotel's custom actions over the Rasa SDK protocol (POST /webhook on
// port 5055), like `rasa run actions`, so a Rasa Pro assistant or another Portier can call them.
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { hotelActions } from '../../../actions/index.ts';
import { loadRuntimeEnv } from '../../config/runtime-env.ts';
import { createActionServer } from '../../actions-http/server.ts';
import { InProcessActions } from '../../engine/executor/action-registry.ts';
import { loadHotel } from '../../config/hotel-file.ts';
import { createLogger } from '../../logging/logger.ts';
import { notifySetup, outboxSender } from '../../notify/setup.ts';
import { createPms } from '../../stores/hotel-pms.ts';

interface RunActionsFlags {
  port: number;
  interface: string;
  root: string;
  hotel?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: "${value}" is not a port number (0-65535)`);
  return port;
}

export interface RunningActionServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts the action server with the hotel system chosen by the environment (DATABASE_URL or SQLite). */
export async function serveActions(options: {
  root: string;
  port: number;
  host?: string;
  hotelFile?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<RunningActionServer> {
  const root = resolve(options.root);
  const env = options.env ?? process.env;
  const runtimeEnv = loadRuntimeEnv(env, root);
  const hotel = loadHotel(options.hotelFile ?? join(root, 'data/hotel.yml'));
  // Bookings made here are confirmed like the server's: queued in their own transaction, sent by this process's
  // sender (and by any server on the same hotel store), and promised by the assistant only when a channel is on.
  const notify = notifySetup(env);
  const logger = createLogger(env);
  const pms = await createPms({
    hotel,
    dataDir: runtimeEnv.dataDir,
    databaseUrl: runtimeEnv.databaseUrl ?? undefined,
    now: runtimeEnv.clock,
    notify: notify.channels,
  });
  const actions = new InProcessActions(hotelActions(), { now: runtimeEnv.clock, pms, hotel, notify: notify.channels, callerIdKey: env.PORTIER_CALLER_ID_KEY });
  const sender = outboxSender({ pms, hotel, notify, root, logger });
  const server = createActionServer(actions, {
    onError: (err, name) => process.stderr.write(`action ${name ?? '?'} failed: ${err.message}\n`),
  });
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port, options.host ?? '0.0.0.0', () => ok());
    });
  } catch (e) {
    notify.email?.close();
    await pms.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(`port ${options.port} is already in use; choose another with --port`);
    throw e;
  }
  logger.info({ event: 'notify.channels', sms: notify.channels.sms, email: notify.channels.email }, notify.summary);
  sender?.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await sender?.stop();
      notify.email?.close();
      await pms.close();
    },
  };
}

function actionsCommand(): Command {
  return new Command('actions')
    .description('serve the custom actions over the Rasa SDK protocol (POST /webhook), like `rasa run actions`')
    .addOption(new Option('-p, --port <number>', 'port to listen on').default(5055).argParser(parsePort))
    .option('-i, --interface <address>', 'address to listen on', '0.0.0.0')
    .option('--root <folder>', 'project folder', '.')
    .option('--hotel <file>', 'hotel description (default: <root>/data/hotel.yml)')
    .action(async (flags: RunActionsFlags) => {
      const running = await serveActions({ root: flags.root, port: flags.port, host: flags.interface, hotelFile: flags.hotel });
      process.stderr.write(`Action server is up and running on port ${running.port}\n`);
      const stop = () => {
        running.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}

/** Adds `actions` under the existing `run` command (run.ts), or creates `run` when that module is absent. */
export function register(program: Command): void {
  let run = program.commands.find((c) => c.name() === 'run');
  if (!run) {
    run = new Command('run').description('run a server');
    program.addCommand(run);
  }
  // Options after `actions` belong to it, not to `run` (both have --port).
  program.enablePositionalOptions();
  run.enablePositionalOptions();
  run.addCommand(actionsCommand());
}
