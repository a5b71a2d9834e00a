// endpoints.yml `action_endpoint` (given with --endpoints): custom actions run on the action server of
// `portier run actions` over the Rasa SDK protocol instead of in-process, and a booking still completes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { serveActions } from '../../src/cli/commands/run-actions.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { hotelActions } from '../../actions/index.ts';

describe('remote custom actions', () => {
  it('a booking completes with actions on the action server', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-remote-'));
    const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
    const actions = await serveActions({ root: '.', port: 0, host: '127.0.0.1', env });
    const endpoints = join(dataDir, 'endpoints.yml');
    writeFileSync(endpoints, `action_endpoint:\n  url: ${actions.url}/webhook\ntracker_store:\n  type: in_memory\n`);
    const runtime = await createRuntime({
      customActions: hotelActions(),
      root: '.',
      env,
      endpointsFile: endpoints,
      logger: pino({ level: 'silent' }),
      log: () => {},
    });
    try {
      assert.equal(runtime.project.endpoints.action_endpoint?.url, `${actions.url}/webhook`);
      let last = '';
      for (const text of ['Хочу забронировать номер', 'с 14 по 16 декабря', 'двое взрослых', 'стандарт', 'Олег Ковалёв', '+7 900 000-00-55', 'да']) {
        last = (await runtime.handleMessage({ sender: 'remote', text, channel: 'rest' })).map((m) => m.text).join(' ');
      }
      assert.match(last, /забронирован/);
      const bookings = await runtime.pms!.findBookings({ phone: '+79000000055' });
      assert.equal(bookings.length, 1, 'the action server wrote to the shared hotel system');
    } finally {
      await runtime.close();
      await actions.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
