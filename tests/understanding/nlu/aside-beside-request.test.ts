// Set J kind (booking flow): a question to the assistant itself said on the way («вы же автомат, да?») is answered,
// and the request said beside it is taken too. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestSaid } from '../../../src/understanding/nlu/long-turn.ts';
import { commands, slots } from './fixture.ts';

const started = (cs: Awaited<ReturnType<typeof commands>>) =>
  cs.filter((c) => c.command === 'start flow').map((c) => (c.command === 'start flow' ? c.flow : ''));

test('who answered is said, and the request beside the question is taken', async () => {
  const cs = await commands('алло я вам никак не дозвонюсь вы же автомат да ну ничего мне нужен номер на двоих с третьего по пятое декабря');
  assert.deepEqual(started(cs), ['introduce_hotel', 'book_room']);
  assert.deepEqual(slots(cs), { check_in_date: '2026-12-03', check_out_date: '2026-12-05', adults: 2 });
  const second = await commands('с кем я говорю хотела бы забронировать номер на послезавтра');
  assert.deepEqual(started(second), ['introduce_hotel', 'book_room']);
});

test('the question alone is only the introduction', async () => {
  assert.deepEqual(started(await commands('а ты бот что ли')), ['introduce_hotel']);
  assert.equal(requestSaid('а ты бот что ли'), null);
});
