import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { eventNames, harness } from '../helpers.ts';

const DOMAIN = `
actions: [action_fail, action_count, validate_code, action_ask_city, action_loop]
intents: [order, inform]
entities: [city]
slots:
  a: {type: text}
  b: {type: text}
  n: {type: float, initial_value: 0}
  flag: {type: bool}
  code: {type: text}
  city:
    type: text
    mappings:
      - type: from_entity
        entity: city
  pin:
    type: text
    validation:
      rejections:
        - if: not (slots.pin matches "^\\d{4}$")
          utter: utter_bad_pin
      refill_utter: utter_ask_pin
  kept: {type: text}
  secret: {type: bool}
  held:
    type: text
    mappings:
      - type: controlled
responses:
  utter_ask_a: [{text: "A?"}]
  utter_ask_b: [{text: "B?"}]
  utter_ask_code: [{text: "Код?"}]
  utter_ask_pin: [{text: "ПИН?"}]
  utter_ask_kept: [{text: "Kept?"}]
  utter_bad_pin: [{text: "Неверный ПИН."}]
  utter_parent_start: [{text: "parent start"}]
  utter_parent_end: [{text: "parent end {a} {b}"}]
  utter_linked: [{text: "linked"}]
  utter_big: [{text: "big"}]
  utter_small: [{text: "small"}]
  utter_after: [{text: "after"}]
  utter_secret: [{text: "secret"}]
  utter_city: [{text: "город {city}"}]
`;

const FLOWS = `
flows:
  parent:
    description: calls a child
    steps:
      - action: utter_parent_start
      - call: child
      - collect: b
      - action: utter_parent_end
  child:
    description: child flow
    if: false
    steps:
      - collect: a
  linker:
    description: links
    steps:
      - set_slots:
          - n: 5
          - flag: "true"
      - noop: true
        next:
          - if: slots.n > 3 and slots.flag
            then:
              - action: utter_big
          - else:
              - action: utter_small
                next: END
      - action: utter_after
      - link: linked
  linked:
    description: linked target
    steps:
      - action: utter_linked
  failing:
    description: custom action fails
    steps:
      - action: action_fail
      - action: utter_after
  validated:
    description: custom validation and ask action
    steps:
      - collect: code
      - collect: city
  looping:
    description: never waits
    steps:
      - id: again
        action: action_loop
        next: again
  persisted:
    description: persisted slot
    persisted_slots: [kept]
    steps:
      - collect: kept
  forced:
    description: force slot filling
    steps:
      - collect: a
        force_slot_filling: true
  guarded:
    description: guarded
    if: slots.secret
    nlu_trigger: [{intent: order}]
    steps:
      - action: utter_secret
  cityflow:
    description: city from entity
    steps:
      - collect: city
      - action: utter_city
`;

const set = (name: string, value: unknown, extractor = 'LLM') => [{ command: 'set slot', name, value, extractor }] as Command[];
const S: Record<string, Command[]> = {
  parent: [{ command: 'start flow', flow: 'parent' }],
  child: [{ command: 'start flow', flow: 'child' }],
  linker: [{ command: 'start flow', flow: 'linker' }],
  failing: [{ command: 'start flow', flow: 'failing' }],
  validated: [{ command: 'start flow', flow: 'validated' }],
  looping: [{ command: 'start flow', flow: 'looping' }],
  persisted: [{ command: 'start flow', flow: 'persisted' }],
  forced: [{ command: 'start flow', flow: 'forced' }],
  guarded: [{ command: 'start flow', flow: 'guarded' }],
  'parent+a': [{ command: 'start flow', flow: 'parent' }, ...set('a', 'x')],
  a1: set('a', '1'),
  b2: set('b', '2'),
  code_bad: set('code', 'bad'),
  code_ok: set('code', 'good'),
  kept: set('kept', 'K'),
  forced_mix: [{ command: 'chitchat' }, ...set('a', 'F')],
  forced_other: [{ command: 'chitchat' }],
  // A custom command generator may set any slot (a typed /SetSlots payload may not: it is checked like text).
  pin_bad: set('pin', '12', 'CUSTOM'),
  pin_good: set('pin', '1234', 'CUSTOM'),
  set_kept: set('kept', 'K', 'CUSTOM'),
  set_a: set('a', '1', 'CUSTOM'),
};

function make(actions = {}, options = {}) {
  return harness({ domain: DOMAIN, flows: FLOWS }, S, { ...actions }, options);
}

test('call runs a child flow inline and returns to the parent; child slots reset when the parent ends', async () => {
  const h = make();
  let r = await h.say('parent');
  assert.deepEqual(r.texts.slice(-2), ['parent start', 'A?']);
  const ctx = h.engine.understandingContext(h.tracker, 'rest');
  assert.equal(ctx.activeFlow, 'parent', 'the calling flow is the active one');
  assert.equal(ctx.requestedSlot, 'a');
  r = await h.say('a1');
  assert.deepEqual(r.texts, ['B?']);
  assert.equal(h.tracker.stack.filter((f) => f.type === 'flow').length, 1);
  assert.ok(eventNames(r.events).includes('flow_completed:child'));
  r = await h.say('b2');
  assert.deepEqual(r.texts, ['parent end 1 2', 'Чем ещё могу помочь?']);
  assert.equal(h.tracker.slots.a, null);
  assert.equal(h.tracker.slots.b, null);
});

test('slots of a called child can be filled when the parent starts', async () => {
  const h = make();
  const r = await h.say('parent+a');
  assert.deepEqual(r.texts.slice(-2), ['parent start', 'B?']);
});

test('flows with `if: false` cannot be started by understanding', async () => {
  const h = make();
  const r = await h.say('child');
  assert.match(r.texts[r.texts.length - 1]!, /не совсем понятно/);
});

test('set_slots coerces values, noop branches, link ends the flow and starts the target', async () => {
  const h = make();
  const r = await h.say('linker');
  assert.deepEqual(r.texts, ['big', 'after', 'linked', 'Чем ещё могу помочь?']);
  const names = eventNames(r.events);
  assert.ok(names.includes('flow_completed:linker'));
  assert.ok(names.includes('flow_started:linked'));
  assert.equal(h.tracker.slots.n, 0, 'set_slots slots are reset at the end of the flow');
  assert.ok(r.events.some((e) => e.event === 'slot' && e.name === 'flag' && e.value === true));
});

test('a failing custom action leads to the internal error pattern and the flow goes on', async () => {
  const h = make({
    action_fail: () => {
      throw new Error('boom');
    },
  });
  const r = await h.say('failing');
  assert.deepEqual(r.texts, ['Извините, что-то пошло не так. Попробуйте, пожалуйста, ещё раз.', 'after', 'Чем ещё могу помочь?']);
});

test('validate_<slot> and action_ask_<slot> custom actions run inside the collect pattern', async () => {
  const h = make({
    validate_code: (call: { tracker: { slots: Record<string, unknown> } }) =>
      call.tracker.slots.code === 'bad'
        ? { events: [{ event: 'slot', name: 'code', value: null }], responses: [{ text: 'Плохой код.' }] }
        : { events: [], responses: [] },
    action_ask_city: () => ({ events: [], responses: [{ text: 'Какой город?' }] }),
  });
  let r = await h.say('validated');
  assert.deepEqual(r.texts.slice(-1), ['Код?']);
  r = await h.say('code_bad');
  assert.deepEqual(r.texts, ['Плохой код.', 'Код?']);
  r = await h.say('code_ok');
  assert.deepEqual(r.texts, ['Какой город?']);
  assert.ok(h.actions.calls.includes('action_ask_city'));
});

test('slots fill from `/intent{entities}` through from_entity mappings', async () => {
  const h = make({}, {});
  await h.say('/SetSlots(city=)');
  const r0 = await h.say('/inform{"city": "Казань"}');
  assert.match(r0.texts[0]!, /не совсем понятно/, 'not collectable outside its flow');
  h.generator.script.cityflow = [{ command: 'start flow', flow: 'cityflow' }];
  await h.say('cityflow');
  const r = await h.say('/inform{"city": "Казань"}');
  assert.deepEqual(r.texts, ['город Казань', 'Чем ещё могу помочь?']);
});

test('the loop guard stops a flow that never waits for the user', async () => {
  let n = 0;
  const h = make({ action_loop: () => ({ events: [], responses: n++ < 3 ? [{ text: 'loop' }] : [] }) }, { maxStepsPerTurn: 50 });
  const r = await h.say('looping');
  assert.equal(r.texts[r.texts.length - 1], 'Извините, что-то пошло не так. Попробуйте, пожалуйста, ещё раз.');
  assert.deepEqual(h.tracker.stack, []);
  assert.ok(eventNames(r.events).includes('flow_cancelled:looping'));
});

test('persisted slots keep their value after the flow ends', async () => {
  const h = make();
  await h.say('persisted');
  await h.say('kept');
  assert.equal(h.tracker.slots.kept, 'K');
});

test('force_slot_filling ignores every command but the slot being asked', async () => {
  const h = make();
  await h.say('forced');
  let r = await h.say('forced_other');
  assert.deepEqual(r.texts, ['A?']);
  r = await h.say('forced_mix');
  assert.equal(h.tracker.slots.a, null, 'reset at flow end');
  assert.deepEqual(r.texts, ['Чем ещё могу помочь?']);
});

test('flow guards block understanding but not `/intent` triggers', async () => {
  const h = make();
  let r = await h.say('guarded');
  assert.match(r.texts[r.texts.length - 1]!, /не совсем понятно/);
  r = await h.say('/order');
  assert.deepEqual(r.texts, ['secret', 'Чем ещё могу помочь?']);
});

test('domain slot validation runs pattern_validate_slot when the slot is set outside a collect', async () => {
  const h = make();
  await h.say('/session_start');
  let r = await h.say('pin_bad');
  assert.deepEqual(r.texts, ['Неверный ПИН.', 'ПИН?']);
  assert.equal(h.tracker.slots.pin, null);
  r = await h.say('pin_good');
  assert.deepEqual(r.texts, []);
  assert.equal(h.tracker.slots.pin, '1234');
  assert.deepEqual(h.tracker.stack, []);
});

test('a typed /SetSlots payload passes the checks typed text does: never a controlled slot, only a slot asked for', async () => {
  const h = make();
  await h.say('/SetSlots(held=x, b=2)');
  assert.deepEqual([h.tracker.slots.held, h.tracker.slots.b], [null, null]);
  assert.deepEqual((await h.say('parent')).texts.slice(-1), ['A?']);
  // A button's payload for the question being asked still answers it.
  assert.deepEqual((await h.say('/SetSlots(a=button, held=x)')).texts.slice(-1), ['B?']);
  assert.deepEqual([h.tracker.slots.a, h.tracker.slots.held], ['button', null]);
});

test('a FollowupAction returned by an action runs right after it', async () => {
  const h = make({
    action_fail: () => ({ events: [{ event: 'followup', name: 'utter_after' }], responses: [{ text: 'first' }] }),
  });
  const r = await h.say('failing');
  assert.deepEqual(r.texts, ['first', 'after', 'after', 'Чем ещё могу помочь?']);
});

test('without carry-over a new session starts with fresh slots', async () => {
  const domain = `${DOMAIN}\nsession_config:\n  session_expiration_time: 1\n  carry_over_slots_to_new_session: false\n`;
  const h = harness({ domain, flows: FLOWS }, S, {});
  await h.say('set_kept');
  assert.equal(h.tracker.slots.kept, 'K');
  h.clock.now = new Date(h.clock.now.getTime() + 2 * 60_000);
  await h.say('set_a');
  assert.equal(h.tracker.slots.kept, null);
  assert.equal(h.tracker.slots.a, '1');
});

test('a condition that cannot be evaluated reports an internal error first, then counts as false', async () => {
  const flows = `${FLOWS}
  broken:
    description: broken condition
    steps:
      - noop: true
        next:
          - if: "{{ slots.a | no_such_filter }}"
            then:
              - action: utter_big
                next: END
          - else:
              - action: utter_small
                next: END
`;
  const h = harness({ domain: DOMAIN, flows }, { broken: [{ command: 'start flow', flow: 'broken' }] }, {});
  const r = await h.say('broken');
  assert.deepEqual(r.texts, ['Извините, что-то пошло не так. Попробуйте, пожалуйста, ещё раз.', 'small', 'Чем ещё могу помочь?']);
});
