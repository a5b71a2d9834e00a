// Questions and other requests never start a room booking (issue 12, tester kind 22), and a caller leaves a request in
// their own words (kind 23). Sentences are written for this test in the recogniser's style; none comes from an
// evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands } from './fixture.ts';

const startsBooking = (cs: Awaited<ReturnType<typeof commands>>) => cs.some((c) => c.command === 'start flow' && c.flow === 'book_room');

test('ordering one of the hotel services is answered from its facts, never a room booking', async () => {
  for (const q of [
    'закажите нам трансфер из пулково на пятницу',
    'хотим забронировать место на парковке на субботу',
    'запишите нас в сауну на воскресенье вечером',
  ]) {
    assert.deepEqual(await commands(q), [{ command: 'knowledge' }], q);
  }
  // a room with a service is still a room
  assert.ok(startsBooking(await commands('забронируйте стандарт с парковкой на субботу')));
});

test('a question whether something is allowed is answered, not booked', async () => {
  assert.deepEqual(await commands('а можно ли подростку пятнадцати лет жить у вас одному пару ночей'), [{ command: 'knowledge' }]);
  assert.ok(startsBooking(await commands('можно ли забронировать номер на послезавтра')));
});

test('«а если …» after «Хотите забронировать?» asks the price again, it is no yes', async () => {
  const offered = {
    history: [
      { role: 'user' as const, text: 'почём семейный на выходные' },
      { role: 'bot' as const, text: 'Номер «Семейный» с 27 по 29 ноября — 23 000 рублей за 2 ночи.' },
      { role: 'bot' as const, text: 'Хотите забронировать?' },
    ],
  };
  assert.deepEqual(await commands('а если нас четверо будет сколько выйдет', offered), [{ command: 'knowledge' }]);
  assert.ok(startsBooking(await commands('да давайте', offered)));
});

test('leaving a request in one’s own words calls it off, and what follows is taken', async () => {
  for (const q of ['ой ладно не надо', 'да забудьте', 'не важно уже']) {
    assert.deepEqual(await commands(q, { activeFlow: 'find_booking', requestedSlot: 'booking_reference' }), [{ command: 'cancel flow' }], q);
  }
  assert.deepEqual(await commands('мы ничего не бронируем мы про завтрак хотели узнать во сколько он', booking('check_in_date')), [
    { command: 'cancel flow' },
    { command: 'knowledge' },
  ]);
  assert.deepEqual(await commands('нам номер не нужен нужна сауна на вечер', booking('adults')), [{ command: 'cancel flow' }, { command: 'knowledge' }]);
  // «не важно» alone may answer the question; it leaves nothing
  assert.notDeepEqual(await commands('не важно', booking('room_type')), [{ command: 'cancel flow' }]);
});
