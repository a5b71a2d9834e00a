// A dead instance's conversation lock blocks that conversation for a few seconds at most, and lock keys carry a
// configurable prefix. Against main (8c9667e) the lock lived 30 s without renewal (about 23 s of silence for a
// caller) and REDIS_URL ignored any prefix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { RedisLockStore } from '../../src/stores/lock-redis.ts';
import { createLockStore } from '../../src/stores/tracker-from-config.ts';
import { REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

const noRedis = await redisMissing();

describe('Redis conversation locks', { skip: noRedis ?? false }, () => {
  it('a holder that dies mid-turn frees the conversation within ~5 s; keys use PORTIER_REDIS_PREFIX', async () => {
    const prefix = `${uniqueName('hotel_a')}:`;
    const env = { REDIS_URL, PORTIER_REDIS_PREFIX: prefix };
    // The dying instance, with the default lock lifetime, on a connection the test can cut.
    const deadClient = new Redis(REDIS_URL);
    deadClient.on('error', () => {});
    const dead = new RedisLockStore({ client: deadClient, keyPrefix: prefix });
    const alive = createLockStore({ env, dataDir: '/tmp' });
    const probe = new Redis(REDIS_URL);
    try {
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      void dead.withLock('guest-1', async () => {
        entered();
        await new Promise(() => {}); // the instance hangs, then dies below
      });
      await inside;
      deadClient.disconnect(); // the process is gone: no renewal, no release
      const started = performance.now();
      await alive.withLock('guest-1', async () => {
        assert.deepEqual(await probe.keys(`${prefix}*`), [`${prefix}lock:guest-1`], 'the key carries PORTIER_REDIS_PREFIX');
      });
      const waited = performance.now() - started;
      assert.ok(waited < 6500, `waited ${Math.round(waited)} ms`);
    } finally {
      await alive.close();
      probe.disconnect();
    }
  });
});
