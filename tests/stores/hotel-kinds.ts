// Every hotel store, opened fresh per test under a label: SQLite in a temporary folder, PostgreSQL in its own schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import type { Hotel, Pms } from '../../src/hotel/types.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { POSTGRES_URL, postgresMissing } from '../helpers/services.ts';

export const hotel: Hotel = loadHotel('data/hotel.yml');
const runId = `${process.pid}_${Date.now().toString(36)}`;
// throws when PORTIER_REQUIRE_SERVICES=1 and PostgreSQL is down
const pgMissing = await postgresMissing();

const tmp = mkdtempSync(join(tmpdir(), 'portier-hotel-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

export interface StoreKind {
  name: string;
  skip: string | false;
  open(label: string, now?: () => Date): Promise<Pms & { teardown(): Promise<void> }>;
}

const pinned = () => new Date('2026-11-24T12:00:00+03:00');

export const storeKinds: StoreKind[] = [
  {
    name: 'sqlite',
    skip: false,
    async open(label, now = pinned) {
      const store = new SqliteHotelStore(join(tmp, `${label}.sqlite`), { hotel, now });
      return Object.assign(store, { teardown: () => store.close() });
    },
  },
  {
    name: 'postgres',
    skip: pgMissing ?? false,
    async open(label, now = pinned) {
      const store = await PostgresHotelStore.open({ hotel, now, connectionString: POSTGRES_URL, schema: `t_hotel_${runId}_${label}`, poolSize: 6 });
      return Object.assign(store, {
        async teardown() {
          await store.dropSchema();
          await store.close();
        },
      });
    },
  },
];
