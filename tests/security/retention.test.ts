// Conversations are not kept for ever. Against main (8c9667e) there was no `portier prune` and no retention
// period: every guest's conversation stayed in the tracker store indefinitely.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pruneCommand } from '../../src/cli/commands/prune.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { PostgresTrackerStore } from '../../src/stores/tracker-postgres.ts';
import { RedisTrackerStore } from '../../src/stores/tracker-redis.ts';
import { SqliteTrackerStore } from '../../src/stores/tracker-sqlite.ts';
import type { TrackerStore } from '../../src/stores/tracker-store.ts';
import { POSTGRES_URL, postgresMissing, REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

const NOW = Date.parse('2026-11-24T12:00:00+03:00') / 1000;
const DAY = 86_400;
const user = (timestamp: number): TrackerEvent => ({ event: 'user', text: 'привет', timestamp, parse_data: { text: 'привет', intent: { name: null, confidence: 0 }, entities: [], commands: [] } });

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
      await assert.rejects(pruneCommand({ root: '.', olderThan: 'forever' }, env, () => {}), /90d/);
      const after = new SqliteTrackerStore({ file: join(dataDir, 'tracker.db') });
      assert.deepEqual((await after.list()).sort(), ['new-guest', 'returning-guest']);
      await after.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
