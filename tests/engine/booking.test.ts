import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMAIN, FLOWS } from './fixtures/booking.ts';
import { eventNames, harness } from './helpers.ts';

const script = {
  'хочу забронировать': [{ command: 'start flow', flow: 'book_room' }],
  '5 декабря': [{ command: 'set slot', name: 'check_in_date', value: '2026-12-05', extractor: 'LLM' }],
  двое: [{ command: 'set slot', name: 'adults', value: '2', extractor: 'LLM' }],
  пятеро: [{ command: 'set slot', name: 'adults', value: 5, extractor: 'LLM' }],
  люкс: [{ command: 'set slot', name: 'room_type', value: 'Suite', extractor: 'LLM' }],
  да: [{ command: 'set slot', name: 'booking_confirmation', value: 'да', extractor: 'NLU' }],
} as const;

const actions = {
  action_session_start: () => ({ events: [{ event: 'slot', name: 'caller_phone', value: '+79990000000' }], responses: [] }),
  action_create_booking: () => ({ events: [{ event: 'slot', name: 'booking_code', value: 'NB-1234' }], responses: [] }),
};

test('a booking from greeting to confirmation', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, script as never, actions);
  let r = await h.say('хочу забронировать', { user_phone: '+79990000000' });
  assert.deepEqual(r.texts, ['Здравствуйте! Отель слушает.', 'На какую дату заезд?']);
  assert.equal(h.tracker.slots.caller_phone, '+79990000000');
  assert.deepEqual(h.tracker.slots.session_started_metadata, { user_phone: '+79990000000' });
  assert.ok(eventNames(r.events).includes('flow_started:book_room'));
  r = await h.say('5 декабря');
  assert.deepEqual(r.texts, ['Сколько взрослых?']);
  r = await h.say('пятеро');
  assert.deepEqual(r.texts, ['Не больше четырёх взрослых.', 'Сколько взрослых?']);
  assert.equal(h.tracker.slots.adults, null);
  r = await h.say('двое');
  assert.equal(h.tracker.slots.adults, 2);
  assert.deepEqual(r.texts, ['Какой номер?']);
  r = await h.say('люкс');
  assert.equal(h.tracker.slots.room_type, 'suite');
  assert.deepEqual(r.texts, ['Подтверждаете бронь на 2 взрослых с 2026-12-05?']);
  r = await h.say('да');
  assert.deepEqual(r.texts, ['Готово, код NB-1234.', 'Чем ещё могу помочь?']);
  assert.ok(eventNames(r.events).includes('flow_completed:book_room'));
  // collected slots are reset when the flow ends; action-set slots stay
  assert.equal(h.tracker.slots.adults, null);
  assert.equal(h.tracker.slots.children, 0);
  assert.equal(h.tracker.slots.booking_code, 'NB-1234');
  assert.deepEqual(h.tracker.stack, []);
  assert.equal(r.events[r.events.length - 1]?.event, 'action');
});

test('the open question on top of the stack carries silence_timeout and dtmf for voice channels', async () => {
  const flows = FLOWS.replace(
    '      - collect: check_in_date\n',
    '      - collect: check_in_date\n        silence_timeout: {rest: 4, twilio_media_streams: 9}\n        dtmf: {length: 8, finish_on_key: "#"}\n',
  );
  const h = harness({ domain: DOMAIN, flows }, script as never, actions);
  await h.say('хочу забронировать');
  const top = h.tracker.stack[h.tracker.stack.length - 1];
  assert.equal(top?.collect, 'check_in_date');
  assert.equal(top?.silence_timeout, 4);
  assert.deepEqual(top?.dtmf, { length: 8, finish_on_key: '#' });
});
