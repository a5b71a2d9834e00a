// Picks the tracker and lock stores the way Rasa reads endpoints.yml (`tracker_store:`, `lock_store:`), with
// DATABASE_URL / REDIS_URL as shortcuts and an SQLite file under PORTIER_DATA_DIR as the embedded default.
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { createProviderRegistry, UnknownProviderError } from '../providers/registry.ts';
import { InProcessLockStore } from './lock-memory.ts';
import { RedisLockStore } from './lock-redis.ts';
import type { LockStore } from './lock-store.ts';
import { InMemoryTrackerStore } from './tracker-memory.ts';
import { PostgresTrackerStore } from './tracker-postgres.ts';
import { RedisTrackerStore } from './tracker-redis.ts';
import { SqliteTrackerStore } from './tracker-sqlite.ts';
import type { TrackerStore } from './tracker-store.ts';

const scalar = z.union([z.string(), z.number()]).transform(String);

const storeSection = z
  .object({
    type: z.string().transform((t) => t.toLowerCase()),
    dialect: z.string().optional(),
    url: scalar.optional(),
    host: scalar.optional(),
    port: scalar.optional(),
    db: scalar.optional(),
    username: scalar.optional(),
    password: scalar.optional(),
    key_prefix: z.string().optional(),
    record_exp: z.number().optional(),
    table: z.string().optional(),
    schema: z.string().optional(),
    lock_lifetime: z.number().optional(),
  })
  .loose();

export type StoreSection = z.infer<typeof storeSection>;

export interface StoreSelection {
  /** endpoints.yml content (whatever was parsed; only the two sections are read). */
  endpoints?: { tracker_store?: unknown; lock_store?: unknown } | null;
  env: Record<string, string | undefined>;
  /** Directory for the SQLite file when nothing else is configured. */
  dataDir: string;
  /** Project root: a relative SQLite path with a folder in it (".portier/tracker.db") is read from here. */
  root?: string;
}

/** The endpoints section is wrong: one line naming the key. */
export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}

function section(name: string, value: unknown): StoreSection | null {
  if (value === undefined || value === null) return null;
  const parsed = storeSection.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreConfigError(`endpoints.yml ${name}.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** postgresql://user:password@host:port/db from Rasa's split fields (`url` may already be a full URL). */
function postgresUrl(s: StoreSection): string {
  if (s.url?.includes('://')) return s.url;
  const host = s.host ?? s.url ?? '127.0.0.1';
  const auth = s.username ? `${encodeURIComponent(s.username)}${s.password ? `:${encodeURIComponent(s.password)}` : ''}@` : '';
  return `postgresql://${auth}${host}:${s.port ?? '5432'}/${s.db ?? 'rasa'}`;
}

function redisUrl(s: StoreSection, defaultDb: string): string {
  if (s.url?.includes('://')) return s.url;
  const auth = s.password ? `:${encodeURIComponent(s.password)}@` : '';
  return `redis://${auth}${s.host ?? s.url ?? '127.0.0.1'}:${s.port ?? '6379'}/${s.db ?? defaultDb}`;
}

interface SectionOptions {
  section: StoreSection;
  selection: StoreSelection;
}

const sqliteFile = (selection: StoreSelection, db?: string) => {
  if (!db) return join(selection.dataDir, 'conversations.db');
  if (isAbsolute(db)) return db;
  return /[\\/]/.test(db) ? resolve(selection.root ?? '.', db) : join(selection.dataDir, db);
};

/** SQL tracker stores by `dialect`. */
const sqlTrackerStores = createProviderRegistry<SectionOptions, TrackerStore>(
  'endpoints.yml tracker_store.dialect',
  {
    sqlite: ({ section: s, selection }) => new SqliteTrackerStore({ file: sqliteFile(selection, s.db), table: s.table }),
    postgresql: ({ section: s }) => new PostgresTrackerStore({ connectionString: postgresUrl(s), table: s.table, schema: s.schema }),
  },
  { postgres: 'postgresql' },
);

/** Tracker stores by endpoints.yml `tracker_store.type`. */
export const trackerStores = createProviderRegistry<SectionOptions, TrackerStore>(
  'endpoints.yml tracker_store.type',
  {
    sql: (options) => sqlTrackerStores.create(options.section.dialect ?? 'sqlite', options),
    redis: ({ section: s }) => new RedisTrackerStore({ url: redisUrl(s, '0'), keyPrefix: s.key_prefix, recordExpiration: s.record_exp }),
    in_memory: () => new InMemoryTrackerStore(),
  },
  { inmemory: 'in_memory' },
);

/** Lock stores by endpoints.yml `lock_store.type`. */
export const lockStores = createProviderRegistry<SectionOptions & { prefix: string | undefined }, LockStore>(
  'endpoints.yml lock_store.type',
  {
    redis: ({ section: s, prefix }) =>
      new RedisLockStore({
        url: redisUrl(s, '1'),
        keyPrefix: s.key_prefix ?? prefix,
        lifetimeMs: s.lock_lifetime !== undefined ? s.lock_lifetime * 1000 : undefined,
      }),
    in_memory: () => new InProcessLockStore(),
  },
  { inmemory: 'in_memory' },
);

/** The registry's refusal as the one-line StoreConfigError the loader has always given. */
function configured<T>(create: () => T): T {
  try {
    return create();
  } catch (error) {
    if (error instanceof UnknownProviderError) throw new StoreConfigError(error.message);
    throw error;
  }
}

/**
 * The tracker store. DATABASE_URL (as for the hotel system) wins over endpoints.yml so one variable moves a
 * deployment to PostgreSQL; otherwise endpoints.yml `tracker_store:` as Rasa reads it; otherwise SQLite.
 */
export function createTrackerStore(selection: StoreSelection): TrackerStore {
  const databaseUrl = selection.env.DATABASE_URL;
  if (databaseUrl) {
    if (/^postgres(ql)?:\/\//.test(databaseUrl)) return new PostgresTrackerStore({ connectionString: databaseUrl });
    throw new StoreConfigError('DATABASE_URL: expected a postgresql:// URL');
  }
  if (selection.env.PORTIER_TRACKER_STORE === 'redis' && selection.env.REDIS_URL) return new RedisTrackerStore({ url: selection.env.REDIS_URL });
  const s = section('tracker_store', selection.endpoints?.tracker_store);
  if (s) return configured(() => trackerStores.create(s.type, { section: s, selection }));
  if (selection.env.PORTIER_TRACKER_STORE === 'in_memory') return new InMemoryTrackerStore();
  return new SqliteTrackerStore({ file: sqliteFile(selection) });
}

/** The lock store: REDIS_URL wins (several instances), then endpoints.yml `lock_store:`, then in-process. */
export function createLockStore(selection: StoreSelection): LockStore {
  // PORTIER_REDIS_PREFIX keeps several deployments (or a shared Redis) apart.
  const prefix = selection.env.PORTIER_REDIS_PREFIX || undefined;
  if (selection.env.REDIS_URL) return new RedisLockStore({ url: selection.env.REDIS_URL, keyPrefix: prefix });
  const s = section('lock_store', selection.endpoints?.lock_store);
  if (s) return configured(() => lockStores.create(s.type, { section: s, selection, prefix }));
  return new InProcessLockStore();
}
