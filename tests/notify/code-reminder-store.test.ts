// The booking-code reminder in the hotel stores, on SQLite and on PostgreSQL (Pms.remindBookingCodes): the codes of a
// phone's current bookings are queued to that phone and to each booking's own e-mail, never to another booking's
// contact; the answer is the same for a phone without bookings; three requests per phone a day, counted whether or
// not a booking exists; nothing is queued with no channel on. The SQLite migration keeps the messages already queued.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, describe, it } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { CODE_REMINDER_LIMITS, type BookingRequest, type Pms } from '../../src/hotel/types.ts';
import { hasOutbox, type NotifyChannels, type OutboxMessage } from '../../src/notify/types.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { MIGRATIONS } from '../../src/stores/hotel-sqlite-schema.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { POSTGRES_URL, postgresMissing, uniqueName } from '../helpers/services.ts';

const hotel = loadHotel('data/hotel.yml');
let clock = new Date('2026-11-24T12:00:00+03:00').getTime();
const now = () => new Date(clock);
const both: NotifyChannels = { sms: true, email: true };
const pgSkip = await postgresMissing();

const GUEST = '+79161234001';
const OTHER = '+79161234002';
const stay = (over: Partial<BookingRequest>): BookingRequest => ({
  room_type: 'standard',
  check_in: '2026-12-10',
  check_out: '2026-12-12',
  adults: 2,
  children: 0,
  guest_name: 'Ольга Кузнецова',
  phone: GUEST,
  ...over,
});

const stores: { name: string; skip: string | null; open: (notify?: NotifyChannels) => Promise<Pms> }[] = [
  { name: 'SQLite', skip: null, open: async (notify) => new SqliteHotelStore(':memory:', { hotel, now, notify }) },
  {
    name: 'PostgreSQL',
    skip: pgSkip,
    open: (notify) => PostgresHotelStore.open({ hotel, now, notify, connectionString: POSTGRES_URL, schema: uniqueName('reminder') }),
  },
];

const opened: Pms[] = [];
after(async () => {
  for (const s of opened) {
    if (s instanceof PostgresHotelStore) await s.dropSchema();
    await s.close();
  }
});

async function reminders(pms: Pms, codes: string[]): Promise<OutboxMessage[]> {
  assert.ok(hasOutbox(pms));
  const all = await Promise.all(codes.map((c) => pms.outbox.listNotifications(c)));
  return all.flat().filter((m) => m.event === 'reminder');
}

for (const store of stores) {
  describe(`booking-code reminders in the ${store.name} hotel store`, { skip: store.skip ?? false }, () => {
    it('queues the current bookings of the phone, to that phone and their own e-mail only', async () => {
      clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = await store.open(both);
      opened.push(pms);
      const current = await pms.createBooking(stay({ email: 'olga@example.org' }));
      const second = await pms.createBooking(stay({ room_type: 'comfort', check_in: '2026-12-20', check_out: '2026-12-21' }));
      const cancelled = await pms.createBooking(stay({ check_in: '2026-12-15', check_out: '2026-12-16' }));
      await pms.cancelBooking(cancelled.code);
      const someoneElse = await pms.createBooking(stay({ phone: OTHER, email: 'other@example.org', guest_name: 'Иван Орлов' }));

      assert.equal(await pms.remindBookingCodes!('8 916 123-40-01'), 'queued');
      const queued = await reminders(pms, [current.code, second.code, cancelled.code, someoneElse.code]);
      assert.deepEqual(
        queued.map((m) => `${m.booking_code}:${m.channel}:${m.recipient}`).sort(),
        [`${current.code}:email:olga@example.org`, `${current.code}:sms:${GUEST}`, `${second.code}:sms:${GUEST}`].sort(),
      );
      // each message carries its own booking (code, dates, room) for the template; nothing for another guest
      for (const m of queued) assert.equal(m.booking.phone, GUEST);
    });

    it('answers a phone with no booking the same, queues nothing, and counts it', async () => {
      clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = await store.open(both);
      opened.push(pms);
      const booking = await pms.createBooking(stay({ phone: OTHER }));
      const stranger = '+79169990000';
      for (let i = 0; i < CODE_REMINDER_LIMITS.perPhone; i++) assert.equal(await pms.remindBookingCodes!(stranger), 'queued');
      assert.equal(await pms.remindBookingCodes!(stranger), 'limited');
      assert.deepEqual(await reminders(pms, [booking.code]), []);
    });

    it('sends at most three a day to one phone, and again after the day', async () => {
      clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = await store.open(both);
      opened.push(pms);
      const booking = await pms.createBooking(stay({}));
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await pms.remindBookingCodes!(GUEST));
      assert.deepEqual(answers, ['queued', 'queued', 'queued', 'limited', 'limited']);
      assert.equal((await reminders(pms, [booking.code])).length, 3);
      // another phone is not held back by this one's limit
      assert.equal(await pms.remindBookingCodes!(OTHER), 'queued');
      clock += CODE_REMINDER_LIMITS.windowMs + 1000;
      assert.equal(await pms.remindBookingCodes!(GUEST), 'queued');
      assert.equal((await reminders(pms, [booking.code])).length, 4);
    });

    it('queues nothing when no channel is on', async () => {
      clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = await store.open();
      opened.push(pms);
      const booking = await pms.createBooking(stay({ email: 'olga@example.org' }));
      assert.equal(await pms.remindBookingCodes!(GUEST), 'queued');
      assert.deepEqual(await reminders(pms, [booking.code]), []);
    });
  });
}

describe('the SQLite migration to reminders', () => {
  it('keeps the messages already in the outbox, with their ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portier-reminder-migration-'));
    const file = join(dir, 'hotel.sqlite');
    try {
      // a hotel file as the release before the reminder left it
      const old = new Database(file);
      for (const m of MIGRATIONS.slice(0, -1)) old.exec(m);
      old.pragma(`user_version = ${MIGRATIONS.length - 1}`);
      old
        .prepare(
          `INSERT INTO notifications (id, booking_code, event, channel, recipient, booking, status, next_attempt_at, created_at)
           VALUES (7, '700100200', 'booked', 'sms', '+79161234001', '{"code":"700100200"}', 'sent', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z')`,
        )
        .run();
      old.close();
      clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = new SqliteHotelStore(file, { hotel, now, notify: both });
      try {
        const kept = await pms.outbox.listNotifications('700100200');
        assert.deepEqual(
          kept.map((m) => `${m.id}:${m.event}:${m.status}`),
          ['7:booked:sent'],
        );
        const booking = await pms.createBooking(stay({}));
        assert.equal(await pms.remindBookingCodes(GUEST), 'queued');
        const queued = await pms.outbox.listNotifications(booking.code);
        assert.deepEqual(
          queued.map((m) => m.event),
          ['booked', 'reminder'],
        );
        assert.ok(queued.every((m) => m.id > 7));
      } finally {
        await pms.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
