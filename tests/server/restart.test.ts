// A conversation survives `kill -9` of the server between turns: events are persisted before the reply is sent,
// so after a restart on the same data folder the booking completes where it left off.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { say, startPortier } from '../helpers/portier-process.ts';

describe('restart', () => {
  it('a booking started before kill -9 completes after a restart', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-restart-'));
    const env = { PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_API_TOKEN: 'restart-token', DATABASE_URL: '', REDIS_URL: '' };
    const args = ['run', '--port', '0', '--interface', '127.0.0.1', '--enable-api'];
    const sender = 'restart-guest';
    try {
      const first = await startPortier(args, env);
      try {
        assert.match(await say(first.url, sender, 'Добрый день, хочу забронировать номер'), /дат/i);
        // The guests question has variations («Сколько гостей…», «Сколько вас будет — взрослых и детей?»).
        assert.match(await say(first.url, sender, 'с 14 по 16 декабря'), /гост|взросл/i);
        assert.match(await say(first.url, sender, 'двое взрослых'), /номер/i);
      } finally {
        // Killed even when an assertion fails: a live child would keep the test file from ever exiting.
        first.child.kill('SIGKILL');
        await first.exited;
      }

      const second = await startPortier(args, env);
      try {
        const tracker = (await (await fetch(`${second.url}/conversations/${sender}/tracker`)).json()) as { slots: Record<string, unknown> };
        assert.equal(tracker.slots.check_in_date, '2026-12-14', 'slots from before the kill are back');
        assert.equal(tracker.slots.adults, 2);
        const voice = await fetch(`${second.url}/webhooks/twilio_media_streams/`);
        assert.equal(voice.status, 200, 'the phone channel of credentials.yml is mounted');
        assert.match(await say(second.url, sender, 'комфорт'), /зовут|имя/i);
        assert.match(await say(second.url, sender, 'Пётр Сидоров'), /телефон/i);
        assert.match(await say(second.url, sender, '+7 900 000-00-01'), /верно/i);
        assert.match(await say(second.url, sender, 'да'), /забронирован/i);
        const res = await fetch(`${second.url}/api/bookings?phone=%2B79000000001`, { headers: { authorization: 'Bearer restart-token' } });
        const bookings = (await res.json()) as { room_type: string; check_in: string; adults: number; status: string }[];
        assert.equal(bookings.length, 1);
        assert.deepEqual(
          { room_type: bookings[0]!.room_type, check_in: bookings[0]!.check_in, adults: bookings[0]!.adults, status: bookings[0]!.status },
          { room_type: 'comfort', check_in: '2026-12-14', adults: 2, status: 'confirmed' },
        );
      } finally {
        second.child.kill('SIGTERM');
        assert.equal(await second.exited, 0, 'SIGTERM shuts down cleanly');
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
