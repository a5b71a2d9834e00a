// Set J B5: a booking's code and the surname that proves it said in one breath are both taken, so the proof is not
// asked for again. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

test('the code and the surname said together: both taken', async () => {
  assert.deepEqual(slots(await commands('отмените бронирование код 731 204 958 на фамилию кравец')), {
    booking_proof: 'Кравец',
    booking_reference: '731204958',
  });
  const asked = slots(
    await commands('семьсот тридцать один двести четыре девятьсот пятьдесят восемь фамилия гайдамак', {
      activeFlow: 'change_booking',
      requestedSlot: 'booking_reference',
    }),
  );
  assert.equal(asked.booking_reference, '731204958');
  assert.equal(String(asked.booking_proof).toLowerCase(), 'гайдамак');
});

test('a code alone is no proof', async () => {
  assert.deepEqual(slots(await commands('731204958', { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' })), {
    booking_reference: '731204958',
  });
});
