// Callers off the happy path (issue 12, kind 10), read by their shape. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { complains, complainsAboutStaff, refusesPhone, speaksEnglish } from '../../../src/understanding/nlu/off-path.ts';
import { context, projectGenerator } from './fixture.ts';

type Ctx = Parameters<typeof context>;

async function commands(text: string, ...ctx: Ctx): Promise<Command[]> {
  const g = await projectGenerator();
  return (await g.understand(text, context(...ctx))).commands;
}

const complaintAbout = (value: string): Command => ({ command: 'set slot', name: 'complaint_about', value, extractor: 'NLU' });

const atPhone = { activeFlow: 'book_room', requestedSlot: 'guest_phone' };

test('a complaint or a rude word starts the complaint flow; a question about hours does not', async () => {
  for (const q of ['алло у нас в номере не работает телевизор', 'ну в номере грязно вообще не убрано', 'соседи шумят всю ночь', 'вы бестолковые что ли']) {
    assert.ok(complains(q), q);
    assert.deepEqual(await commands(q), [{ command: 'start flow', flow: 'complaint' }, complaintAbout('hotel')], q);
  }
  // about a member of staff: the complaint says so, and the administrator complained of is not offered
  for (const q of ['хочу пожаловаться на администратора', 'мужчина за стойкой ресепшена мне нагрубил, это хамство', 'ваши сотрудники ужасно обслуживают']) {
    assert.ok(complainsAboutStaff(q), q);
    assert.deepEqual(await commands(q), [{ command: 'start flow', flow: 'complaint' }, complaintAbout('staff')], q);
  }
  assert.equal(complainsAboutStaff('в номере грязно, администратор, пришлите уборку'), true);
  assert.equal(complainsAboutStaff('соедините с администратором'), false);
  assert.equal(complains('а сауна по понедельникам не работает ли'), false);
  assert.equal(complains('до скольки не работает ресторан'), false);
});

test('an English speaker starts english_speaker; a room named in English does not', async () => {
  for (const q of ['hello', 'Hi, do you speak English?', 'I would like to book a room please']) {
    assert.ok(speaksEnglish(q), q);
    assert.deepEqual(await commands(q), [{ command: 'start flow', flow: 'english_speaker' }], q);
  }
  assert.equal(speaksEnglish('family room'), false);
  assert.equal(speaksEnglish('anna@example.com'), false);
  assert.equal(speaksEnglish('стандарт please'), false);
  // in the middle of a booking the Russian request is called off, so no Russian question follows the English answer
  assert.deepEqual(await commands('excuse me, can you speak English?', { activeFlow: 'book_room', requestedSlot: 'adults' }), [
    { command: 'cancel flow' },
    { command: 'start flow', flow: 'english_speaker' },
  ]);
});

test('a refused phone is no «не понял»: the question explains itself; an e-mail is taken as the contact', async () => {
  for (const q of ['не хочу давать телефон', 'ну не дам я вам номер', 'а зачем вам мой телефон', 'телефон я оставлять не буду', 'можно без телефона']) {
    assert.ok(refusesPhone(q), q);
    assert.deepEqual(await commands(q, atPhone), [{ command: 'skip question' }], q);
  }
  assert.deepEqual(await commands('запишите почту petr.k@example.org', atPhone), [
    { command: 'set slot', name: 'guest_phone', value: 'petr.k@example.org', extractor: 'LLM' },
  ]);
});

test('a phone refused before it is asked gets the phone explanation, the current question kept', async () => {
  const atDates = { activeFlow: 'book_room', requestedSlot: 'check_in_date' };
  for (const q of ['а телефон вам обязательно нужен будет', 'я сразу говорю номер свой не дам', 'ну только без телефона пожалуйста'])
    assert.deepEqual(await commands(q, atDates), [{ command: 'skip question', slot: 'guest_phone' }], q);
  // already given: nothing to refuse; outside a booking it is no refusal of a question
  assert.notDeepEqual(await commands('а телефон вам обязательно нужен будет', atDates, { guest_phone: '+79001234567' }), [
    { command: 'skip question', slot: 'guest_phone' },
  ]);
});

test('«да» to the offer to put the caller through hands over; elsewhere it does not', async () => {
  const offered = [
    { role: 'bot' as const, text: 'Похоже, я вас не понимаю. Соединить вас с администратором?' },
    { role: 'bot' as const, text: 'На какие даты?' },
  ];
  assert.deepEqual(await commands('да давайте', { activeFlow: 'book_room', requestedSlot: 'check_in_date', history: offered }), [{ command: 'human handoff' }]);
  assert.deepEqual(await commands('yes', { history: [{ role: 'bot', text: 'Shall I connect you to reception?' }] }), [{ command: 'human handoff' }]);
  assert.notDeepEqual(await commands('да', { history: [{ role: 'bot', text: 'Хотите забронировать?' }] }), [{ command: 'human handoff' }]);
});

test('an English caller who goes on in English after the offer to connect is never taken for a yes', async () => {
  const offered = {
    history: [{ role: 'bot' as const, text: 'Hello! I can only speak Russian, but our reception speaks English. Shall I connect you to reception?' }],
  };
  for (const said of ['no, I would like to book a double room', 'my name is Anna Lee', 'please reserve it for tomorrow', 'no thanks', 'bye'])
    assert.deepEqual(await commands(said, offered), [{ command: 'start flow', flow: 'english_speaker' }], said);
  for (const said of ['yes', 'yes please connect me', 'sure', 'ok']) assert.deepEqual(await commands(said, offered), [{ command: 'human handoff' }], said);
});
