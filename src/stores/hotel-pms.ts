// Chooses the hotel system: PostgreSQL when a database URL is given, otherwise SQLite under the data dir.
import { join } from 'node:path';
import type { RandomInt } from '../hotel/codes.ts';
import type { Hotel, Pms } from '../hotel/types.ts';
import type { NotifyChannels } from '../notify/types.ts';
import { createProviderRegistry } from '../providers/registry.ts';
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

/** Hotel stores by name: PostgreSQL when a database URL is given, else SQLite. */
export const hotelStores = createProviderRegistry<CreatePmsOptions, Promise<Pms>>('hotel store', {
  postgresql: async ({ hotel, now, random, notify, databaseUrl, schema }) =>
    PostgresHotelStore.open({ hotel, now, random, notify, connectionString: databaseUrl ?? '', schema }),
  sqlite: async ({ hotel, now, random, notify, dataDir }) => new SqliteHotelStore(join(dataDir ?? '.portier', 'hotel.sqlite'), { hotel, now, random, notify }),
});

export async function createPms(options: CreatePmsOptions): Promise<Pms> {
  return hotelStores.create(options.databaseUrl ? 'postgresql' : 'sqlite', options);
}
