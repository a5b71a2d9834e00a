// A second booking in the same conversation starts clean (book kind 9): the rooms offered to the first booking are
// no choices of the second (action_start_booking clears room_choices, which set_slots cannot), and «и ещё один номер»
// said once the first booking is made is simply the next booking — one room, its guests asked as usual, not «the
// first room's» guests. Sentences written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startBooking } from '../../actions/start-booking.ts';
import { oneMoreRoom, roomsCounted } from '../../src/understanding/lang-ru/room-count.ts';
import { booking, commands, slots } from '../understanding/nlu/fixture.ts';
import { call, slotsOf } from './helpers.ts';

describe('a second booking starts clean', { timeout: 120_000 }, () => {
  it('the rooms offered before are cleared when a booking starts', () => {
    assert.deepEqual(slotsOf(startBooking(call('action_start_booking', { room_choices: ['standard', 'comfort'] }))), { room_choices: null });
    assert.deepEqual(slotsOf(startBooking(call('action_start_booking', { room_choices: null }))), {});
  });

  it('«ещё один номер» after a booking made is one room; rooms counted outright still count', async () => {
    assert.equal(oneMoreRoom('и ещё один номер для тёщи'), true);
    assert.equal(roomsCounted('и ещё один номер для тёщи'), null);
    assert.equal(roomsCounted('нам нужно два номера'), 2);
    const made = { verified_booking_code: 'ABC123' };
    const after = slots(await commands('и ещё один номер нужен на те же даты', {}, made));
    assert.equal(after['rooms_wanted'], undefined);
    assert.equal(slots(await commands('давайте ещё два номера на январь', {}, made))['rooms_wanted'], 2);
    // during a booking, one more room than the one being booked is still two
    assert.equal(slots(await commands('и ещё один номер для родителей', booking('adults')))['rooms_wanted'], 2);
  });
});
