import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { DOMAIN, FLOWS } from '../fixtures/booking.ts';
import { eventNames, harness } from '../helpers.ts';

const S = {
  book: [{ command: 'start flow', flow: 'book_room' }],
  date: [{ command: 'set slot', name: 'check_in_date', value: '2026-12-05', extractor: 'LLM' }],
  two: [{ command: 'set slot', name: 'adults', value: 2, extractor: 'LLM' }],
  suite: [{ command: 'set slot', name: 'room_type', value: 'suite', extractor: 'LLM' }],
  faq: [{ command: 'start flow', flow: 'faq' }],
  newdate: [{ command: 'set slot', name: 'check_in_date', value: '2026-12-06', extractor: 'LLM' }],
  three: [{ command: 'set slot', name: 'adults', value: 3, extractor: 'LLM' }],
  noadults: [{ command: 'set slot', name: 'adults', value: null, extractor: 'LLM' }],
  cancel: [{ command: 'cancel flow' }],
  clarify: [{ command: 'clarify', options: ['book_room', 'faq', 'nope'] }],
  clarify1: [{ command: 'clarify', options: ['faq', 'nope'] }],
  chitchat: [{ command: 'chitchat' }],
  knowledge: [{ command: 'knowledge' }],
  handoff: [{ command: 'human handoff' }],
  skip: [{ command: 'skip question' }],
  repeat: [{ command: 'repeat' }],
  nothing: [],
  unknown: [{ command: 'start flow', flow: 'no_such_flow' }],
  name: [{ command: 'set slot', name: 'guest_name', value: 'Анна', extractor: 'LLM' }],
  code: [{ command: 'set slot', name: 'booking_code', value: 'X', extractor: 'LLM' }],
  cannot: [{ command: 'cannot handle', reason: 'cannot_handle_no_relevant_answer' }],
} satisfies Record<string, Command[]>;

const actions = { action_session_start: () => ({ events: [], responses: [] }), action_create_booking: () => ({ events: [], responses: [] }) };
const GREETING = 'Здравствуйте! Отель слушает.';

async function atAdults(opts = {}) {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions, opts);
  await h.say('book');
  await h.say('date');
  return h;
}

test('interruption resumes automatically with a short announcement', async () => {
  const h = await atAdults();
  const r = await h.say('faq');
  assert.deepEqual(r.texts, ['Завтрак с 7 до 10.', 'Итак, продолжим: бронирование номера.', 'Сколько взрослых?']);
  const names = eventNames(r.events);
  assert.ok(names.includes('flow_interrupted:book_room'));
  assert.ok(names.includes('flow_resumed:book_room'));
  assert.ok(!names.includes('flow_started:pattern_completed'));
});

test('interruption can ask before resuming; "no" cancels the interrupted flow', async () => {
  const h = await atAdults({ interruptedFlowResume: 'ask' });
  let r = await h.say('faq');
  assert.deepEqual(r.texts, ['Завтрак с 7 до 10.', 'Продолжим: бронирование номера?']);
  assert.equal(r.messages[1]?.buttons?.length, 2);
  r = await h.say('/SetSlots(continue_interrupted_flow_confirmation=true)');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  await h.say('faq');
  r = await h.say('/SetSlots(continue_interrupted_flow_confirmation=false)');
  assert.deepEqual(r.texts, ['Чем ещё могу помочь?']);
  assert.ok(eventNames(r.events).includes('flow_cancelled:book_room'));
  assert.deepEqual(h.tracker.stack, []);
  assert.equal(h.tracker.slots.check_in_date, null);
});

test('correction goes back to the step that collected the slot', async () => {
  const h = await atAdults();
  await h.say('two');
  let r = await h.say('newdate');
  assert.deepEqual(r.texts, ['Хорошо, исправлено.', 'Какой номер?']);
  assert.equal(h.tracker.slots.check_in_date, '2026-12-06');
  await h.say('suite');
  r = await h.say('three');
  assert.deepEqual(r.texts, ['Хорошо, исправлено.', 'Подтверждаете бронь на 3 взрослых с 2026-12-06?']);
  assert.ok(eventNames(r.events).includes('flow_started:pattern_correction'));
});

test('a correction to nothing of a slot filled in passing is announced, then its question comes again', async () => {
  const h = await atAdults();
  await h.say('two');
  const r = await h.say('noadults');
  // Rasa's is_reset_only holds only for ask_before_filling slots; adults is not one, so it is a correction.
  assert.deepEqual(r.texts, ['Хорошо, исправлено.', 'Сколько взрослых?']);
  assert.equal(h.tracker.slots.adults, null);
});

test('correcting an ask_before_filling slot only goes back to its question (reset only), as in Rasa', async () => {
  const flows = `flows:
  book_room:
    name: бронирование номера
    description: Book a room
    steps:
      - collect: adults
        ask_before_filling: true
      - collect: room_type
`;
  const h = harness({ domain: DOMAIN, flows }, S, actions);
  await h.say('book');
  await h.say('two');
  const r = await h.say('three');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  const correction = r.events.find((e) => e.event === 'stack' && e.update.includes('pattern_correction'));
  assert.ok(correction && correction.event === 'stack' && correction.update.includes('"is_reset_only":true'));
});

test('cancel flow stops the flow, resets its slots and says so; the last flow cancelled, pattern_completed runs', async () => {
  const h = await atAdults();
  const r = await h.say('cancel');
  // As in Rasa: the cancelled frame ends after the cancel pattern, so an empty stack offers further help.
  assert.deepEqual(r.texts, ['Хорошо, отменяем: бронирование номера.', 'Чем ещё могу помочь?']);
  assert.ok(eventNames(r.events).includes('flow_cancelled:book_room'));
  assert.ok(eventNames(r.events).includes('flow_started:pattern_completed'));
  assert.deepEqual(h.tracker.stack, []);
  assert.equal(h.tracker.slots.check_in_date, null);
});

test('cancel without an active flow cannot be handled', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r = await h.say('cancel');
  assert.deepEqual(r.texts, [GREETING, 'Извините, не совсем понятно. Скажите, пожалуйста, по-другому.']);
});

test('clarification lists flow names; one valid option starts that flow', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  let r = await h.say('clarify');
  assert.deepEqual(r.texts.slice(1), ['Уточните, пожалуйста, что вы хотите: бронирование номера или вопрос?']);
  r = await h.say('clarify1');
  assert.deepEqual(r.texts, ['Завтрак с 7 до 10.', 'Чем ещё могу помочь?']);
});

test('chitchat and knowledge without a search action use the default answers, then re-ask', async () => {
  const h = await atAdults();
  let r = await h.say('chitchat');
  assert.deepEqual(r.texts, ['Я голосовой помощник отеля и лучше всего помогаю с бронированием и вопросами об отеле. Чем могу помочь?', 'Сколько взрослых?']);
  r = await h.say('knowledge');
  assert.deepEqual(r.texts, ['К сожалению, ответа на этот вопрос у меня нет.', 'Сколько взрослых?']);
});

test('a project search action answers knowledge questions', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, {
    ...actions,
    action_trigger_search: (call) => ({ events: [], responses: [{ text: `Ответ для ${call.tracker.latest_message.text}` }] }),
  });
  const r = await h.say('knowledge');
  assert.deepEqual(r.texts, [GREETING, 'Ответ для knowledge']);
  assert.ok(h.actions.calls.includes('action_trigger_search'));
});

test('human handoff transfers to the configured target, or says it is not available', async () => {
  let h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions, { transferTarget: '+78125550148' });
  let r = await h.say('handoff');
  assert.equal(r.texts[1], 'Соединяю вас с администратором. Пожалуйста, оставайтесь на линии.');
  assert.deepEqual(r.messages[1]?.call_control, { kind: 'transfer', to: '+78125550148' });
  h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  r = await h.say('handoff');
  assert.match(r.texts[1]!, /не получится соединить/);
  assert.equal(r.messages[1]?.call_control, undefined);
});

test('skip question explains and asks again; outside a question it cannot be handled', async () => {
  const h = await atAdults();
  const r = await h.say('skip');
  assert.deepEqual(r.texts, ['Извините, без этого я не смогу продолжить.', 'Сколько взрослых?']);
  const h2 = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r2 = await h2.say('skip');
  assert.deepEqual(r2.texts, [GREETING, 'Извините, с этим я помочь не смогу.']);
});

test('repeat says the last bot turn again, without asking twice', async () => {
  const h = await atAdults();
  const r = await h.say('repeat');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  assert.equal(r.messages[0]?.utter_action, 'utter_ask_adults');
});

test('user silence: repeat, then "are you there", then goodbye and hang up; speaking resets the count', async () => {
  const h = await atAdults();
  let r = await h.say('/silence_timeout');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  r = await h.say('/silence_timeout');
  assert.deepEqual(r.texts, ['Вы меня слышите?', 'Сколько взрослых?']);
  assert.equal(h.tracker.slots.consecutive_silence_timeouts, 2);
  r = await h.say('/silence_timeout');
  assert.match(r.texts[0]!, /До свидания/);
  assert.deepEqual(r.messages[r.messages.length - 1]?.call_control, { kind: 'hangup' });
  const h2 = await atAdults();
  await h2.say('/silence_timeout');
  await h2.say('two');
  assert.equal(h2.tracker.slots.consecutive_silence_timeouts, 0);
  r = await h2.say('/silence_timeout');
  assert.deepEqual(r.texts, ['Какой номер?']);
});

test('input too long or empty is an internal error before understanding', async () => {
  const h = await atAdults();
  let r = await h.say('д'.repeat(421));
  assert.deepEqual(r.texts, ['Слишком длинное сообщение. Пожалуйста, скажите короче — не больше 420 символов.', 'Сколько взрослых?']);
  r = await h.say('   ');
  assert.deepEqual(r.texts, ['Кажется, сообщение пустое. Повторите, пожалуйста.', 'Сколько взрослых?']);
  assert.equal(h.generator.contexts.length, 2, 'the generator was not called for these');
});

test('a failing generator becomes an internal error, not a crash', async () => {
  const h = await atAdults();
  const r = await h.say('not scripted');
  assert.deepEqual(r.texts, ['Извините, что-то пошло не так. Попробуйте, пожалуйста, ещё раз.', 'Сколько взрослых?']);
});

test('no commands, unknown flows, slots not asked for and controlled slots lead to cannot handle', async () => {
  const h = await atAdults();
  for (const text of ['nothing', 'unknown', 'name', 'code']) {
    const r = await h.say(text);
    assert.deepEqual(r.texts, ['Извините, не совсем понятно. Скажите, пожалуйста, по-другому.', 'Сколько взрослых?'], text);
  }
  assert.equal(h.tracker.slots.guest_name, null);
  assert.equal(h.tracker.slots.booking_code, null);
  const r = await h.say('cannot');
  assert.deepEqual(r.texts, ['К сожалению, подходящего ответа на этот вопрос у меня нет.', 'Сколько взрослых?']);
});

test('/restart clears the conversation; the next message starts a new session', async () => {
  const h = await atAdults();
  let r = await h.say('/restart');
  assert.ok(eventNames(r.events).includes('restart'));
  assert.deepEqual(h.tracker.stack, []);
  assert.equal(h.tracker.slots.check_in_date, null);
  r = await h.say('book');
  assert.deepEqual(r.texts, [GREETING, 'На какую дату заезд?']);
});

test('an expired session starts over with a greeting and carries slots over', async () => {
  const h = await atAdults();
  h.clock.now = new Date(h.clock.now.getTime() + 61 * 60_000);
  const r = await h.say('faq');
  assert.deepEqual(r.texts, [GREETING, 'Завтрак с 7 до 10.', 'Чем ещё могу помочь?']);
  assert.equal(h.tracker.slots.check_in_date, '2026-12-05');
});

test('/session_start runs the session start pattern with the call metadata', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, actions);
  const r = await h.say('/session_start', { user_phone: '+79991112233' });
  assert.deepEqual(r.texts, [GREETING]);
  assert.deepEqual(h.tracker.slots.session_started_metadata, { user_phone: '+79991112233' });
  assert.equal(r.events.filter((e) => e.event === 'session_started').length, 1);
});

test('a stack that refers to flows that no longer exist is cleaned up (code change)', async () => {
  const h = await atAdults();
  const changed = harness(
    { domain: DOMAIN, flows: FLOWS.replace('book_room:', 'book_room2:').replace('[{intent: book_room}]', '[{intent: greet}]') },
    S,
    actions,
  );
  const tracker = changed.engine.tracker('user-1', h.tracker.events);
  const out = await changed.engine.handleMessage(tracker, { sender: 'user-1', text: 'faq', channel: 'rest' }, changed.generator);
  assert.deepEqual(
    out.messages.map((m) => m.text),
    ['Сценарий разговора обновился, поэтому начнём этот запрос заново.', 'Завтрак с 7 до 10.', 'Чем ещё могу помочь?'],
  );
  assert.deepEqual(tracker.stack, []);
});

test('an early answer for a slot with an initial value is not a correction', async () => {
  const flows = FLOWS.replace('      - collect: room_type\n', '      - collect: children\n      - collect: room_type\n');
  const domain = `${DOMAIN}\n  utter_ask_children:\n    - text: "Дети?"\n`;
  const h = harness({ domain, flows }, { ...S, kids: [{ command: 'set slot', name: 'children', value: 1, extractor: 'LLM' }] }, actions);
  await h.say('book');
  let r = await h.say('kids');
  assert.deepEqual(r.texts, ['На какую дату заезд?']);
  assert.equal(h.tracker.slots.children, 1);
  await h.say('date');
  await h.say('two');
  r = await h.say('kids');
  assert.deepEqual(r.texts, ['Какой номер?'], 'same value: nothing to correct');
  h.generator.script.nokids = [{ command: 'set slot', name: 'children', value: 0, extractor: 'LLM' }];
  r = await h.say('nokids');
  assert.deepEqual(r.texts, ['Хорошо, исправлено.', 'Какой номер?']);
});

test('values that do not fit the slot type are rejected with the type message and asked again', async () => {
  const h = await atAdults();
  h.generator.script.many = [{ command: 'set slot', name: 'adults', value: 'много', extractor: 'LLM' }];
  let r = await h.say('many');
  assert.deepEqual(r.texts, ['Извините, «много» — не число. Назовите, пожалуйста, число.', 'Сколько взрослых?']);
  await h.say('two');
  h.generator.script.villa = [{ command: 'set slot', name: 'room_type', value: 'вилла', extractor: 'LLM' }];
  r = await h.say('villa');
  assert.deepEqual(r.texts, ['Извините, вариант «вилла» не подходит. Выберите, пожалуйста, один из предложенных.', 'Какой номер?']);
  await h.say('suite');
  h.generator.script.maybe = [{ command: 'set slot', name: 'booking_confirmation', value: 'может быть', extractor: 'LLM' }];
  r = await h.say('maybe');
  assert.equal(r.texts[0], 'Извините, «может быть» — это не ответ «да» или «нет». Ответьте, пожалуйста, да или нет.');
  assert.equal(h.tracker.slots.booking_confirmation, null);
});

test('with several interrupted flows the assistant asks which one to continue', async () => {
  const h = await atAdults({ interruptedFlowResume: 'ask' });
  h.generator.script.name = [{ command: 'start flow', flow: 'ask_name' }];
  let r = await h.say('name');
  assert.deepEqual(r.texts, ['Как вас зовут?']);
  r = await h.say('faq');
  assert.deepEqual(r.texts, ['Завтрак с 7 до 10.', 'К чему вернёмся: знакомство или бронирование номера?']);
  r = await h.say('/SetSlots(interrupted_flow_to_continue=бронирование номера)');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  assert.ok(r.events.some((e) => e.event === 'flow_resumed' && e.flow_id === 'book_room'));
  assert.equal(h.engine.understandingContext(h.tracker, 'rest').activeFlow, 'book_room');
  await h.say('faq');
  r = await h.say('/SetSlots(interrupted_flow_to_continue=none)');
  assert.deepEqual(r.texts, ['Чем ещё могу помочь?']);
  assert.deepEqual(h.tracker.stack, []);
});

test('a question passed on a branch not taken is corrected too, so the flow goes back through it (as Rasa does)', async () => {
  // the guest name is asked only for a standard room; with a suite the branch is skipped
  const flows = FLOWS.replace(
    '      - collect: room_type\n',
    '      - collect: room_type\n        next:\n          - if: slots.room_type = "suite"\n            then: confirm\n          - else: name\n      - id: name\n        collect: guest_name\n',
  ).replace('      - collect: booking_confirmation\n', '      - id: confirm\n        collect: booking_confirmation\n');
  const h = harness({ domain: DOMAIN, flows }, { ...S, anna: [{ command: 'set slot', name: 'guest_name', value: 'Анна', extractor: 'LLM' }] }, actions);
  for (const m of ['book', 'date', 'two']) await h.say(m);
  let r = await h.say('suite');
  assert.deepEqual(r.texts, ['Подтверждаете бронь на 2 взрослых с 2026-12-05?']);
  assert.equal(h.tracker.slots.guest_name ?? null, null);
  // the name, never asked, said at the confirmation: a correction that goes back, and the question comes again
  r = await h.say('anna');
  assert.deepEqual(r.texts, ['Хорошо, исправлено.', 'Подтверждаете бронь на 2 взрослых с 2026-12-05?']);
  assert.equal(h.tracker.slots.guest_name, 'Анна');
});

test('a response that holds the question (the caller asked for time): the question waits for the next words or the silence', async () => {
  const domain = `${DOMAIN}  utter_wait:\n    - text: "Конечно, жду."\n      metadata:\n        holds_question: true\n`;
  const flows = `${FLOWS}  wait:\n    name: ожидание\n    description: the caller needs a moment\n    run_pattern_completed: false\n    steps:\n      - action: utter_wait\n`;
  const h = harness({ domain, flows }, { ...S, wait: [{ command: 'start flow', flow: 'wait' }] }, actions);
  await h.say('book');
  await h.say('date');
  let r = await h.say('wait');
  assert.deepEqual(r.texts, ['Конечно, жду.']);
  // asked again for time: still not the question
  r = await h.say('wait');
  assert.deepEqual(r.texts, ['Конечно, жду.']);
  // the silence prompt after it is the question, not the promise to wait said again
  r = await h.say('/silence_timeout');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  r = await h.say('two');
  assert.ok(!r.texts.includes('Конечно, жду.'));
});
