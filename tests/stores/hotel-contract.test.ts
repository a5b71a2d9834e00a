// One contract, every hotel store: the same behaviour from SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../../src/hotel/errors.ts';
import type { BookingRequest } from '../../src/hotel/types.ts';
import { hotel, storeKinds } from './hotel-kinds.ts';

const kinds = storeKinds;

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
  room_type: 'comfort',
  check_in: '2026-12-14',
  check_out: '2026-12-16',
  adults: 2,
  children: 0,
  guest_name: 'Пётр Сидоров',
  phone: '+7 900 000-00-01',
  ...over,
});

for (const kind of kinds) {
  describe(`hotel store contract: ${kind.name}`, { skip: kind.skip }, () => {
    test('creates a booking priced by the hotel rules and finds it by phone and code', async () => {
      const pms = await kind.open('create');
      try {
        const b = await pms.createBooking(request());
        assert.equal(b.status, 'confirmed');
        assert.equal(b.total_price, 17800);
        assert.equal(b.phone, '+79000000001');
        assert.equal(b.check_in, '2026-12-14');
        assert.equal(b.check_out, '2026-12-16');
        assert.match(b.code, /^[1-9]\d{8}$/);
        assert.equal(b.created_at, '2026-11-24T09:00:00.000Z');
        assert.deepEqual(await pms.findBookings({ phone: '8 900 000 00 01' }), [b]);
        assert.deepEqual(await pms.findBookings({ code: b.code.toLowerCase() }), [b]);
        assert.deepEqual(await pms.findBookings({ phone: '+79000000009' }), []);
        // a staff list by nights: [from, to) overlaps the stay's nights 14 and 15 December
        const later = await pms.createBooking(request({ check_in: '2026-12-20', check_out: '2026-12-21', phone: '+79000000008' }));
        assert.deepEqual(await pms.findBookings({ staying: { from: '2026-12-01', to: '2027-01-01' } }), [b, later]);
        assert.deepEqual(await pms.findBookings({ staying: { from: '2026-12-15', to: '2026-12-16' } }), [b]);
        assert.deepEqual(await pms.findBookings({ staying: { from: '2026-12-16', to: '2026-12-20' } }), []);
      } finally {
        await pms.teardown();
      }
    });

    test('keeps the wishes for the room, cleaned, through a change and in every lookup', async () => {
      const pms = await kind.open('wishes');
      try {
        const b = await pms.createBooking(
          request({ special_requests: ['  две раздельные   кровати ', '', 'Две раздельные кровати', 'номер для гостя на коляске'], phone: '+79000000041' }),
        );
        assert.deepEqual(b.special_requests, ['две раздельные кровати', 'номер для гостя на коляске']);
        assert.deepEqual((await pms.findBookings({ code: b.code }))[0]?.special_requests, b.special_requests);
        // a change of dates keeps them; a change that restates them replaces them; an empty list removes them
        const moved = await pms.changeBooking(b.code, { check_in: '2026-12-15', check_out: '2026-12-17' });
        assert.deepEqual(moved.after.special_requests, b.special_requests);
        const restated = await pms.changeBooking(b.code, { special_requests: ['тихий номер'] });
        assert.deepEqual((await pms.findBookings({ phone: '+79000000041' }))[0]?.special_requests, ['тихий номер']);
        assert.deepEqual(restated.before.special_requests, b.special_requests);
        await pms.changeBooking(b.code, { special_requests: [] });
        assert.deepEqual((await pms.findBookings({ code: b.code }))[0]?.special_requests, []);
        // none given: an empty list, never null
        const plain = await pms.createBooking(request({ phone: '+79000000042' }));
        assert.deepEqual(plain.special_requests, []);
        await assert.rejects(pms.createBooking(request({ special_requests: ['<b>'] })), HotelValidationError);
        await assert.rejects(pms.createBooking(request({ special_requests: Array.from({ length: 9 }, (_, i) => `пожелание ${i}`) })), HotelValidationError);
      } finally {
        await pms.teardown();
      }
    });

    test('availability counts overlapping confirmed bookings per night', async () => {
      const pms = await kind.open('avail');
      try {
        await pms.createBooking(request({ room_type: 'suite', check_in: '2026-12-14', check_out: '2026-12-15' }));
        const b = await pms.createBooking(request({ room_type: 'suite', check_in: '2026-12-15', check_out: '2026-12-17' }));
        const [suite] = await pms.availability({ check_in: '2026-12-13', check_out: '2026-12-17', room_type: 'suite' });
        assert.deepEqual(
          suite?.per_night.map((n) => n.available),
          [2, 1, 1, 1],
        );
        assert.equal(suite?.available, 1);
        assert.equal(suite?.total_price, 4 * 16000);
        await pms.cancelBooking(b.code);
        const [again] = await pms.availability({ check_in: '2026-12-13', check_out: '2026-12-17', room_type: 'suite' });
        assert.deepEqual(
          again?.per_night.map((n) => n.available),
          [2, 1, 2, 2],
        );
        const forFour = await pms.availability({ check_in: '2026-12-13', check_out: '2026-12-17', adults: 4 });
        assert.deepEqual(
          forFour.map((r) => r.room_type),
          ['family'],
        );
        // a child counts toward a room unless under 3 (the hotel's rule): two adults and a child of seven need a
        // room for three, with a baby of one the rooms for two fit
        const withChild = await pms.availability({ check_in: '2026-12-13', check_out: '2026-12-17', adults: 2, children: 1, children_ages: [7] });
        assert.deepEqual(withChild.map((r) => r.room_type).sort(), ['comfort', 'family']);
        const withBaby = await pms.availability({ check_in: '2026-12-13', check_out: '2026-12-17', adults: 2, children: 1, children_ages: [1] });
        assert.equal(withBaby.length, hotel.room_types.length);
      } finally {
        await pms.teardown();
      }
    });

    test('refuses when the last room is gone and after cancellation sells it again', async () => {
      const pms = await kind.open('full');
      try {
        const stay = { room_type: 'suite', check_in: '2026-12-31', check_out: '2027-01-02' };
        const first = await pms.createBooking(request({ ...stay, phone: '+79000000011' }));
        await pms.createBooking(request({ ...stay, phone: '+79000000012' }));
        await assert.rejects(pms.createBooking(request({ ...stay, phone: '+79000000013' })), NoAvailabilityError);
        const cancelled = await pms.cancelBooking(first.code);
        assert.equal(cancelled.status, 'cancelled');
        assert.equal((await pms.cancelBooking(first.code)).status, 'cancelled', 'cancelling twice is harmless');
        await pms.createBooking(request({ ...stay, phone: '+79000000013' }));
        const [suite] = await pms.availability({ check_in: '2026-12-31', check_out: '2027-01-02', room_type: 'suite' });
        assert.equal(suite?.available, 0);
        await assert.rejects(pms.cancelBooking('AAAAAA'), BookingNotFoundError);
      } finally {
        await pms.teardown();
      }
    });

    test('invalid requests are refused with the field named and nothing written', async () => {
      const pms = await kind.open('invalid');
      try {
        const cases: [Partial<BookingRequest>, string][] = [
          [{ check_in: '2026-11-20' }, 'check_in'],
          [{ check_out: '2026-12-13' }, 'check_out'],
          [{ room_type: 'suite', adults: 4 }, 'adults'],
          [{ room_type: 'castle' }, 'room_type'],
          [{ guest_name: ' ' }, 'guest_name'],
          [{ phone: 'нет' }, 'phone'],
        ];
        for (const [over, field] of cases) {
          await assert.rejects(pms.createBooking(request({ ...over, phone: over.phone ?? '+79000000021' })), (e: unknown) => {
            assert.ok(e instanceof HotelValidationError);
            assert.equal(e.field, field);
            return true;
          });
        }
        assert.deepEqual(await pms.findBookings({ phone: '+79000000021' }), []);
      } finally {
        await pms.teardown();
      }
    });

    test('the same idempotency key never makes two bookings, even at once', async () => {
      const pms = await kind.open('idem');
      try {
        const key = 'conv-42:7';
        const results = await Promise.all(Array.from({ length: 5 }, () => pms.createBooking(request({ idempotency_key: key }))));
        assert.equal(new Set(results.map((b) => b.code)).size, 1);
        const again = await pms.createBooking(request({ idempotency_key: key }));
        assert.equal(again.code, results[0]?.code);
        assert.equal((await pms.findBookings({ phone: '+79000000001' })).length, 1);
        const other = await pms.createBooking(request({ idempotency_key: 'conv-42:9' }));
        assert.notEqual(other.code, again.code);
        const [comfort] = await pms.availability({ check_in: '2026-12-14', check_out: '2026-12-16', room_type: 'comfort' });
        assert.equal(comfort?.available, 8 - 2);
      } finally {
        await pms.teardown();
      }
    });

    test('creates and cancels at once keep the room counts equal to the confirmed bookings', async () => {
      const pms = await kind.open('mixed');
      try {
        const phone = '+79000000041';
        const stays = ['2026-12-10', '2026-12-11', '2026-12-12'].map((d, i) => ({
          room_type: 'comfort',
          check_in: d,
          check_out: `2026-12-1${3 + i}`,
          adults: 1,
        }));
        const first = await Promise.all(stays.map((st) => pms.createBooking(request({ ...st, phone }))));
        const work: Promise<unknown>[] = [];
        for (let i = 0; i < 24; i++) work.push(pms.createBooking(request({ ...stays[i % 3]!, guest_name: `Гость ${i}`, phone })).catch((e) => e));
        for (const b of first) work.push(pms.cancelBooking(b.code));
        await Promise.all(work);
        const live = (await pms.findBookings({ phone })).filter((b) => b.status === 'confirmed');
        const [comfort] = await pms.availability({ check_in: '2026-12-10', check_out: '2026-12-16', room_type: 'comfort' });
        for (const n of comfort?.per_night ?? []) {
          const taken = live.filter((b) => b.check_in <= n.date && n.date < b.check_out).length;
          assert.equal(n.available, 8 - taken, n.date);
          assert.ok(n.available >= 0);
        }
      } finally {
        await pms.teardown();
      }
    });

    test('50 parallel creates for the last 2 rooms make exactly 2 bookings', async () => {
      const pms = await kind.open('race');
      try {
        const stay = { room_type: 'family', check_in: '2026-12-26', check_out: '2026-12-28', adults: 4 };
        await pms.createBooking(request({ ...stay, phone: '+79000000031' }));
        await pms.createBooking(request({ ...stay, check_in: '2026-12-27', check_out: '2026-12-29', phone: '+79000000032' }));
        const outcomes = await Promise.allSettled(
          Array.from({ length: 50 }, (_, i) => pms.createBooking(request({ ...stay, guest_name: `Гость ${i}`, phone: '+79000000033' }))),
        );
        const made = outcomes.filter((o) => o.status === 'fulfilled');
        const refused = outcomes.filter((o) => o.status === 'rejected');
        assert.equal(made.length, 2);
        assert.equal(refused.length, 48);
        for (const r of refused) assert.ok((r as PromiseRejectedResult).reason instanceof NoAvailabilityError);
        const [family] = await pms.availability({ check_in: '2026-12-25', check_out: '2026-12-29', room_type: 'family' });
        assert.deepEqual(
          family?.per_night.map((n) => n.available),
          [4, 1, 0, 3],
        );
      } finally {
        await pms.teardown();
      }
    });
  });
}
