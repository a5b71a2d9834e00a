// A dead instance's conversation lock blocks that conversation for a few seconds at most, and lock keys carry a
// configurable prefix. Against main (8c9667e) the lock lived 30 s (about 23 s of silence for a caller after a
// crash) and REDIS_URL ignored any prefix.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createLockStore } from '../../src/stores/tracker-from-config.ts';
import { REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';

const noRedis = await redisMissing();

describe('Redis conversation locks', { skip: noRedis ?? false }, () => {
  it('an instance killed mid-turn frees the conversation within ~5 s; keys use PORTIER_REDIS_PREFIX', async () => {
    const prefix = `${uniqueName('hotel_a')}:`;
    const holder = spawn(process.execPath, ['--import', 'tsx', 'tests/security/fixtures/lock-holder.ts', REDIS_URL, prefix, 'guest-1'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const alive = createLockStore({ env: { REDIS_URL, PORTIER_REDIS_PREFIX: prefix }, dataDir: '/tmp' });
    const probe = new Redis(REDIS_URL);
    try {
      const [line] = (await once(holder.stdout!, 'data')) as [Buffer];
      assert.match(String(line), /held/);
      assert.deepEqual(await probe.keys(`${prefix}*`), [`${prefix}lock:guest-1`], 'the key carries PORTIER_REDIS_PREFIX');
      holder.kill('SIGKILL');
      await once(holder, 'exit');
      const started = performance.now();
      await alive.withLock('guest-1', async () => {});
      const waited = performance.now() - started;
      assert.ok(waited < 6500, `waited ${Math.round(waited)} ms`);
    } finally {
      holder.kill('SIGKILL');
      await alive.close();
      probe.disconnect();
    }
  });
});
