import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands, slots } from './fixture.ts';

test('a plain «нет» to the booking summary is an answer; «не надо», «передумал» drop the booking', async () => {
  assert.deepEqual(slots(await commands('нет', booking('booking_confirmation'))), { booking_confirmation: false });
  for (const q of ['нет, не надо', 'я передумала', 'нет отмените всё']) {
    assert.deepEqual(await commands(q, booking('booking_confirmation')), [{ command: 'cancel flow' }], q);
  }
});

test('«что исправить?» is answered by the part named, or by the new value itself', async () => {
  const cases: [string, string][] = [['имя не то', 'guest_name'], ['фамилию неправильно записали', 'guest_name'], ['телефон другой', 'guest_phone'], ['даты', 'dates'], ['тип номера', 'room_type'], ['гостей будет больше', 'guests']];
  for (const [q, want] of cases) assert.deepEqual(slots(await commands(q, booking('booking_fix'))), { booking_fix: want }, q);
});
