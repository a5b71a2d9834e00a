import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLockStore, createTrackerStore, StoreConfigError } from '../../src/stores/tracker-from-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'portier-select-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

describe('store selection', () => {
  it('defaults to SQLite under the data dir and an in-process lock', async () => {
    const trackers = createTrackerStore({ env: {}, dataDir: dir });
    const locks = createLockStore({ env: {}, dataDir: dir });
    assert.equal(trackers.kind, 'sqlite');
    assert.equal(locks.kind, 'in_memory');
    await trackers.close();
  });

  it('reads Rasa endpoints.yml sections', async () => {
    const cases: [unknown, string][] = [
      [{ type: 'in_memory' }, 'in_memory'],
      [{ type: 'SQL', dialect: 'sqlite', db: 'x.db' }, 'sqlite'],
      [{ type: 'sql', dialect: 'postgresql', url: 'localhost', port: 5432, db: 'test', username: 'postgres' }, 'postgresql'],
      [{ type: 'redis', url: 'localhost', port: 6379, db: 0 }, 'redis'],
    ];
    for (const [tracker_store, kind] of cases) {
      const store = createTrackerStore({ endpoints: { tracker_store }, env: {}, dataDir: dir, root: dir });
      assert.equal(store.kind, kind);
      await store.close();
    }
    const locks = createLockStore({ endpoints: { lock_store: { type: 'redis', url: 'localhost' } }, env: {}, dataDir: dir });
    assert.equal(locks.kind, 'redis');
    await locks.close();
  });

  it('DATABASE_URL and REDIS_URL win over the file', async () => {
    const env = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test', REDIS_URL: 'redis://127.0.0.1:6379' };
    const trackers = createTrackerStore({ endpoints: { tracker_store: { type: 'in_memory' } }, env, dataDir: dir });
    const locks = createLockStore({ endpoints: { lock_store: { type: 'in_memory' } }, env, dataDir: dir });
    assert.equal(trackers.kind, 'postgresql');
    assert.equal(locks.kind, 'redis');
    await trackers.close();
    await locks.close();
  });

  it('an unknown type or dialect is a one-line configuration error', () => {
    assert.throws(() => createTrackerStore({ endpoints: { tracker_store: { type: 'mongod' } }, env: {}, dataDir: dir }), StoreConfigError);
    assert.throws(
      () => createTrackerStore({ endpoints: { tracker_store: { type: 'sql', dialect: 'oracle' } }, env: {}, dataDir: dir }),
      /tracker_store\.dialect/,
    );
    assert.throws(() => createLockStore({ endpoints: { lock_store: { type: 'zookeeper' } }, env: {}, dataDir: dir }), /lock_store\.type/);
  });
});
