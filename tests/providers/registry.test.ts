import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProviderRegistry, UnknownProviderError } from '../../src/providers/registry.ts';
import { createLockStore, createTrackerStore, StoreConfigError } from '../../src/stores/tracker-from-config.ts';

test('a registry creates by name, ignoring case and following aliases', () => {
  const registry = createProviderRegistry<number, string>('greeting', { hello: (n) => `hello ${n}`, bye: (n) => `bye ${n}` }, { hi: 'hello' });
  assert.equal(registry.create('Hello', 1), 'hello 1');
  assert.equal(registry.create('hi', 2), 'hello 2');
  assert.ok(registry.has('BYE'));
  assert.deepEqual(registry.names, ['hello', 'bye']);
  assert.throws(
    () => registry.create('ciao', 3),
    (e: unknown) => e instanceof UnknownProviderError && e.message === 'greeting: "ciao" is not supported (hello, bye)',
  );
});

test('store names endpoints.yml does not know are refused in one line naming the key', () => {
  const selection = (endpoints: Record<string, unknown>) => ({ endpoints, env: {}, dataDir: '/tmp' });
  assert.throws(
    () => createTrackerStore(selection({ tracker_store: { type: 'mongo' } })),
    (e: unknown) => e instanceof StoreConfigError && e.message === 'endpoints.yml tracker_store.type: "mongo" is not supported (sql, redis, in_memory)',
  );
  assert.throws(
    () => createTrackerStore(selection({ tracker_store: { type: 'sql', dialect: 'mysql' } })),
    (e: unknown) => e instanceof StoreConfigError && e.message === 'endpoints.yml tracker_store.dialect: "mysql" is not supported (sqlite, postgresql)',
  );
  assert.throws(
    () => createLockStore(selection({ lock_store: { type: 'sql' } })),
    (e: unknown) => e instanceof StoreConfigError && e.message === 'endpoints.yml lock_store.type: "sql" is not supported (redis, in_memory)',
  );
  assert.equal(
    createTrackerStore(selection({ tracker_store: { type: 'InMemory' } })).kind,
    createTrackerStore(selection({ tracker_store: { type: 'in_memory' } })).kind,
  );
});
