// The caller checks the line or is not ready (issue 12, tester kind 26): «вы меня слышите?», «алло, вы тут?» get «Да,
// я вас слышу» (and, in a request, its question again, without «Итак, продолжим»); «подождите, я не готова» is a
// hold. Sentences are written for this test in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checksLine, holdsTheLine } from '../../../src/understanding/nlu/control-cues.ts';
import { booking, commands } from './fixture.ts';

test('a line check and a caller not ready, by their shape', () => {
  for (const q of ['алло алло вы меня слышите', 'меня слышно', 'ну вы тут', 'всё я вернулась']) assert.ok(checksLine(q), q);
  for (const q of ['подождите я ещё не готова', 'секундочку ручку возьму запишу']) assert.ok(holdsTheLine(q), q);
  // a question said with it is a question
  assert.ok(!checksLine('вы меня слышите а завтрак во сколько'));
  assert.ok(!holdsTheLine('подождите а парковка есть'));
});

test('in a request the line check starts line_check; the hold starts hold_on', async () => {
  const asked = {
    ...booking('adults'),
    history: [
      { role: 'user' as const, text: 'хочу номер на выходные' },
      { role: 'bot' as const, text: 'Сколько вас будет?' },
    ],
  };
  assert.deepEqual(await commands('алло вы меня слышите', asked), [{ command: 'start flow', flow: 'line_check' }]);
  assert.deepEqual(await commands('погодите я не готов', asked), [{ command: 'start flow', flow: 'hold_on' }]);
});

test('the first part of a phone dictated is taken down and the rest awaited; the rest completes it', async () => {
  const asked = booking('guest_phone');
  assert.deepEqual(await commands('плюс семь девятьсот двадцать шесть', asked), [{ command: 'start flow', flow: 'phone_in_parts' }]);
  const after = {
    ...asked,
    history: [
      { role: 'user' as const, text: 'плюс семь девятьсот двадцать шесть' },
      { role: 'bot' as const, text: 'Да, записываю. Продолжайте, пожалуйста.' },
    ],
  };
  const rest = await commands('четыреста один двадцать два восемьдесят', after);
  assert.deepEqual(
    rest.filter((c) => c.command === 'set slot'),
    [{ command: 'set slot', name: 'guest_phone', value: '+79264012280', extractor: 'LLM' }],
  );
});
