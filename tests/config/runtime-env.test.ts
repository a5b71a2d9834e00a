import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadRuntimeEnv, makeClock, RuntimeEnvError } from '../../src/config/runtime-env.ts';

test('defaults: port 5005, data dir .portier under the root, real clock, log level info', () => {
  const env = loadRuntimeEnv({}, '/srv/hotel');
  assert.equal(env.port, 5005);
  assert.equal(env.dataDir, resolve('/srv/hotel', '.portier'));
  assert.equal(env.pinnedNow, null);
  assert.equal(env.logLevel, 'info');
  assert.equal(env.apiToken, null);
  assert.ok(Math.abs(env.clock().getTime() - Date.now()) < 1000);
});

test('PORTIER_NOW pins the start of the clock, which then advances with real time', () => {
  let real = 1_000_000;
  const clock = makeClock(new Date('2026-11-24T12:00:00+03:00'), () => real);
  assert.equal(clock().toISOString(), '2026-11-24T09:00:00.000Z');
  real += 1500;
  assert.equal(clock().toISOString(), '2026-11-24T09:00:01.500Z');
  const env = loadRuntimeEnv({ PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORT: '8080', LOG_LEVEL: 'DEBUG' }, '/x');
  assert.equal(env.pinnedNow?.toISOString(), '2026-11-24T09:00:00.000Z');
  assert.ok(env.clock().getTime() - Date.parse('2026-11-24T09:00:00Z') < 1000);
  assert.equal(env.port, 8080);
  assert.equal(env.logLevel, 'debug');
});

test('malformed variables are rejected, one line per variable, naming it', () => {
  assert.throws(
    () => loadRuntimeEnv({ PORTIER_NOW: '2026-11-24 12:00', PORT: 'http', DATABASE_URL: 'mysql://x', REDIS_URL: 'redis://127.0.0.1:6379' }, '/x'),
    (e: unknown) => {
      assert.ok(e instanceof RuntimeEnvError);
      const lines = e.message.split('\n');
      assert.equal(lines.length, 3);
      assert.match(e.message, /PORTIER_NOW: expected ISO 8601 time with offset/);
      assert.match(e.message, /environment variable PORT:/);
      assert.match(e.message, /DATABASE_URL: expected a postgres/);
      return true;
    },
  );
});

test('empty values count as unset', () => {
  const env = loadRuntimeEnv({ PORT: '', PORTIER_NOW: '', OPENAI_API_KEY: '', PORTIER_DATA_DIR: '/var/lib/portier' }, '/x');
  assert.equal(env.port, 5005);
  assert.equal(env.pinnedNow, null);
  assert.equal(env.openaiApiKey, null);
  assert.equal(env.dataDir, '/var/lib/portier');
});
