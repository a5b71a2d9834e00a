import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../../src/config/errors.ts';
import { loadDomain } from '../../../src/config/engine-files.ts';
import { writeProject } from '../helpers.ts';

test('merges a domain folder: slots, responses, actions, intents, entities', () => {
  const root = writeProject({
    'domain/a.yml': `version: "3.1"
intents: [greet, {book_room: {use_entities: true}}]
entities: [date]
actions: [action_create_booking]
slots:
  adults:
    type: float
    min_value: 1
    mappings: [{type: from_llm}]
  room_type:
    type: categorical
    values: [standard, suite]
  booking_code:
    type: text
    mappings: [{type: controlled}]
  nights:
    type: float
    initial_value: 1
    mappings:
      - type: from_entity
        entity: number
        intent: inform
        conditions: [{active_flow: book_room}]
      - type: from_intent
        intent: affirm
        value: 2
      - type: from_text
  code:
    type: text
    validation:
      rejections:
        - if: not slots.code
          utter: utter_bad
      refill_utter: utter_ask_code
responses:
  utter_greet:
    - text: "Здравствуйте!"
      channel: rest
      allow_interruptions: false
      buttons: [{title: Да, payload: "/affirm"}]
      metadata: {rephrase: true}
    - text: "Привет"
      condition: slots.adults > 1
`,
    'domain/b.yml': `actions: [action_create_booking, action_cancel]
intents: [greet, bye]
session_config:
  session_expiration_time: 0
responses:
  utter_bye:
    - text: "До свидания"
      custom: {a: 1}
`,
  });
  const problems: Problem[] = [];
  const d = loadDomain([join(root, 'domain')], problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(d.intents, ['greet', 'book_room', 'bye']);
  assert.deepEqual(d.entities, ['date']);
  assert.deepEqual(d.actions, ['action_create_booking', 'action_cancel']);
  assert.deepEqual(d.slots.adults?.mappings, [{ type: 'from_llm' }]);
  assert.deepEqual(d.slots.room_type?.mappings, [{ type: 'from_llm' }], 'from_llm is the default mapping');
  assert.deepEqual(d.slots.room_type?.values, ['standard', 'suite']);
  assert.equal(d.slots.nights?.initial_value, 1);
  assert.equal(d.slots.nights?.mappings.length, 3);
  assert.equal(d.slots.code?.validation?.refill_utter, 'utter_ask_code');
  assert.equal(d.responses.utter_greet?.length, 2);
  assert.equal(d.responses.utter_greet?.[0]?.allow_interruptions, false);
  assert.equal(d.responses.utter_greet?.[1]?.condition, 'slots.adults > 1');
  assert.deepEqual(d.session_config, { session_expiration_time: 0, carry_over_slots_to_new_session: true });
  assert.equal(d.slots.adults?.pos?.line, 7);
});

test('session_config defaults to 60 minutes with carry-over', () => {
  const root = writeProject({ 'domain.yml': 'intents: [a]\n' });
  const d = loadDomain([join(root, 'domain.yml')], []);
  assert.deepEqual(d.session_config, { session_expiration_time: 60, carry_over_slots_to_new_session: true });
});

test('bad slot types and unknown keys are reported with positions', () => {
  const root = writeProject({
    'domain.yml': `slots:
  a:
    type: number
  b:
    type: text
    colour: red
  c:
    type: categorical
responses:
  utter_x:
    - txt: hi
  utter_y: hello
foo: 1
`,
  });
  const problems: Problem[] = [];
  const d = loadDomain([join(root, 'domain.yml')], problems);
  const at = (line: number, sev: string) => problems.find((p) => p.pos?.line === line && p.severity === sev);
  assert.ok(at(3, 'error'), JSON.stringify(problems));
  assert.ok(at(6, 'warning'));
  assert.ok(problems.some((p) => p.severity === 'error' && p.message.includes('categorical')));
  assert.ok(at(11, 'warning'));
  assert.ok(at(12, 'error'));
  assert.ok(at(13, 'warning'));
  assert.equal(d.slots.a, undefined);
  assert.ok(d.slots.b);
});

test('older mapping types and numeric texts are read as Rasa reads them', () => {
  const root = writeProject({
    'domain.yml': `slots:
  a:
    type: text
    mappings: [{type: custom, action: action_fill_a}]
  b:
    type: bool
    mappings: [{type: from_trigger_intent, intent: yes, value: true}]
responses:
  utter_n:
    - text: 100
      buttons: [{title: 1, payload: "/one"}]
`,
  });
  const problems: Problem[] = [];
  const d = loadDomain([join(root, 'domain.yml')], problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(d.slots.a?.mappings, [{ type: 'controlled', run_action_every_turn: 'action_fill_a' }]);
  assert.deepEqual(d.slots.b?.mappings, [{ type: 'from_intent', intent: 'yes', value: true }]);
  assert.equal(d.responses.utter_n?.[0]?.text, '100');
  assert.equal(d.responses.utter_n?.[0]?.buttons?.[0]?.title, '1');
});
