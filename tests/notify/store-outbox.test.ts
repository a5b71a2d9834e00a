// The outbox is written by the booking transactions themselves, on SQLite and on PostgreSQL: a booking or
// a cancellation queues one message per configured channel, a replayed confirmation (same idempotency key)
// queues nothing more, a refused booking queues nothing, and a store without channels queues nothing. A change
// queues the guest's letter as notify/change-notice.ts decides: not for wishes the staff edited alone.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import type { BookingRequest, Pms } from '../../src/hotel/types.ts';
import { hasOutbox, type NotifyChannels } from '../../src/notify/types.ts';
import { PostgresHotelStore } from '../../src/stores/hotel-postgres.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { POSTGRES_URL, postgresMissing, uniqueName } from '../helpers/services.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const request: BookingRequest = {
  room_type: 'suite',
  check_in: '2026-12-09',
  check_out: '2026-12-10',
  adults: 2,
  children: 0,
  guest_name: 'Анна Смирнова',
  phone: '+79161110000',
  email: 'anna@example.org',
  idempotency_key: 'conv-1:confirm',
};
const both: NotifyChannels = { sms: true, email: true };
const pgSkip = await postgresMissing();

const stores: { name: string; skip: string | null; open: (notify?: NotifyChannels) => Promise<Pms> }[] = [
  { name: 'SQLite', skip: null, open: async (notify) => new SqliteHotelStore(':memory:', { hotel, now, notify }) },
  {
    name: 'PostgreSQL',
    skip: pgSkip,
    open: (notify) => PostgresHotelStore.open({ hotel, now, notify, connectionString: POSTGRES_URL, schema: uniqueName('outbox') }),
  },
];

const opened: Pms[] = [];
after(async () => {
  for (const s of opened) await s.close();
});

for (const store of stores) {
  describe(`booking confirmations queued by the ${store.name} hotel store`, { skip: store.skip ?? false }, () => {
    it('a booking queues an SMS and an e-mail; its replay queues nothing more; a cancellation queues its own', async () => {
      const pms = await store.open(both);
      opened.push(pms);
      assert.ok(hasOutbox(pms));
      const booking = await pms.createBooking(request);
      await pms.createBooking(request);
      const queued = await pms.outbox.listNotifications(booking.code);
      assert.deepEqual(
        queued.map((m) => `${m.event}:${m.channel}:${m.recipient}:${m.status}`),
        ['booked:sms:+79161110000:queued', 'booked:email:anna@example.org:queued'],
      );
      assert.equal(queued[0]!.booking.code, booking.code);
      await pms.changeBooking(booking.code, { check_out: '2026-12-11' });
      await pms.cancelBooking(booking.code);
      const all = await pms.outbox.listNotifications(booking.code);
      assert.deepEqual(all.map((m) => `${m.event}:${m.channel}`).slice(2), ['changed:sms', 'changed:email', 'cancelled:sms', 'cancelled:email']);
      assert.equal(all[2]!.booking.check_out, '2026-12-11', 'the change letter tells the new dates');
    });

    it('a change by the staff queues the guest a letter only when the stay changes; the guest’s own change of wishes does', async () => {
      const pms = await store.open(both);
      opened.push(pms);
      assert.ok(hasOutbox(pms));
      const booking = await pms.createBooking({ ...request, check_in: '2026-12-12', check_out: '2026-12-14', idempotency_key: 'wishes' });
      const events = async () => (await pms.outbox.listNotifications(booking.code)).map((m) => `${m.event}:${m.channel}`);
      // the desk notes a wish, then saves the form again untouched: the guest hears of neither
      await pms.changeBooking(booking.code, { special_requests: ['окна во двор'] }, 'staff');
      const { room_type, check_in, check_out, adults, children } = booking;
      await pms.changeBooking(booking.code, { room_type, check_in, check_out, adults, children, special_requests: ['окна во двор'] }, 'staff');
      assert.deepEqual(await events(), ['booked:sms', 'booked:email']);
      assert.deepEqual((await pms.findBookings({ code: booking.code }))[0]?.special_requests, ['окна во двор'], 'the note is kept');
      // a night longer: the stay changed, so the guest is told (with the wishes as they now are)
      await pms.changeBooking(booking.code, { check_out: '2026-12-15' }, 'staff');
      const told = await pms.outbox.listNotifications(booking.code);
      assert.deepEqual(told.map((m) => `${m.event}:${m.channel}`).slice(2), ['changed:sms', 'changed:email']);
      assert.deepEqual([told[2]!.booking.check_out, told[2]!.booking.special_requests], ['2026-12-15', ['окна во двор']]);
      // the guest changing their own wishes (no author given: the guest) gets them confirmed
      await pms.changeBooking(booking.code, { special_requests: [] });
      assert.deepEqual((await events()).slice(4), ['changed:sms', 'changed:email']);
    });

    it('a booking that fails (no room) queues nothing, and no channel means no message', async () => {
      const pms = await store.open({ sms: true, email: false });
      opened.push(pms);
      const rooms = hotel.room_types.find((r) => r.code === 'suite')!.count;
      for (let i = 0; i < rooms; i++) await pms.createBooking({ ...request, idempotency_key: `k${i}`, phone: `+7916111000${i}` });
      await assert.rejects(pms.createBooking({ ...request, idempotency_key: 'one-too-many', phone: '+79161119999' }));
      assert.ok(hasOutbox(pms));
      const last = await pms.findBookings({ phone: '+79161119999' });
      assert.equal(last.length, 0);
      const off = await store.open(undefined);
      opened.push(off);
      const b = await off.createBooking({ ...request, check_in: '2026-12-20', check_out: '2026-12-21', idempotency_key: 'quiet' });
      assert.ok(hasOutbox(off));
      assert.deepEqual(await off.outbox.listNotifications(b.code), []);
    });
  });
}
