// Issue 14, «Idempotent confirmation survives a crash»: the server is killed (SIGKILL) after the hotel system wrote
// the booking but before the conversation's turn was stored; after a restart the caller says something else and
// then «да» again. The duplicate key came from the number of user messages, so that second «да» made a second
// booking: this test failed against the code before the fix (main at 1b3debf, two bookings). The key now comes
// from the conversation and the booking's content.
//
// The kill lands in that window every time: the test holds the write lock of the conversation database, so the
// server's append waits (busy timeout) while the hotel database (another file) takes the booking. tracker.db is
// the conversation store endpoints.yml names.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { say, startPortier } from '../helpers/portier-process.ts';

const PHONE = '+79000000555';

function bookingsFor(dataDir: string): { code: string; status: string }[] {
  const db = new Database(join(dataDir, 'hotel.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT code, status FROM bookings WHERE phone = ?').all(PHONE) as { code: string; status: string }[];
  } finally {
    db.close();
  }
}

describe('confirmation across a crash', () => {
  it('kill -9 during «да», then another message and «да»: still one booking', { timeout: 240_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portier-crash-'));
    const env = { PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
    const args = ['run', '--port', '0', '--interface', '127.0.0.1'];
    const sender = 'crash-guest';
    try {
      const first = await startPortier(args, env);
      const confirm = await say(first.url, sender, 'Забронируйте комфорт с 14 по 16 декабря на двоих, меня зовут Пётр Сидоров, телефон +7 900 000-05-55');
      assert.match(confirm, /Всё верно\?/);

      // Hold the conversation store's write lock: the turn can book but cannot store its events.
      const conversations = new Database(join(dataDir, 'tracker.db'), { fileMustExist: true });
      conversations.pragma('busy_timeout = 5000');
      conversations.exec('BEGIN IMMEDIATE');
      const pending = say(first.url, sender, 'да').catch(() => 'no answer');
      for (let i = 0; i < 200 && bookingsFor(dataDir).length === 0; i++) await sleep(25);
      assert.equal(bookingsFor(dataDir).length, 1, 'the hotel system took the booking');
      first.child.kill('SIGKILL');
      await first.exited;
      await pending;
      conversations.exec('ROLLBACK');
      conversations.close();

      const second = await startPortier(args, env);
      try {
        // no answer came: the caller repeats a detail, then confirms once more
        const again = [await say(second.url, sender, 'алло, мой телефон +7 900 000-05-55'), await say(second.url, sender, 'да')].join('\n');
        const bookings = bookingsFor(dataDir);
        assert.equal(bookings.length, 1, `one booking, not two: ${JSON.stringify(bookings)}`);
        assert.match(again, new RegExp(`Код вашей брони: ${bookings[0]!.code}`));
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
