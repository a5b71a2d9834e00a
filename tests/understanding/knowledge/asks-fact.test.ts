// A hotel fact asked in words the intent model does not place (small talk, «stop», «repeat», out of scope) is
// still a question about that fact; a request about something elsewhere, or a booking with details, is not.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands } from '../nlu/fixture.ts';

const knowledge = [{ command: 'knowledge' }];

test('a hotel object named in a question the model did not place is a question about that fact', async () => {
  for (const q of [
    'алло добрый день а раскладушка у вас найдётся',
    'ээ баню заранее заказывать надо',
    'здравствуйте чемоданы где можно оставить до поезда',
    'дочке семнадцать её одну заселят',
    'мейл у отеля какой',
    'что из себя представляет комфорт',
  ])
    assert.deepEqual(await commands(q), knowledge, q);
});

test('asked in the middle of a booking, it is answered and nothing is called off', async () => {
  assert.deepEqual(await commands('а в сауну записываться надо', booking('guest_name')), knowledge);
});

test('not every mention of a hotel word is a question about the hotel', async () => {
  const elsewhere = await commands('подскажите хорошую пиццерию в центре города');
  assert.ok(!elsewhere.some((c) => c.command === 'knowledge'), JSON.stringify(elsewhere));
  // a booking with its details stays a booking, whatever rule its words meet
  const book = await commands('нужен номер с пятого по седьмое декабря для двоих взрослых и ребёнка десяти лет');
  assert.ok(
    book.some((c) => c.command === 'start flow' && c.flow === 'book_room'),
    JSON.stringify(book),
  );
});
