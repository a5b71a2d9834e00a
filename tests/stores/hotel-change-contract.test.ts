// Changing a booking and counting failed identity checks: the same behaviour from SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../../src/hotel/errors.ts';
import type { BookingRequest, Pms } from '../../src/hotel/types.ts';
import { storeKinds } from './hotel-kinds.ts';

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
  room_type: 'suite',
  check_in: '2026-12-14',
  check_out: '2026-12-16',
  adults: 2,
  children: 0,
  guest_name: 'Пётр Сидоров',
  phone: '+79000000001',
  ...over,
});

async function freeSuites(pms: Pms, from: string, to: string): Promise<number[]> {
  const [suite] = await pms.availability({ check_in: from, check_out: to, room_type: 'suite' });
  return suite?.per_night.map((n) => n.available) ?? [];
}

for (const kind of storeKinds) {
  describe(`hotel store change and access: ${kind.name}`, { skip: kind.skip }, () => {
    test('a booking moves onto nights it partly holds itself; a full night refuses the move and changes nothing', async () => {
      const pms = await kind.open('change');
      try {
        const a = await pms.createBooking(request());
        await pms.createBooking(request({ check_in: '2026-12-15', check_out: '2026-12-17', phone: '+79000000002' }));
        // the 15th is full (a and b) but a's own room counts as free for a
        const preview = await pms.previewChange(a.code, { check_in: '2026-12-15', check_out: '2026-12-17' });
        assert.deepEqual(await freeSuites(pms, '2026-12-14', '2026-12-18'), [1, 0, 1, 2], 'a preview writes nothing');
        const moved = await pms.changeBooking(a.code, { check_in: '2026-12-15', check_out: '2026-12-17' });
        assert.deepEqual(moved, preview);
        assert.equal(moved.before.check_in, '2026-12-14');
        assert.equal(moved.after.check_in, '2026-12-15');
        assert.equal(moved.after.code, a.code);
        assert.deepEqual(await freeSuites(pms, '2026-12-14', '2026-12-18'), [2, 0, 0, 2]);
        assert.deepEqual((await pms.findBookings({ code: a.code }))[0], moved.after);

        await pms.createBooking(request({ check_in: '2026-12-17', check_out: '2026-12-18', phone: '+79000000003' }));
        await pms.createBooking(request({ check_in: '2026-12-17', check_out: '2026-12-18', phone: '+79000000004' }));
        await assert.rejects(pms.changeBooking(a.code, { check_out: '2026-12-18' }), NoAvailabilityError);
        await assert.rejects(pms.previewChange(a.code, { check_out: '2026-12-18' }), NoAvailabilityError);
        assert.deepEqual(await freeSuites(pms, '2026-12-14', '2026-12-19'), [2, 0, 0, 0, 2], 'the refused move kept the old nights');
        assert.deepEqual((await pms.findBookings({ code: a.code }))[0], moved.after);

        // another room type and party: the suite nights are freed, the price is the comfort price
        const comfort = await pms.changeBooking(a.code, { room_type: 'comfort', adults: 3 });
        assert.equal(comfort.after.room_type, 'comfort');
        assert.equal(comfort.after.adults, 3);
        assert.equal(comfort.after.total_price, 2 * 8900);
        assert.equal(comfort.before.total_price, moved.after.total_price);
        assert.deepEqual(await freeSuites(pms, '2026-12-15', '2026-12-17'), [1, 1]);
        await assert.rejects(pms.changeBooking(a.code, { room_type: 'suite', adults: 5 }), HotelValidationError);
        await assert.rejects(pms.changeBooking(a.code, { check_in: '2026-11-01' }), HotelValidationError);
        await pms.cancelBooking(a.code);
        await assert.rejects(pms.changeBooking(a.code, { adults: 1 }), BookingNotFoundError);
        await assert.rejects(pms.previewChange('999999999', { adults: 1 }), BookingNotFoundError);
      } finally {
        await pms.teardown();
      }
    });

    test('changes and new bookings racing for the last suite: exactly one gets it', async () => {
      const pms = await kind.open('changerace');
      try {
        const stay = { room_type: 'suite', check_in: '2026-12-20', check_out: '2026-12-21' };
        await pms.createBooking(request({ ...stay, phone: '+79000000011' }));
        const movers = await Promise.all(
          [12, 13, 14, 15].map((i) =>
            pms.createBooking(request({ room_type: 'comfort', check_in: '2026-12-22', check_out: '2026-12-23', phone: `+790000000${i}` })),
          ),
        );
        const outcomes = await Promise.allSettled([
          ...movers.map((b) => pms.changeBooking(b.code, stay)),
          ...Array.from({ length: 4 }, (_, i) => pms.createBooking(request({ ...stay, phone: `+790000000${20 + i}` }))),
        ]);
        assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
        for (const o of outcomes) if (o.status === 'rejected') assert.ok(o.reason instanceof NoAvailabilityError, String(o.reason));
        assert.deepEqual(await freeSuites(pms, '2026-12-20', '2026-12-21'), [0]);
        const [comfort] = await pms.availability({ check_in: '2026-12-22', check_out: '2026-12-23', room_type: 'comfort' });
        const stillComfort = (await Promise.all(movers.map((b) => pms.findBookings({ code: b.code })))).filter(([b]) => b?.room_type === 'comfort').length;
        assert.equal(comfort?.available, 8 - stillComfort);
      } finally {
        await pms.teardown();
      }
    });

    test('five failed checks within an hour lock a key for an hour; phones count in any spelling', async () => {
      let clock = new Date('2026-11-24T12:00:00+03:00').getTime();
      const pms = await kind.open('access', () => new Date(clock));
      try {
        const phone = { kind: 'phone' as const, value: '8 900 000-00-01' };
        const code = { kind: 'code' as const, value: '472901338' };
        const caller = { kind: 'caller' as const, value: 'ip:203.0.113.7' };
        for (let i = 0; i < 4; i++) {
          assert.deepEqual(await pms.recordAccessFailure([code, i % 2 ? phone : { kind: 'phone', value: '+79000000001' }]), []);
          clock += 60_000;
        }
        assert.deepEqual(await pms.lockedAccessKeys([code, phone, caller]), []);
        assert.deepEqual(await pms.recordAccessFailure([code, phone, caller]), [code, phone]);
        assert.deepEqual(await pms.lockedAccessKeys([caller, phone, code, { kind: 'code', value: '472 901 339' }]), [phone, code]);
        clock += 59 * 60_000;
        assert.deepEqual(await pms.lockedAccessKeys([code, phone]), [code, phone], 'locked for the whole hour');
        clock += 2 * 60_000;
        assert.deepEqual(await pms.lockedAccessKeys([code, phone]), []);
        // the old failures have left the window: one more failure does not lock again
        assert.deepEqual(await pms.recordAccessFailure([code]), []);
      } finally {
        await pms.teardown();
      }
    });
  });
}
