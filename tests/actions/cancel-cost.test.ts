// A cancellation of a stay that starts within a day says what it costs, not the whole rule (hotel.yml: free until
// 14:00 the day before check-in). The clock is 24 November 2026, 12:00 in the hotel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hotelActions } from '../../actions/index.ts';
import { InProcessActions } from '../../src/engine/executor/action-registry.ts';
import { call, services, textOf } from './helpers.ts';

async function cancelStay(check_in: string, check_out: string, phone: string): Promise<string> {
  const s = services();
  const actions = new InProcessActions(hotelActions(), s);
  const b = await s.pms.createBooking({ room_type: 'standard', check_in, check_out, adults: 1, children: 0, guest_name: 'Роза Ильина', phone });
  const proven = { found_booking_code: b.code, verified_booking_code: b.code, cancel_confirmation: true };
  return textOf(await actions.run('action_cancel_booking', call('action_cancel_booking', proven)));
}

test('a stay from tomorrow cancelled before the deadline: «бесплатная», the rule not recited', async () => {
  const said = await cancelStay('2026-11-25', '2026-11-26', '+79000000061');
  assert.match(said, /отменена\. Отмена бесплатная\.$/);
  assert.doesNotMatch(said, /правил/);
});

test('a stay from today: only what the late cancellation costs', async () => {
  const said = await cancelStay('2026-11-24', '2026-11-25', '+79000000062');
  assert.match(said, /отменена\. Отмена уже не бесплатная: придётся оплатить стоимость первой ночи\.$/);
});
