// Conversations are not kept for ever. Against main (8c9667e) there was no `portier prune` and no retention
// period: every guest's conversation stayed in the tracker store indefinitely. Against main at 9c5d125 the
// notification outbox kept every booking's phone, e-mail and a copy of the booking for ever (prune left it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pruneCommand } from '../../src/cli/commands/prune.ts';
import { loadHotel } from '../../src/config/hotel-file.ts';
import type { Pms } from '../../src/hotel/types.ts';
import { hasOutbox, type PmsWithOutbox } from '../../src/notify/types.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { RedisTrackerStore } from '../../src/stores/tracker-redis.ts';
import { SqliteTrackerStore } from '../../src/stores/tracker-sqlite.ts';
import type { TrackerStore } from '../../src/stores/tracker-store.ts';
import { POSTGRES_URL, postgresMissing, REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

const NOW = Date.parse('2026-11-24T12:00:00+03:00') / 1000;
const DAY = 86_400;
const user = (timestamp: number): TrackerEvent => ({
  event: 'user',
  text: 'привет',
  timestamp,
  parse_data: { text: 'привет', intent: { name: null, confidence: 0 }, entities: [], commands: [] },
});

async function seed(store: TrackerStore): Promise<void> {
  await store.append('old-guest', [user(NOW - 200 * DAY), user(NOW - 120 * DAY)], 0);
  await store.append('returning-guest', [user(NOW - 200 * DAY), user(NOW - 3 * DAY)], 0);
  await store.append('new-guest', [user(NOW - 60)], 0);
}

const pgMissing = await postgresMissing();
const noRedis = await redisMissing();
const stores: [string, string | null, () => TrackerStore][] = [
  ['in memory', null, () => new InMemoryTrackerStore()],
  ['sqlite', null, () => new SqliteTrackerStore({ file: ':memory:' })],
  ['postgresql', pgMissing, () => new PostgresTrackerStore({ connectionString: POSTGRES_URL, table: uniqueName('prune') })],
  ['redis', noRedis, () => new RedisTrackerStore({ url: REDIS_URL, keyPrefix: `${uniqueName('prune')}:` })],
];

describe('retention: deleting old conversations', () => {
  for (const [kind, missing, open] of stores) {
    it(`${kind}: prune deletes conversations whose last event is older than the cut, and only those`, { skip: missing ?? false }, async () => {
      const store = open();
      try {
        await seed(store);
        assert.equal(await store.prune(NOW - 90 * DAY), 1);
        assert.deepEqual((await store.list()).sort(), ['new-guest', 'returning-guest']);
        assert.deepEqual(await store.load('old-guest'), []);
        assert.equal(await store.prune(NOW - 90 * DAY), 0);
      } finally {
        if (store instanceof PostgresTrackerStore) await store.dropTable();
        if (store instanceof RedisTrackerStore) await store.prune(Number.MAX_SAFE_INTEGER);
        await store.close();
      }
    });
  }

  it('portier prune --older-than 90d works on the project’s store (SQLite under PORTIER_DATA_DIR)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-prune-'));
    try {
      // endpoints.yml keeps conversations in ${PORTIER_DATA_DIR}/tracker.db.
      const store = new SqliteTrackerStore({ file: join(dataDir, 'tracker.db') });
      await seed(store);
      await store.close();
      const lines: string[] = [];
      const env = { PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', DATABASE_URL: '', REDIS_URL: '', PORTIER_TRACKER_STORE: '' };
      assert.equal(await pruneCommand({ root: '.', olderThan: '90d' }, env, (l) => lines.push(l)), 0);
      assert.match(lines.join('\n'), /deleted 1 conversation/);
      await assert.rejects(
        pruneCommand({ root: '.', olderThan: 'forever' }, env, () => {}),
        /90d/,
      );
      const after = new SqliteTrackerStore({ file: join(dataDir, 'tracker.db') });
      assert.deepEqual((await after.list()).sort(), ['new-guest', 'returning-guest']);
      await after.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('portier prune --older-than 90d also deletes old notifications (the guest’s phone and e-mail) from the outbox', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-prune-'));
    try {
      const hotel = withOutbox(
        new SqliteHotelStore(join(dataDir, 'hotel.sqlite'), { hotel: loadHotel('data/hotel.yml'), now: clock.now, notify: { sms: true, email: true } }),
      );
      const [old, recent] = await seedBookings(hotel);
      await hotel.close();
      const lines: string[] = [];
      const env = { PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', DATABASE_URL: '', REDIS_URL: '', PORTIER_TRACKER_STORE: '' };
      assert.equal(await pruneCommand({ root: '.', olderThan: '90d' }, env, (l) => lines.push(l)), 0);
      assert.match(lines.join('\n'), /deleted 2 notification\(s\)/);
      const after = withOutbox(new SqliteHotelStore(join(dataDir, 'hotel.sqlite'), { hotel: loadHotel('data/hotel.yml'), now: clock.now }));
      assert.deepEqual(await after.outbox.listNotifications(old), []);
      assert.equal((await after.outbox.listNotifications(recent)).length, 2);
      await after.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// The outbox holds one row per channel per booking change: the recipient and a copy of the booking.
const clock = { at: new Date('2026-11-24T12:00:00+03:00'), now: () => clock.at };

function withOutbox(pms: Pms): PmsWithOutbox {
  if (!hasOutbox(pms)) throw new Error('the built-in hotel stores have an outbox');
  return pms;
}

/** A booking made 200 days ago and one made yesterday, each confirmed by SMS and e-mail; their codes. */
async function seedBookings(pms: Pms): Promise<[string, string]> {
  const guest = { room_type: 'standard', adults: 1, children: 0, guest_name: 'Анна Смирнова', phone: '+79000007001', email: 'anna@example.ru' };
  clock.at = new Date((NOW - 200 * DAY) * 1000);
  const old = await pms.createBooking({ ...guest, check_in: '2026-05-20', check_out: '2026-05-22' });
  clock.at = new Date((NOW - DAY) * 1000);
  const recent = await pms.createBooking({ ...guest, check_in: '2026-12-14', check_out: '2026-12-16' });
  clock.at = new Date(NOW * 1000);
  return [old.code, recent.code];
}

describe('retention: deleting old notifications from the outbox', () => {
  const hotels: [string, string | null, () => Promise<PmsWithOutbox & { close(): Promise<void> }>][] = [
    [
      'sqlite',
      null,
      async () =>
        withOutbox(
          new SqliteHotelStore(':memory:', { hotel: loadHotel('data/hotel.yml'), now: clock.now, notify: { sms: true, email: true } }),
        ) as PmsWithOutbox & { close(): Promise<void> },
    ],
    [
      'postgresql',
      pgMissing,
      async () =>
        withOutbox(
          await PostgresHotelStore.open({
            hotel: loadHotel('data/hotel.yml'),
            now: clock.now,
            notify: { sms: true, email: true },
            connectionString: POSTGRES_URL,
            schema: uniqueName('outbox_prune'),
          }),
        ) as PmsWithOutbox & { close(): Promise<void> },
    ],
  ];
  for (const [kind, missing, open] of hotels) {
    it(`${kind}: messages written before the cut are deleted, sent or not; later ones stay`, { skip: missing ?? false }, async () => {
      const pms = await open();
      try {
        const [old, recent] = await seedBookings(pms);
        const [sent] = await pms.outbox.listNotifications(old);
        await pms.outbox.markSent(sent!.id, 'SM1', new Date((NOW - 200 * DAY) * 1000));
        assert.equal(await pms.outbox.prune(new Date((NOW - 90 * DAY) * 1000)), 2);
        assert.deepEqual(await pms.outbox.listNotifications(old), []);
        assert.deepEqual((await pms.outbox.listNotifications(recent)).map((m) => m.recipient).sort(), ['+79000007001', 'anna@example.ru']);
        assert.equal(await pms.outbox.prune(new Date((NOW - 90 * DAY) * 1000)), 0);
      } finally {
        if (pms instanceof PostgresHotelStore) await pms.dropSchema();
        await pms.close();
      }
    });
  }
});
