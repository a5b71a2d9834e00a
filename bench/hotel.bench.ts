// Hotel system throughput: bookings created and cancelled per second, and availability latency with
// 10,000 bookings in the store, on SQLite and (when reachable) PostgreSQL.
// Run: node --import tsx bench/hotel.bench.ts   (BENCH_BOOKINGS=10000, BENCH_PG_URL=postgres://…)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addDays } from '../src/hotel/calendar.ts';
import { loadHotel } from '../src/config/hotel-file.ts';
import type { BookingRequest, Hotel, Pms } from '../src/hotel/types.ts';
import { PostgresHotelStore } from '../src/stores/hotel-postgres.ts';
import { SqliteHotelStore } from '../src/stores/hotel-sqlite.ts';

const BOOKINGS = Number(process.env['BENCH_BOOKINGS'] ?? 10_000);
const QUERIES = 2_000;
const CONCURRENCY = 8;
const PG_URL = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const now = () => new Date('2026-11-24T12:00:00+03:00');

// The real hotel has 26 rooms; the bench multiplies inventory so 10,000 bookings fit into two years.
const base = loadHotel('data/hotel.yml');
const hotel: Hotel = { ...base, room_types: base.room_types.map((r) => ({ ...r, count: r.count * 10 })) };

let seed = 42;
function rand(max: number): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % max;
}

function randomRequest(i: number): BookingRequest {
  const room = hotel.room_types[rand(hotel.room_types.length)]!;
  const checkIn = addDays('2026-11-25', rand(730));
  return {
    room_type: room.code,
    check_in: checkIn,
    check_out: addDays(checkIn, 1 + rand(3)),
    adults: 1,
    children: 0,
    guest_name: `Гость Номер${i}`,
    phone: `+7900${String(1_000_000 + i).slice(-7)}`,
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function bench(name: string, pms: Pms, concurrency: number): Promise<Record<string, string>> {
  const requests = Array.from({ length: BOOKINGS }, (_, i) => randomRequest(i));
  const codes: string[] = [];
  let refused = 0;
  let t = performance.now();
  await pool(requests, concurrency, async (r) => {
    try {
      codes.push((await pms.createBooking(r)).code);
    } catch {
      refused++;
    }
  });
  const createSec = (performance.now() - t) / 1000;

  const latencies: number[] = [];
  // The first queries pay for JIT compilation; they are not measured.
  for (let i = 0; i < QUERIES + 200; i++) {
    const checkIn = addDays('2026-11-25', rand(730));
    const started = performance.now();
    await pms.availability({ check_in: checkIn, check_out: addDays(checkIn, 1 + rand(7)), adults: 2 });
    if (i >= 200) latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);

  const toCancel = codes.slice(0, Math.min(2_000, codes.length));
  t = performance.now();
  await pool(toCancel, concurrency, async (code) => void (await pms.cancelBooking(code)));
  const cancelSec = (performance.now() - t) / 1000;

  return {
    store: name,
    concurrency: String(concurrency),
    bookings: `${codes.length} (+${refused} refused)`,
    'creates/s': (codes.length / createSec).toFixed(0),
    'cancels/s': (toCancel.length / cancelSec).toFixed(0),
    'availability p50 ms': quantile(latencies, 0.5).toFixed(2),
    'availability p99 ms': quantile(latencies, 0.99).toFixed(2),
  };
}

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

const rows: Record<string, string>[] = [];
const dir = mkdtempSync(join(tmpdir(), 'portier-hotel-bench-'));
try {
  const sqlite = new SqliteHotelStore(join(dir, 'hotel.sqlite'), { hotel, now });
  rows.push(await bench('sqlite (WAL file)', sqlite, 1));
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (await pgReachable()) {
  const store = await PostgresHotelStore.open({ hotel, now, connectionString: PG_URL, schema: `bench_hotel_${process.pid}`, poolSize: CONCURRENCY });
  try {
    rows.push(await bench('postgres', store, CONCURRENCY));
  } finally {
    await store.dropSchema();
    await store.close();
  }
} else {
  console.log(`PostgreSQL unreachable at ${PG_URL}: skipped`);
}

console.table(rows);
