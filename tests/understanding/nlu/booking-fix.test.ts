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
  const cases: [string, string][] = [
    ['имя не то', 'guest_name'],
    ['фамилию неправильно записали', 'guest_name'],
    ['телефон другой', 'guest_phone'],
    ['даты', 'dates'],
    ['тип номера', 'room_type'],
    ['гостей будет больше', 'guests'],
  ];
  for (const [q, want] of cases) assert.deepEqual(slots(await commands(q, booking('booking_fix'))), { booking_fix: want }, q);
});

test('«не помню код» to the code question tells once how else to prove the booking and ends the lookup; a code or phone without it is still the answer', async () => {
  const lookup = { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' };
  const lost = [{ command: 'cancel flow' }, { command: 'start flow', flow: 'booking_code_lost' }];
  for (const q of ['я не помню код', 'код потерялся... потеряла я его', 'а кода у меня нет', 'забыла его', 'не помню код, бронь на телефон 8 921 555 00 00']) {
    assert.deepEqual(await commands(q, lookup), lost, q);
  }
  assert.deepEqual(slots(await commands('вот телефон 8 921 555 00 00', lookup)), { booking_proof: '+79215550000' });
});
