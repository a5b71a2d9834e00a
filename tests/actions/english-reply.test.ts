// An English-speaking caller (tester kind R6): the reply never says in English that it speaks only Russian, and a
// booking asked for is refused first, with no price read out before it. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hotelActions } from '../../actions/index.ts';
import { InProcessActions } from '../../src/engine/executor/action-registry.ts';
import { call, services, textOf } from './helpers.ts';

async function reply(said: string): Promise<string> {
  const actions = new InProcessActions(hotelActions(), services());
  return textOf(await actions.run('action_answer_in_english', call('action_answer_in_english', {}, { latest_message: { text: said } })));
}

test('the reply in English does not claim to speak only Russian', async () => {
  const said = await reply('hi there, could you help me with something');
  assert.doesNotMatch(said, /speak Russian/);
  assert.match(said, /only in Russian/);
});

// know kinds 17 and 6: facts asked in English are answered in English sentences, every one asked, with no refusal
test('facts asked in English are answered, all of them, with no «only in Russian»', async () => {
  const said = await reply('hi, can I cancel for free and when can we check in');
  assert.match(said, /^Hello! Cancellation is free until \d{1,2}:\d{2}/);
  assert.match(said, /Check-in is from 14:00\./);
  assert.doesNotMatch(said, /only in Russian|connect you/);
  const two = await reply('do you take visa and is there a lift');
  assert.match(two, /We accept .*Visa.*\. We have a lift/);
});

test('a booking asked for in English with a question: the refusal first, then the question answered', async () => {
  const said = await reply('I would like to reserve a room for the weekend, is breakfast included');
  assert.match(said, /^Hello! I can take bookings only in Russian, but our reception speaks English: please call them at \+7[\d -]+\. Breakfast is included/);
});

test('a booking asked for in English: the refusal and reception, no room prices before them', async () => {
  const said = await reply('hello, I want to book a room for two nights, how much is it');
  assert.match(said, /^Hello! I can take bookings only in Russian, but our reception speaks English: please call them at \+7[\d -]+\.$/);
});
