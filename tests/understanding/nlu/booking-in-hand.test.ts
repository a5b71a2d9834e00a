// The booking just made (or found) in this conversation is the one the caller goes on about (issue 12, kind B): a
// wish or a complaint about it changes it, a bare «отменяйте» after the fee was asked about cancels. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

const made = { verified_booking_code: '123456789' };
const afterBooking = {
  history: [
    { role: 'bot' as const, text: 'Готово, номер забронирован! Код вашей брони: 123456789.' },
    { role: 'bot' as const, text: 'Чем ещё могу помочь?' },
  ],
};

test('a wish about the booking just made changes it', async () => {
  for (const [said, expected] of [
    ['ой нет дороговато получилось давайте лучше комфорт', { room_type: 'comfort' }],
    ['знаете а можно всё-таки на троих мы с сестрой и мамой', { adults: 3 }],
    ['слушайте давайте лучше с девятого по одиннадцатое', { check_in_date: '2026-12-09', check_out_date: '2026-12-11' }],
    ['ой я ошиблась нас будет двое', { adults: 2 }],
    ['нет давайте вместо люкса семейный', { room_type: 'family' }],
  ] as const) {
    const cs = await commands(said, afterBooking, made);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'change_booking' }, said);
    assert.deepEqual(slots(cs), expected, said);
  }
});

test('another booking asked for beside it is a new booking; without a booking in hand the same words book', async () => {
  for (const said of ['и ещё один номер стандарт на те же даты для родителей', 'забронируйте ещё люкс на январь с пятого по седьмое']) {
    const cs = await commands(said, afterBooking, made);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'book_room' }, said);
  }
  assert.deepEqual((await commands('давайте лучше комфорт на двоих', afterBooking))[0], { command: 'start flow', flow: 'book_room' });
});

test('«ну тогда отменяйте» right after the cancellation fee, or with a booking in hand, cancels', async () => {
  const feeAnswered = {
    history: [
      { role: 'user' as const, text: 'а если отменить бронь деньги возьмёте' },
      { role: 'bot' as const, text: 'Бесплатная отмена до 14:00 за сутки до даты заезда.' },
    ],
  };
  for (const said of ['ну тогда отменяйте', 'понятно давайте отменим', 'ладно аннулируйте её', 'раз так отменяйте пожалуйста']) {
    assert.deepEqual(await commands(said, feeAnswered), [{ command: 'start flow', flow: 'cancel_booking' }], said);
    assert.deepEqual(await commands(said, afterBooking, made), [{ command: 'start flow', flow: 'cancel_booking' }], said);
  }
  // with nothing to cancel in sight it is no cancellation
  const other = { history: [{ role: 'bot' as const, text: 'Завтрак с 7:00 до 11:00.' }] };
  assert.notDeepEqual(await commands('ну тогда отменяйте', other), [{ command: 'start flow', flow: 'cancel_booking' }]);
});

test('a booking said with a pet beside its details is the booking, the pet kept for the room’s rule', async () => {
  for (const said of ['нам номер на эти выходные я с мужем и у нас кот', 'комфорт с третьего по пятое на одного и со мной собачка']) {
    const cs = await commands(said);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'book_room' }, said);
    assert.ok(typeof slots(cs).pet === 'string' && typeof slots(cs).check_in_date === 'string', said);
  }
  // asked outright, the rule is answered as well
  const asked = await commands('на двоих с девятого по одиннадцатое, с собакой можно?');
  assert.deepEqual(asked[0], { command: 'start flow', flow: 'book_room' });
  assert.deepEqual(asked.at(-1), { command: 'knowledge' });
});
