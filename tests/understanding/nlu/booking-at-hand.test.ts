// The booking at hand (issue 12, tester kinds 7–9, 11): after a booking was made or found in this conversation, the
// caller changes or cancels it in everyday words without naming it. Every sentence is written for this test in the
// recogniser's style (lower case, numbers as words); none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stayChange } from '../../../src/understanding/lang-ru/stay-change.ts';
import { commands, slots } from './fixture.ts';

const made = { verified_booking_code: '472901338' };
const afterBooking = {
  history: [
    { role: 'bot' as const, text: 'Готово, номер забронирован! Код вашей брони: 472901338.' },
    { role: 'bot' as const, text: 'Чем ещё могу помочь?' },
  ],
};
const started = (cs: Awaited<ReturnType<typeof commands>>) => cs.find((c) => c.command === 'start flow');

test('which end of the stay a relative change moves', () => {
  assert.deepEqual(stayChange('ну давайте на неделю попозже'), { shift: 7, extra: 0 });
  assert.deepEqual(stayChange('перенесите на пару дней'), { shift: 2, extra: 0 });
  assert.deepEqual(stayChange('сдвиньте на три дня назад'), { shift: -3, extra: 0 });
  assert.deepEqual(stayChange('мы задержимся ещё на две ночи'), { shift: 0, extra: 2 });
  assert.deepEqual(stayChange('выедем на денёк раньше'), { shift: 0, extra: -1 });
  assert.deepEqual(stayChange('заедем на день позже а выезд тот же'), { shift: 1, extra: -1 });
  assert.deepEqual(stayChange('приедем на сутки позже'), { shift: 1, extra: -1 });
  assert.deepEqual(stayChange('накиньте ещё ночку'), { shift: 0, extra: 1 });
  assert.equal(stayChange('перенесите на двенадцатое'), null);
  assert.equal(stayChange('а ещё вопрос про завтрак'), null);
});

test('cancelling the booking at hand in everyday words', async () => {
  for (const q of ['ой знаете лучше отмените', 'давайте её вообще аннулируем', 'всё отбой мы не приедем', 'бронь уже не нужна', 'отменяйте её']) {
    assert.deepEqual(started(await commands(q, afterBooking, made)), { command: 'start flow', flow: 'cancel_booking' }, q);
  }
});

test('changing the booking at hand: dates moved, nights added, another room, one person more', async () => {
  const change = async (q: string) => {
    const cs = await commands(q, afterBooking, made);
    assert.deepEqual(started(cs), { command: 'start flow', flow: 'change_booking' }, q);
    return slots(cs);
  };
  assert.deepEqual(await change('а можно всё на недельку позже'), { shift_days: 7 });
  assert.deepEqual(await change('нам бы ещё одну ночку'), { extra_nights: 1 });
  assert.deepEqual(await change('хотим уехать на день попозже'), { extra_nights: 1 });
  assert.deepEqual(await change('что-то дороговато выходит давайте лучше комфорт'), { room_type: 'comfort' });
  assert.deepEqual(await change('хотим вместо стандарта семейный'), { room_type: 'family' });
  assert.deepEqual(await change('к нам ещё брат присоединится'), { extra_adults: 1 });
  assert.deepEqual(await change('можно добавить ещё одного коллегу'), { extra_adults: 1 });
});

test('without a booking at hand, or about something else, nothing is changed or cancelled', async () => {
  // no booking in this conversation: a new booking or a question, as before
  assert.notDeepEqual(started(await commands('давайте лучше комфорт на выходные', afterBooking)), { command: 'start flow', flow: 'change_booking' });
  // a pet is no person added; a question about breakfast is no change
  for (const q of ['а с нами поедет собачка можно', 'а завтрак во сколько']) {
    const s = started(await commands(q, afterBooking, made));
    assert.ok(!s || (s.command === 'start flow' && !['change_booking', 'cancel_booking'].includes(s.flow)), q);
  }
  // «не отменяйте» keeps it
  assert.notDeepEqual(started(await commands('нет нет не отменяйте', afterBooking, made)), { command: 'start flow', flow: 'cancel_booking' });
});

test('cancelling while a change runs replaces the change (it is never resumed afterwards)', async () => {
  const cs = await commands('планы поменялись лучше отмените её', { activeFlow: 'change_booking', requestedSlot: 'change_target' }, made);
  assert.deepEqual(cs.slice(0, 2), [{ command: 'cancel flow' }, { command: 'start flow', flow: 'cancel_booking' }]);
});
