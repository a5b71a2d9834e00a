// A phone dictated in three or more parts (issue 12, A3): each part but the last is taken down («Да, записываю.
// Продолжайте»), and the last completes the number from every part said before it. Sentences written for this test
// in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands, slots } from './fixture.ts';

const goOn = { role: 'bot' as const, text: 'Да, записываю. Продолжайте, пожалуйста.' };
const dictated = (...parts: string[]) => ({ ...booking('guest_phone'), history: parts.flatMap((text) => [{ role: 'user' as const, text }, goOn]) });

test('each part before the last is taken down and the rest awaited', async () => {
  assert.deepEqual(await commands('так записывайте восемь', booking('guest_phone')), [{ command: 'start flow', flow: 'phone_in_parts' }]);
  assert.deepEqual(await commands('девятьсот девяносто девять', dictated('так записывайте восемь')), [{ command: 'start flow', flow: 'phone_in_parts' }]);
  assert.deepEqual(await commands('триста два', dictated('так записывайте восемь', 'девятьсот девяносто девять')), [
    { command: 'start flow', flow: 'phone_in_parts' },
  ]);
});

test('the last part completes the number from every part before it', async () => {
  const three = await commands('семьдесят семь восемьдесят восемь', dictated('плюс семь девятьсот пять', 'шестьсот сорок'));
  assert.equal(slots(three)['guest_phone'], '+79056407788');
  const four = await commands('ноль девять', dictated('так записывайте восемь', 'девятьсот девяносто девять', 'триста два', 'пятнадцать'));
  assert.equal(slots(four)['guest_phone'], '+79993021509');
});
