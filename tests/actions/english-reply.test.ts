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
  const said = await reply('hi there, do you have parking?');
  assert.doesNotMatch(said, /speak Russian/);
  assert.match(said, /only in Russian/);
});

test('a booking asked for in English: the refusal and reception, no room prices before them', async () => {
  const said = await reply('hello, I want to book a room for two nights, how much is it');
  assert.match(said, /^Hello! I can take bookings only in Russian, but our reception speaks English: please call them at \+7[\d -]+\.$/);
});
