// Tester kind (session 8, §6): asking a booking's details with its code and surname is the lookup, whatever words the
// code is dictated in; a plea for an exception right after a refusal asks the rule again. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

test('a booking’s details asked with its code start the lookup with the code and the surname', async () => {
  for (const q of [
    'подскажите детали брони код триста семнадцать двести шестнадцать сто пятнадцать фамилия орлова',
    'ээ хочу уточнить информацию по брони номер брони 317216115 фамилия орлова',
    'посмотрите пожалуйста мою бронь код триста семнадцать двести шестнадцать сто пятнадцать',
  ]) {
    const cs = await commands(q, {});
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'find_booking' }, q);
    assert.equal(slots(cs)['booking_reference'], '317216115', q);
    assert.ok(!cs.some((c) => c.command === 'knowledge'), q);
  }
});

test('a plea for an exception after a refusal is a question about the rule, not nothing', async () => {
  const refused = { history: [{ role: 'bot' as const, text: 'Нет, в номер «Люкс» с питомцем нельзя: с питомцем можно в «Стандарт» и «Комфорт».' }] };
  assert.deepEqual(await commands('ну пожалуйста в виде исключения', refused), [{ command: 'knowledge' }]);
});
