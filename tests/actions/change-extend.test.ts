import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hotelActions } from '../../actions/index.ts';
import { InProcessActions } from '../../src/engine/executor/action-registry.ts';
import { call, services, slotsOf, textOf } from './helpers.ts';

test('change: «продлить ещё на ночь» moves the booking’s own check-out and keeps its check-in; a found booking tells its stay', async () => {
  const s = services();
  const actions = new InProcessActions(hotelActions(), s);
  const b = await s.pms.createBooking({
    room_type: 'comfort',
    check_in: '2026-12-14',
    check_out: '2026-12-16',
    adults: 2,
    children: 0,
    guest_name: 'Нина Карпова',
    phone: '+79000000090',
  });
  const found = await actions.run('action_find_booking', call('action_find_booking', { booking_reference: b.code, booking_proof: '+79000000090' }));
  assert.deepEqual([slotsOf(found)['found_check_in'], slotsOf(found)['found_check_out']], ['2026-12-14', '2026-12-16']);
  const proven = { found_booking_code: b.code, verified_booking_code: b.code };
  const longer = await actions.run('action_quote_change', call('action_quote_change', { ...proven, extra_nights: 1 }));
  assert.equal(slotsOf(longer)['change_status'], 'ok');
  assert.match(textOf(longer), /с 14 по 17 декабря/);
  const shorter = await actions.run('action_quote_change', call('action_quote_change', { ...proven, extra_nights: -1 }));
  assert.match(textOf(shorter), /с 14 по 15 декабря/);
  const moved = await actions.run('action_quote_change', call('action_quote_change', { ...proven, shift_days: 2 }));
  assert.match(textOf(moved), /с 16 по 18 декабря/);
});

test('a booking made in this very conversation is proof enough to find it again here', async () => {
  const s = services();
  const actions = new InProcessActions(hotelActions(), s);
  const slotsMade = {
    room_type: 'standard',
    check_in_date: '2026-12-09',
    check_out_date: '2026-12-10',
    adults: 1,
    children: 0,
    guest_name: 'Лев Сомов',
    guest_phone: '+79000000097',
    booking_confirmation: true,
  };
  const made = await actions.run('action_create_booking', call('action_create_booking', slotsMade));
  const code = slotsOf(made)['booking_code'];
  assert.equal(slotsOf(made)['verified_booking_code'], code);
  const found = await actions.run('action_find_booking', call('action_find_booking', { verified_booking_code: String(code) }));
  assert.equal(slotsOf(found)['lookup_status'], 'found');
});

// tester kind 3: a guest added past the room's limit heard the same refusal again; now the rooms that fit are named
// and the party is kept, so the room named next makes the change
test('change: a party grown past the room hears the rooms it fits and keeps the party for the next answer', async () => {
  const s = services();
  const actions = new InProcessActions(hotelActions(), s);
  const b = await s.pms.createBooking({
    room_type: 'suite',
    check_in: '2026-12-21',
    check_out: '2026-12-23',
    adults: 2,
    children: 0,
    guest_name: 'Тимур Абрамов',
    phone: '+79000000093',
  });
  const proven = { found_booking_code: b.code, verified_booking_code: b.code };
  const grown = await actions.run('action_quote_change', call('action_quote_change', { ...proven, extra_adults: 1 }));
  assert.equal(slotsOf(grown)['change_status'], 'retry');
  assert.match(textOf(grown), /не больше 2 гостей[^.]*\. На эти даты для вас подойдут «Комфорт» или «Семейный»/);
  assert.equal(slotsOf(grown)['adults'], 3);
  const switched = await actions.run('action_quote_change', call('action_quote_change', { ...proven, adults: 3, children: 0, room_type: 'comfort' }));
  assert.equal(slotsOf(switched)['change_status'], 'ok');
  assert.match(textOf(switched), /«Комфорт»[^.]*трое взрослых/);
});
