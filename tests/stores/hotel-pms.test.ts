// createPms picks the store: PostgreSQL for a database URL, otherwise a SQLite file in the data folder.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { createPms } from '../../src/stores/hotel-pms.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { POSTGRES_URL, postgresMissing } from '../helpers/services.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const PG_URL = POSTGRES_URL;

test('without a database URL: SQLite under the data folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portier-pms-'));
  try {
    const pms = await createPms({ hotel, dataDir: dir, databaseUrl: '', now });
    assert.ok(pms instanceof SqliteHotelStore);
    assert.ok(existsSync(join(dir, 'hotel.sqlite')));
    await pms.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with a database URL: PostgreSQL in the given schema', async (t) => {
  const missing = await postgresMissing(); // throws when PORTIER_REQUIRE_SERVICES=1
  if (missing) {
    t.skip(missing);
    return;
  }
  const pms = await createPms({ hotel, databaseUrl: PG_URL, schema: `t_pms_${process.pid}_${Date.now().toString(36)}`, now });
  try {
    assert.ok(pms instanceof PostgresHotelStore);
    const b = await pms.createBooking({
      room_type: 'standard',
      check_in: '2026-12-09',
      check_out: '2026-12-10',
      adults: 1,
      children: 0,
      guest_name: 'Олег Ковалёв',
      phone: '+79000000002',
    });
    assert.equal(b.total_price, 6500);
  } finally {
    await (pms as PostgresHotelStore).dropSchema();
    await pms.close();
  }
});

test('a broken database URL is a clear HotelStoreError', async () => {
  await assert.rejects(
    createPms({ hotel, databaseUrl: 'postgres://postgres@127.0.0.1:1/none', now }),
    (e: unknown) => (e as Error).name === 'HotelStoreError' && /postgres: cannot prepare the database/.test((e as Error).message),
  );
});
