// «нет, не надо администратора …» is a no (issue 12, tester kind 24): a person named only to be declined is no
// request for one; a request said after the refusal is that request, and the offer it answers ends. Sentences are
// written for this test in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterDeclinedPerson } from '../../../src/understanding/nlu/declined-person.ts';
import { commands } from './fixture.ts';

const offered = {
  activeFlow: 'complaint',
  requestedSlot: 'reception_transfer_confirmation',
  history: [{ role: 'bot' as const, text: 'Простите, пожалуйста, за неудобства. Соединить вас с администратором?' }],
};
const no = { command: 'set slot', name: 'reception_transfer_confirmation', value: false, extractor: 'LLM' };

test('what follows a declined person', () => {
  assert.equal(afterDeclinedPerson('да нет не нужен мне никакой администратор'), '');
  assert.equal(afterDeclinedPerson('не переключайте меня никуда а скажите сколько стоит парковка'), 'скажите сколько стоит парковка');
  assert.equal(afterDeclinedPerson('оператора не надо'), '');
  assert.equal(afterDeclinedPerson('позовите администратора'), null);
  assert.equal(afterDeclinedPerson('соедините с ресепшеном пожалуйста'), null);
});

test('a declined person answers the offer with no, never a transfer', async () => {
  for (const q of ['да нет не нужен мне никакой администратор', 'оператора не надо', 'не надо никого звать я просто хотела сказать']) {
    assert.deepEqual(await commands(q, offered), [no], q);
  }
});

test('a request after the refusal is taken, and the offer ends', async () => {
  assert.deepEqual(await commands('нет администратора не надо лучше перенесите мою бронь', offered), [
    { command: 'cancel flow' },
    { command: 'start flow', flow: 'change_booking' },
  ]);
  assert.deepEqual(await commands('не переключайте меня никуда а во сколько завтрак', offered), [no, { command: 'knowledge' }]);
});

test('asking for someone above the administrator is a request for a person', async () => {
  for (const q of ['нет соедините с директором', 'дайте мне руководство']) assert.deepEqual(await commands(q, offered), [{ command: 'human handoff' }], q);
});
