// Issue 12, booking side (J10): a caller who insists after a refusal asks for the same values again, so the booking's
// check refuses them again in the rule's words — never «не понятно» or a question about the hotel.
// Sentences written for this test; today is 24 November 2026.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { UnderstandingContext } from '../../../src/understanding/types.ts';
import { booking, commands, slots } from './fixture.ts';

const refusedAfter = (said: string, refusal: string, asked: string): Partial<UnderstandingContext> => ({
  ...booking(asked),
  history: [
    { role: 'user', text: said },
    { role: 'bot', text: refusal },
  ],
});

test('insisting on a past day or one beyond the horizon says the same day again', async () => {
  const past = refusedAfter('мне на двадцатое ноября номер на сутки', 'Эта дата уже прошла — сегодня 24 ноября.', 'check_in_date');
  for (const said of ['ну так можно на это число или нет', 'а почему нельзя то', 'ну пожалуйста', 'мне всё равно надо'])
    assert.equal(slots(await commands(said, past)).check_in_date, '2026-11-20', said);
  const far = refusedAfter('хотим на апрель двадцать девятого года', 'Так далеко вперёд я забронировать не могу.', 'check_in_date');
  assert.equal(slots(await commands('точно нельзя', far)).check_in_date, '2029-04-01');
});

test('insisting on a party too large for any room says the party again', async () => {
  const ctx = refusedAfter('нас семеро взрослых', 'Самый вместительный номер у нас — «Семейный», до 4 гостей.', 'adults');
  assert.equal(slots(await commands('ну разместите нас всех вместе', ctx)).adults, 7);
});

test('a new answer after a refusal is the answer, and a question without insisting is a question', async () => {
  const past = refusedAfter('мне на двадцатое ноября номер на сутки', 'Эта дата уже прошла — сегодня 24 ноября.', 'check_in_date');
  assert.equal(slots(await commands('тогда на второе декабря', past)).check_in_date, '2026-12-02');
  assert.equal(slots(await commands('а парковка у вас есть', past)).check_in_date, undefined);
});

test('insisting asked with a verb of doing it («вы можете …», «оформите …») or opened with «ну что, можно …»', async () => {
  const past = refusedAfter('нужен номер с восемнадцатого по двадцатое ноября', 'Эта дата уже прошла — сегодня 24 ноября.', 'check_in_date');
  for (const said of ['так вы сможете на те дни записать или нет', 'девушка вы оформите на эти числа или как', 'ну что можно на эти дни'])
    assert.equal(slots(await commands(said, past)).check_in_date, '2026-11-18', said);
  // a question about something else is still a question
  assert.equal(slots(await commands('а что можно посмотреть рядом с вами', past)).check_in_date, undefined);
});
