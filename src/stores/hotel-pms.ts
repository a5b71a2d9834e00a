// Chooses the hotel system: PostgreSQL when a database URL is given, otherwise SQLite under the data dir.
import { join } from 'node:path';
import type { RandomInt } from '../hotel/codes.ts';
import type { Hotel, Pms } from '../hotel/types.ts';
import type { NotifyChannels } from '../notify/types.ts';
import { PostgresHotelStore } from './hotel-postgres.ts';
import { SqliteHotelStore } from './hotel-sqlite.ts';

export interface CreatePmsOptions {
  hotel: Hotel;
  /** Directory for the SQLite file (the runtime's PORTIER_DATA_DIR; default ./.portier). */
  dataDir?: string;
  /** postgres://… (the runtime's DATABASE_URL); when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** PostgreSQL schema, default "portier". */
  schema?: string;
  now: () => Date;
  random?: RandomInt;
  /** Confirmation channels that are on: bookings queue messages for these in their own transaction. */
  notify?: NotifyChannels | undefined;
}

export async function createPms(options: CreatePmsOptions): Promise<Pms> {
  const { now, databaseUrl } = options;
  if (databaseUrl) {
    return PostgresHotelStore.open({ hotel: options.hotel, now, random: options.random, notify: options.notify, connectionString: databaseUrl, schema: options.schema });
  }
  const dataDir = options.dataDir ?? '.portier';
  return new SqliteHotelStore(join(dataDir, 'hotel.sqlite'), { hotel: options.hotel, now, random: options.random, notify: options.notify });
}
