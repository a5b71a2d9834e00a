// Issue 12, booking side: right after a booking made in this call, a new day for one end of the stay («а можно
// выезд не пятого а шестого») changes that booking; a question about the hours is still a question.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SlotValue } from '../../../src/engine/commands.ts';
import type { UnderstandingContext } from '../../../src/understanding/types.ts';
import { commands, slots } from './fixture.ts';

const justBooked: [Partial<UnderstandingContext>, Record<string, SlotValue>] = [
  {
    history: [
      { role: 'bot', text: 'Готово, номер забронирован! Код вашей брони: 482913570.' },
      { role: 'bot', text: 'Чем ещё могу помочь?' },
    ],
  },
  { verified_booking_code: '482913570' },
];

test('a new day for an end of the stay changes the booking at hand', async () => {
  for (const [said, slot] of [
    ['слушайте а можно уехать не седьмого а восьмого', 'check_out_date'],
    ['ой а заезд давайте лучше четвёртого', 'check_in_date'],
    ['выезд наверное сделаем девятого', 'check_out_date'],
  ] as const) {
    const cs = await commands(said, ...justBooked);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'change_booking' }, said);
    assert.ok(slots(cs)[slot], said);
  }
});

test('the hours of an end of the stay asked after a booking are a question', async () => {
  assert.deepEqual(await commands('а выезд до скольки', ...justBooked), [{ command: 'knowledge' }]);
});
