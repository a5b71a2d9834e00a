// A yes or a no read against the assistant's last question while a booking is looked up (issue 12, control kind
// C1): «нет» to «Назовите код брони» is a caller without the code, a bare «да» to it a caller about to say it; once
// the assistant has said that without the code it cannot find the booking and offered reception, the yes or no
// answers that offer, and details said instead of a code hear the refusal again. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands } from './fixture.ts';

const LOOKUPS = ['cancel_booking', 'change_booking', 'find_booking'];
const CODE_LOST = [{ command: 'cancel flow' }, { command: 'start flow', flow: 'booking_code_lost' }];
const codeAsked = (flow: string) => ({ activeFlow: flow, requestedSlot: 'booking_reference' });

test('«нет» in any words to the code question: the caller has no code', async () => {
  for (const flow of LOOKUPS)
    for (const said of [
      'нет',
      'неа нету',
      'нет у меня его',
      'да нет у меня никакого кода',
      'мне никакой код не присылали',
      'а откуда мне его знать',
      'не знаю я никакого кода бронировал сын',
      'кода у меня на руках нет',
      'не получала я ничего',
    ])
      assert.deepEqual(await commands(said, codeAsked(flow)), CODE_LOST, `${said} (${flow})`);
});

test('the proof asked, and the caller has neither the phone nor the surname', async () => {
  const proof = { activeFlow: 'cancel_booking', requestedSlot: 'booking_proof' };
  for (const said of ['нет', 'не знаю я его телефона', 'понятия не имею']) assert.deepEqual(await commands(said, proof), CODE_LOST, said);
  // a surname is still the proof
  assert.deepEqual(await commands('некрасова', proof), [{ command: 'set slot', name: 'booking_proof', value: 'некрасова', extractor: 'LLM' }]);
});

test('a bare yes to the code question: the caller is about to say it, the assistant waits', async () => {
  for (const flow of LOOKUPS)
    for (const said of ['да', 'ага', 'да да сейчас', 'да есть'])
      assert.deepEqual(await commands(said, codeAsked(flow)), [{ command: 'start flow', flow: 'hold_on' }], `${said} (${flow})`);
  // going to look for it, in words of holding the line
  for (const said of ['сейчас поищу', 'да щас гляну в почте', 'нет ну подождите'])
    assert.deepEqual(await commands(said, codeAsked('change_booking')), [{ command: 'start flow', flow: 'hold_on' }], said);
  // the code itself is the answer
  assert.deepEqual(await commands('да четыреста один двести два триста три', codeAsked('cancel_booking')), [
    { command: 'set slot', name: 'booking_reference', value: '401202303', extractor: 'LLM' },
  ]);
});

// what the assistant has just said when the caller could not give the code (data/flows.yml booking_code_lost)
const ruleSaid = (status = 'code_lost') => ({
  history: [
    { role: 'user' as const, text: 'мне бы бронь снять на декабрь' },
    { role: 'bot' as const, text: 'Назовите, пожалуйста, код брони — девять цифр из подтверждения.' },
    { role: 'user' as const, text: 'не знаю никакого кода' },
    { role: 'bot' as const, text: 'Без кода найти бронь не получится. Код — девять цифр в SMS или письме с подтверждением. Соединить вас с администратором?' },
  ],
  activeFlow: null,
  requestedSlot: null,
  slots: { lookup_status: status },
});

test('after the rule, the yes or no answers the offer of reception', async () => {
  const ctx = ruleSaid();
  for (const said of ['да', 'ну давайте', 'да соединяйте']) assert.deepEqual(await commands(said, ctx, ctx.slots), [{ command: 'human handoff' }], said);
  for (const said of ['нет', 'не надо спасибо'])
    assert.deepEqual(await commands(said, ctx, ctx.slots), [{ command: 'start flow', flow: 'offer_declined' }], said);
});

test('after the rule, details instead of a code hear the refusal again; a code found starts the lookup again', async () => {
  const ctx = ruleSaid();
  for (const said of ['её телефон восемь девятьсот двенадцать сто сорок пять шестьдесят семь восемьдесят', 'фамилия жукова', 'ну просто отмените и всё'])
    assert.deepEqual(await commands(said, ctx, ctx.slots), [{ command: 'start flow', flow: 'booking_code_lost' }], said);
  // the lookup the caller asked for (a cancellation) comes back with the code
  assert.deepEqual(await commands('а нет нашла вот код семьсот один восемьсот два девятьсот три', ctx, ctx.slots), [
    { command: 'start flow', flow: 'cancel_booking' },
    { command: 'set slot', name: 'booking_reference', value: '701802903', extractor: 'LLM' },
  ]);
});
