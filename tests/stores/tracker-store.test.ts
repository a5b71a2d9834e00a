import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { RedisTrackerStore } from '../../src/stores/tracker-redis.ts';
import { SqliteTrackerStore } from '../../src/stores/tracker-sqlite.ts';
import { ConcurrentAppendError, type TrackerStore } from '../../src/stores/tracker-store.ts';
import { POSTGRES_URL, postgresMissing, REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

const user = (text: string, ts: number): TrackerEvent => ({
  event: 'user',
  timestamp: ts,
  text,
  parse_data: { text, intent: { name: 'greet', confidence: 1 }, entities: [], commands: [] },
});
const bot = (text: string, ts: number): TrackerEvent => ({ event: 'bot', timestamp: ts, text, data: {} });

interface Subject {
  name: string;
  skip: () => Promise<string | null>;
  open: () => TrackerStore;
  cleanup?: (store: TrackerStore) => Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), 'portier-trackers-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const pgTable = uniqueName('t_events');
const redisPrefix = `${uniqueName('test')}:`;

const subjects: Subject[] = [
  { name: 'in-memory', skip: async () => null, open: () => new InMemoryTrackerStore() },
  { name: 'sqlite', skip: async () => null, open: () => new SqliteTrackerStore({ file: join(dir, 'c.db') }) },
  {
    name: 'postgresql',
    skip: postgresMissing,
    open: () => new PostgresTrackerStore({ connectionString: POSTGRES_URL, table: pgTable }),
    cleanup: (store) => (store as PostgresTrackerStore).dropTable(),
  },
  {
    name: 'redis',
    skip: redisMissing,
    open: () => new RedisTrackerStore({ url: REDIS_URL, keyPrefix: redisPrefix }),
    cleanup: async () => {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    },
  },
];

for (const subject of subjects) {
  describe(`${subject.name} tracker store`, async () => {
    const why = await subject.skip();
    const opts = why ? { skip: why } : {};

    it('keeps events in order and returns an empty log for an unknown conversation', opts, async () => {
      const store = subject.open();
      try {
        const id = uniqueName('conv');
        assert.deepEqual(await store.load(id), []);
        await store.append(id, [user('привет', 1.5), bot('Здравствуйте!', 1.6)], 0);
        await store.append(id, [user('хочу номер 🏨', 2)], 2);
        const events = await store.load(id);
        assert.deepEqual(
          events.map((e) => e.event),
          ['user', 'bot', 'user'],
        );
        assert.equal((events[2] as { text: string }).text, 'хочу номер 🏨');
        assert.ok((await store.list()).includes(id));
      } finally {
        await subject.cleanup?.(store);
        await store.close();
      }
    });

    it('refuses a stale append instead of duplicating a turn', opts, async () => {
      const store = subject.open();
      try {
        const id = uniqueName('conv');
        await store.append(id, [user('a', 1)], 0);
        await assert.rejects(store.append(id, [user('b', 2)], 0), ConcurrentAppendError);
        assert.equal((await store.load(id)).length, 1);
        await store.replace(id, [bot('x', 3), bot('y', 4)]);
        assert.deepEqual(
          (await store.load(id)).map((e) => (e as { text: string }).text),
          ['x', 'y'],
        );
      } finally {
        await subject.cleanup?.(store);
        await store.close();
      }
    });

    it('loadFrom returns what was appended after a position, null when the log is shorter', opts, async () => {
      const store = subject.open();
      try {
        const id = uniqueName('conv');
        assert.deepEqual(await store.loadFrom(id, 0), []);
        assert.equal(await store.loadFrom(id, 1), null);
        await store.append(id, [user('a', 1), bot('b', 2), user('c', 3)], 0);
        assert.deepEqual(
          (await store.loadFrom(id, 0))!.map((e) => (e as { text: string }).text),
          ['a', 'b', 'c'],
        );
        assert.deepEqual(
          (await store.loadFrom(id, 2))!.map((e) => (e as { text: string }).text),
          ['c'],
        );
        assert.deepEqual(await store.loadFrom(id, 3), []);
        assert.equal(await store.loadFrom(id, 4), null);
        await store.replace(id, [bot('x', 4)]);
        assert.equal(await store.loadFrom(id, 3), null, 'a replaced, shorter log is noticed');
      } finally {
        await subject.cleanup?.(store);
        await store.close();
      }
    });

    it('recent lists the newest conversations first, with their channel and number of user messages', opts, async () => {
      const store = subject.open();
      try {
        const [older, newer, replaced] = [uniqueName('old'), uniqueName('new'), uniqueName('gone')];
        const phone = { ...user('алло', 20), input_channel: 'twilio_media_streams' } as TrackerEvent;
        await store.append(older, [user('привет', 10), bot('Здравствуйте!', 11), user('номер', 12)], 0);
        await store.append(newer, [bot('Гостиница, слушаю', 19), phone, bot('Да?', 21)], 0);
        await store.append(replaced, [user('x', 30)], 0);
        await store.replace(replaced, []);
        // the SQLite file is shared with the other tests, whose events are older (timestamps below 10)
        const recent = await store.recent(2);
        assert.deepEqual(recent, [
          { id: newer, channel: 'twilio_media_streams', lastEventAt: 21, turns: 1 },
          { id: older, channel: null, lastEventAt: 12, turns: 2 },
        ]);
        assert.deepEqual(
          (await store.recent(1)).map((c) => c.id),
          [newer],
        );
      } finally {
        await subject.cleanup?.(store);
        await store.close();
      }
    });

    it('concurrent appends at the same position: exactly one wins', opts, async () => {
      const store = subject.open();
      try {
        const id = uniqueName('conv');
        const results = await Promise.allSettled([1, 2, 3, 4].map((n) => store.append(id, [user(`m${n}`, n)], 0)));
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        assert.equal((await store.load(id)).length, 1);
      } finally {
        await subject.cleanup?.(store);
        await store.close();
      }
    });
  });
}

describe('sqlite tracker store durability', () => {
  it('a second store on the same file sees committed turns (restart)', async () => {
    const file = join(dir, 'restart.db');
    const first = new SqliteTrackerStore({ file });
    await first.append('guest', [user('один', 1)], 0);
    const second = new SqliteTrackerStore({ file });
    assert.equal((await second.load('guest')).length, 1);
    await first.close();
    await second.close();
  });
});

describe('postgresql tracker store start-up', async () => {
  const why = await postgresMissing();
  it('several instances creating the table at once all start', why ? { skip: why } : {}, async () => {
    const table = uniqueName('t_race');
    const stores = Array.from({ length: 4 }, () => new PostgresTrackerStore({ connectionString: POSTGRES_URL, table }));
    try {
      await Promise.all(stores.map((s) => s.ping()));
      await stores[0]!.append('race', [user('a', 1)], 0);
      assert.equal((await stores[3]!.load('race')).length, 1);
    } finally {
      await stores[0]!.dropTable();
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
