import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { InProcessLockStore } from '../../src/stores/lock-memory.ts';
import { RedisLockStore } from '../../src/stores/lock-redis.ts';
import { type LockStore, LockTimeoutError } from '../../src/stores/lock-store.ts';
import { REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

/** Runs overlapping critical sections and records whether any two ever overlapped. */
async function overlaps(stores: LockStore[], id: string, rounds: number): Promise<{ maxInside: number; order: number[] }> {
  let inside = 0;
  let maxInside = 0;
  const order: number[] = [];
  await Promise.all(
    Array.from({ length: rounds }, (_, n) =>
      stores[n % stores.length]!.withLock(id, async () => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        await sleep(3);
        order.push(n);
        inside--;
      }),
    ),
  );
  return { maxInside, order };
}

describe('in-process lock store', () => {
  it('runs one conversation’s turns one at a time, in arrival order', async () => {
    const locks = new InProcessLockStore();
    const { maxInside, order } = await overlaps([locks], 'c1', 10);
    assert.equal(maxInside, 1);
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(locks.active, 0);
  });

  it('a failing turn releases the lock for the next one', async () => {
    const locks = new InProcessLockStore();
    await assert.rejects(
      locks.withLock('c', async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(await locks.withLock('c', async () => 42), 42);
  });

  it('different conversations do not wait for each other', async () => {
    const locks = new InProcessLockStore();
    let release!: () => void;
    const blocked = locks.withLock(
      'a',
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    assert.equal(await locks.withLock('b', async () => 'b ran'), 'b ran');
    release();
    await blocked;
  });
});

describe('redis lock store', async () => {
  const why = await redisMissing();
  const opts = why ? { skip: why } : {};

  it('two instances never hold one conversation at once', opts, async () => {
    const prefix = `${uniqueName('lock')}:`;
    const a = new RedisLockStore({ url: REDIS_URL, keyPrefix: prefix });
    const b = new RedisLockStore({ url: REDIS_URL, keyPrefix: prefix });
    try {
      const { maxInside, order } = await overlaps([a, b], 'conv', 12);
      assert.equal(maxInside, 1);
      assert.equal(order.length, 12);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives up with LockTimeoutError when the holder never finishes', opts, async () => {
    const prefix = `${uniqueName('lock')}:`;
    const a = new RedisLockStore({ url: REDIS_URL, keyPrefix: prefix });
    const b = new RedisLockStore({ url: REDIS_URL, keyPrefix: prefix, waitMs: 150 });
    let release!: () => void;
    const held = a.withLock(
      'conv',
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    await sleep(20);
    try {
      await assert.rejects(
        b.withLock('conv', async () => 'never'),
        LockTimeoutError,
      );
    } finally {
      release();
      await held;
      await a.close();
      await b.close();
    }
  });

  it('a crashed holder’s lock expires after its lifetime', opts, async () => {
    const prefix = `${uniqueName('lock')}:`;
    const { Redis } = await import('ioredis');
    const raw = new Redis(REDIS_URL);
    await raw.set(`${prefix}lock:conv`, 'dead-instance', 'PX', 200);
    const b = new RedisLockStore({ url: REDIS_URL, keyPrefix: prefix, waitMs: 2000 });
    const started = Date.now();
    assert.equal(await b.withLock('conv', async () => 'ran'), 'ran');
    assert.ok(Date.now() - started >= 150);
    await b.close();
    await raw.quit();
  });
});

describe('redis stores that cannot be reached', () => {
  it('ping names the address and the reason', async () => {
    const { StoreUnavailableError } = await import('../../src/stores/tracker-store.ts');
    const { RedisTrackerStore } = await import('../../src/stores/tracker-redis.ts');
    const locks = new RedisLockStore({ url: 'redis://127.0.0.1:1' });
    const trackers = new RedisTrackerStore({ url: 'redis://127.0.0.1:1' });
    try {
      await assert.rejects(locks.ping(), (e: Error) => e instanceof StoreUnavailableError && /127\.0\.0\.1:1: .*ECONNREFUSED/.test(e.message));
      await assert.rejects(trackers.ping(), (e: Error) => e instanceof StoreUnavailableError && /ECONNREFUSED/.test(e.message));
    } finally {
      await locks.close();
      await trackers.close();
    }
  });
});
