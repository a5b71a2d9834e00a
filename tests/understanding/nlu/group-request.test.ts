// Issue 12, booking side: a group or an event's rooms are agreed with reception — the organiser is offered it, and a
// booking under way is called off first. One who travels to an event wants one room. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksGroupBooking } from '../../../src/understanding/nlu/group-request.ts';
import { booking, commands } from './fixture.ts';

test('many rooms, a group or an event organised is a group booking', () => {
  for (const said of [
    'мы проводим семинар надо поселить человек тридцать',
    'нам нужно шесть номеров на неделю для бригады',
    'интересует групповое размещение школьников',
    'для нашей группы туристов номера на майские',
    'двенадцать человек из делегации приедут нужны номера',
  ])
    assert.ok(asksGroupBooking(said), said);
});

test('one room for someone going to an event, or a few rooms, is no group booking', () => {
  for (const said of [
    'я лечу на форум мне нужен номер на две ночи',
    'нам три номера на выходные',
    'номер на двоих на свадьбу друга',
    'у вас есть тренажерный зал',
  ])
    assert.ok(!asksGroupBooking(said), said);
});

test('the group booking flow starts, calling off a booking under way', async () => {
  assert.deepEqual(await commands('здравствуйте у нас корпоратив нужно забронировать десять номеров'), [{ command: 'start flow', flow: 'group_booking' }]);
  assert.deepEqual(await commands('ой знаете нас вообще то группа из двадцати человек на конференцию', booking('room_type')), [
    { command: 'cancel flow' },
    { command: 'start flow', flow: 'group_booking' },
  ]);
});
