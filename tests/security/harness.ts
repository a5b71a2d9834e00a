// A real Portier server (project files, offline NLU, hotel system, /api, Rasa API, Twilio channel) on port 0,
// on SQLite or on PostgreSQL, for the attack tests and the fuzz run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type RunningServer, serve } from '../../src/cli/commands/run.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { POSTGRES_URL, uniqueName } from '../helpers/services.ts';

export type StoreKind = 'sqlite' | 'postgres';

export interface SecurityServer {
  server: RunningServer;
  url: string;
  apiToken: string;
  authToken: string;
  close(): Promise<void>;
}

export interface SecurityServerOptions {
  store?: StoreKind;
  /** Extra environment (TWILIO_AUTH_TOKEN, PORTIER_TWILIO_INSECURE, ...). */
  env?: Record<string, string>;
  /** credentials.yml text; the default has rest and twilio_media_streams with the local providers. */
  credentials?: string;
  /** Rasa API flags. */
  jwtSecret?: string;
  jwtMethod?: string;
  /** Collects every log line at debug level (through the server's own logger, with its masking). */
  logs?: string[];
}

export const DEFAULT_CREDENTIALS = `rest:
twilio_media_streams:
  server_url: "localhost"
  asr: {name: none}
  tts: {name: espeak}
  vad: {name: energy}
`;

export async function securityServer(options: SecurityServerOptions = {}): Promise<SecurityServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-sec-'));
  const credentialsFile = join(dataDir, 'credentials.yml');
  writeFileSync(credentialsFile, options.credentials ?? DEFAULT_CREDENTIALS);
  const env = {
    ...process.env,
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_LLM: 'off',
    OPENAI_API_KEY: '',
    DATABASE_URL: '',
    REDIS_URL: '',
    TWILIO_AUTH_TOKEN: '',
    TWILIO_ACCOUNT_SID: '',
    PORTIER_API_TOKEN: 'staff-token',
    ...options.env,
  };
  const logs = options.logs;
  const logger = logs ? createLogger({ LOG_LEVEL: 'debug' }, { write: (line: string) => void logs.push(line) }) : pino({ level: 'silent' });
  const runtimeOptions: Record<string, unknown> = { logger, log: () => {} };
  let dropSchema: (() => Promise<void>) | null = null;
  if (options.store === 'postgres') {
    const schema = uniqueName('sec');
    runtimeOptions.trackers = new PostgresTrackerStore({ connectionString: POSTGRES_URL, schema });
    const now = () => new Date('2026-11-24T12:00:00+03:00');
    const { loadHotel } = await import('../../src/config/hotel-file.ts');
    runtimeOptions.pms = await PostgresHotelStore.open({ hotel: loadHotel('data/hotel.yml'), now, connectionString: POSTGRES_URL, schema: `${schema}_hotel` });
    dropSchema = async () => {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_hotel CASCADE`);
      await client.end();
    };
  }
  const authToken = 'rasa-api-token';
  const server = await serve({
    root: '.',
    env,
    port: 0,
    host: '127.0.0.1',
    enableApi: true,
    authToken,
    credentialsFile,
    runtimeOptions,
    announce: () => {},
    ...(options.jwtSecret ? { jwtSecret: options.jwtSecret, jwtMethod: options.jwtMethod } : {}),
  });
  return {
    server,
    url: server.url,
    apiToken: server.apiToken,
    authToken,
    async close() {
      await server.close();
      const pms = runtimeOptions.pms as PostgresHotelStore | undefined;
      await pms?.close().catch(() => {});
      await dropSchema?.().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
