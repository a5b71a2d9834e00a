// Cancelling or changing an existing booking said many ways (issue 12, session 4), and what is not that: a new
// booking with «снять номер», a cancellation policy question, a correction while a new booking is made.
// Every sentence is written for this test; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookingManagementCue } from '../../../src/understanding/nlu/booking-cues.ts';
import { booking, commands } from './fixture.ts';

test('removing the room, the order or the stay is a cancellation', async () => {
  for (const q of [
    'уберите, пожалуйста, наш номер на декабрь',
    'аннулируйте заказ, он нам не нужен',
    'я не доеду, снимите мою бронь',
    'бронирование больше не актуально',
    'хотим отказаться от номера',
    // the reason said first («изменились», «поменялось») asks for nothing: the request is the removal
    'обстоятельства изменились, так что аннулируйте бронирование',
    'ну всё поменялось у нас снимите бронь',
    'даты у мужа сдвинулись, уберите наш номер',
  ]) {
    assert.equal(bookingManagementCue(q), 'cancel_booking', q);
    assert.deepEqual((await commands(q))[0], { command: 'start flow', flow: 'cancel_booking' }, q);
  }
});

test('moving the dates or the stay is a change', async () => {
  for (const q of [
    'передвиньте мне заезд на пару дней',
    'нужно сдвинуть бронь на неделю позже',
    'можно продлить проживание ещё на ночь',
    'уже есть бронь, но приедем в другие числа',
    'мы бронировали комфорт, а теперь с нами едет ещё сестра, нужно на троих',
    'время заезда хочу перенести на два дня позже',
  ]) {
    assert.equal(bookingManagementCue(q), 'change_booking', q);
    assert.deepEqual((await commands(q))[0], { command: 'start flow', flow: 'change_booking' }, q);
  }
});

test('a new booking, a policy question and a correction are not', async () => {
  for (const q of [
    'хотим снять номер на двоих',
    'нужен номер на выходные',
    'что будет, если не приеду',
    'мне не надо ничего бронировать',
    'у меня забронирован стандарт, а завтрак там входит?',
    // the hour of arriving or leaving is the early check-in or late check-out rule
    'ну а час заселения никак нельзя сдвинуть на утро',
    'время выезда можно перенести попозже',
    'а заселение по времени никак не сдвинуть',
  ])
    assert.equal(bookingManagementCue(q), null, q);
  assert.deepEqual(await commands('а если отменить бронь за день, штраф будет?'), [{ command: 'knowledge' }]);
  // while a new booking is made, «поменяйте даты» corrects that booking
  const cs = await commands('поменяйте даты на с 9 по 11 декабря', booking('guest_name'));
  assert.ok(!cs.some((c) => c.command === 'start flow' && c.flow === 'change_booking'));
});

test('the booking the caller has, named in the middle of a new one, is changed; an order of a table is no room', async () => {
  const cs = await commands('кстати у нас уже есть бронь на январь, с нами поедет ещё брат', booking('adults'));
  assert.deepEqual(cs[0], { command: 'start flow', flow: 'change_booking' });
  for (const q of ['забронируйте нам стол в грузинском ресторане на пятницу', 'закажите экскурсию по каналам на воскресенье']) {
    assert.deepEqual(await commands(q), [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }], q);
    assert.deepEqual(await commands(q, booking('check_in_date')), [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }], q);
  }
  assert.deepEqual((await commands('хочу забронировать номер и парковку на пятницу'))[0], { command: 'start flow', flow: 'book_room' });
});
