import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { DOMAIN, FLOWS } from '../fixtures/booking.ts';
import { eventNames, harness } from '../helpers.ts';

const S: Record<string, Command[]> = {
  book: [{ command: 'start flow', flow: 'book_room' }],
  both: [
    { command: 'start flow', flow: 'faq' },
    { command: 'start flow', flow: 'ask_name' },
  ],
  'knowledge+book': [{ command: 'start flow', flow: 'book_room' }, { command: 'knowledge' }],
  chitchat: [{ command: 'chitchat' }],
  skip: [{ command: 'skip question' }],
  faq: [{ command: 'start flow', flow: 'faq' }],
  'book+date': [
    { command: 'start flow', flow: 'book_room' },
    { command: 'set slot', name: 'check_in_date', value: '2026-12-05', extractor: 'LLM' },
    { command: 'set slot', name: 'adults', value: '3', extractor: 'NLU' },
  ],
};
const actions = { action_session_start: () => ({ events: [], responses: [] }) };

test('a project flow or response with a pattern id replaces the default', async () => {
  const flows = `${FLOWS}
  pattern_completed:
    description: my completed
    steps:
      - action: utter_bye
`;
  const domain = `${DOMAIN}
  utter_bye:
    - text: "Всего доброго!"
  utter_cannot_handle:
    - text: "Об этом лучше спросить администратора."
`;
  const h = harness({ domain, flows }, S, actions);
  let r = await h.say('faq');
  assert.deepEqual(r.texts.slice(1), ['Завтрак с 7 до 10.', 'Всего доброго!']);
  r = await h.say('skip');
  assert.deepEqual(r.texts, ['Об этом лучше спросить администратора.']);
});

test('a free chitchat response is used when the project defines one', async () => {
  const domain = `${DOMAIN}
  utter_free_chitchat_response:
    - text: "Приятно поболтать!"
`;
  const h = harness({ domain, flows: FLOWS }, S, actions);
  const r = await h.say('chitchat');
  assert.deepEqual(r.texts.slice(1), ['Приятно поболтать!']);
});

test('several flows started at once run in the order given, the later one resumed after', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r = await h.say('both');
  assert.deepEqual(r.texts.slice(1), ['Завтрак с 7 до 10.', 'Итак, продолжим: знакомство.', 'Как вас зовут?']);
});

test('a question asked with a flow start is answered first, then the flow asks', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r = await h.say('knowledge+book');
  assert.deepEqual(r.texts.slice(1), ['К сожалению, ответа на этот вопрос у меня нет.', 'На какую дату заезд?']);
});

test('slots given with the flow start fill it up front (LLM and NLU values coerced)', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r = await h.say('book+date');
  assert.deepEqual(r.texts.slice(1), ['Какой номер?']);
  assert.equal(h.tracker.slots.adults, 3);
  const ctx = h.engine.understandingContext(h.tracker, 'rest');
  assert.equal(ctx.activeFlow, 'book_room');
  assert.equal(ctx.requestedSlot, 'room_type');
  assert.deepEqual(ctx.history.slice(-2), [
    { role: 'user', text: 'book+date' },
    { role: 'bot', text: 'Какой номер?' },
  ]);
  assert.equal(ctx.timezone, 'Europe/Moscow');
});

test('/session_end records the end of the session without answering', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  await h.say('book');
  const r = await h.say('/session_end');
  assert.deepEqual(r.texts, []);
  assert.ok(eventNames(r.events).includes('session_ended'));
});

test('when NLU and the LLM both fill a slot, NLU wins unless allow_nlu_correction', async () => {
  const script: Record<string, Command[]> = {
    both: [
      { command: 'start flow', flow: 'book_room' },
      { command: 'set slot', name: 'adults', value: 3, extractor: 'LLM' },
      { command: 'set slot', name: 'adults', value: 2, extractor: 'NLU' },
      { command: 'set slot', name: 'check_in_date', value: '2026-12-01', extractor: 'NLU' },
      { command: 'set slot', name: 'check_in_date', value: '2026-12-02', extractor: 'LLM' },
    ],
  };
  let h = harness({ domain: DOMAIN, flows: FLOWS }, script, actions);
  await h.say('both');
  assert.equal(h.tracker.slots.adults, 2);
  assert.equal(h.tracker.slots.check_in_date, '2026-12-01');
  const domain = DOMAIN.replace('  adults:\n    type: float\n', '  adults:\n    type: float\n    mappings: [{type: from_llm, allow_nlu_correction: true}]\n');
  h = harness({ domain, flows: FLOWS }, script, actions);
  await h.say('both');
  assert.equal(h.tracker.slots.adults, 3);
});
