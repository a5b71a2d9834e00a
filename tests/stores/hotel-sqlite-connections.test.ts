// SQLite shared by several processes: the IMMEDIATE transaction still sells a room only once.
import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const worker = fileURLToPath(new URL('./fixtures/sqlite-booking-worker.ts', import.meta.url));

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((ok, fail) => {
    child.once('message', (m) => ok(m as T));
    child.once('exit', (code) => fail(new Error(`worker exited with ${code}`)));
  });
}

test('3 processes × 10 creates for the last 2 suites → exactly 2 bookings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portier-sqlite-race-'));
  const file = join(dir, 'hotel.sqlite');
  try {
    await new SqliteHotelStore(file, { hotel, now }).close();
    const children = Array.from({ length: 3 }, () =>
      fork(worker, [file, '10'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    await Promise.all(children.map((c) => nextMessage<string>(c)));
    const results = children.map((c) => nextMessage<{ made: number; refused: number }>(c));
    for (const c of children) c.send('go');
    const outcome = await Promise.all(results);
    assert.equal(
      outcome.reduce((n, o) => n + o.made, 0),
      2,
    );
    assert.equal(
      outcome.reduce((n, o) => n + o.refused, 0),
      28,
    );
    const check = new SqliteHotelStore(file, { hotel, now });
    const [suite] = await check.availability({ check_in: '2026-12-20', check_out: '2026-12-22', room_type: 'suite' });
    assert.deepEqual(
      suite?.per_night.map((n) => n.available),
      [0, 0],
    );
    assert.equal((await check.findBookings({ phone: '+79000000077' })).length, 2);
    await check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
