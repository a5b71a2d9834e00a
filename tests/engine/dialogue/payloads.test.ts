import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPayload, parsePayload, payloadCommands } from '../../../src/engine/dialogue/payloads.ts';
import { coerceSlotValue } from '../../../src/engine/dialogue/slot-values.ts';
import { emptyDomain } from '../../../src/engine/domain/load.ts';
import type { SlotDefinition } from '../../../src/engine/domain/types.ts';

test('parses intents with entities, SetSlots and control payloads', () => {
  assert.deepEqual(parsePayload('/greet'), { kind: 'intent', intent: 'greet', entities: [] });
  assert.deepEqual(parsePayload('/inform{"city": "Казань", "n": [1, 2]}'), {
    kind: 'intent',
    intent: 'inform',
    entities: [
      { entity: 'city', value: 'Казань', extractor: 'RegexMessageHandler' },
      { entity: 'n', value: 1, extractor: 'RegexMessageHandler' },
      { entity: 'n', value: 2, extractor: 'RegexMessageHandler' },
    ],
  });
  assert.deepEqual(parsePayload('/SetSlots(a=1, b="x, y", c=None, d=[1,2])'), {
    kind: 'set_slots',
    slots: [
      { name: 'a', value: '1' },
      { name: 'b', value: 'x, y' },
      { name: 'c', value: null },
      { name: 'd', value: [1, 2] },
    ],
  });
  assert.equal(parsePayload('привет'), null);
  assert.equal(isPayload(' /restart'), true);
  assert.equal(parsePayload('/inform{bad json}')?.kind, 'invalid');
  assert.equal(parsePayload('/SetSlots(oops)')?.kind, 'invalid');
});

test('payload commands: control intents, nlu_trigger flows, entity and intent mappings', () => {
  const domain = emptyDomain();
  const slot = (s: Partial<SlotDefinition> & { name: string }): SlotDefinition => ({ type: 'text', mappings: [], ...s });
  domain.slots.city = slot({ name: 'city', mappings: [{ type: 'from_entity', entity: 'city' }] });
  domain.slots.ok = slot({
    name: 'ok',
    type: 'bool',
    mappings: [{ type: 'from_intent', intent: 'affirm', value: true, conditions: [{ active_flow: 'book' }] }],
  });
  const flows = [{ id: 'book', description: 'b', nlu_trigger: [{ intent: 'book_room' }], steps: [] }];
  const scope = { flows, domain, activeFlow: null as string | null };
  const cmds = (t: string, s = scope) => payloadCommands(parsePayload(t)!, s);
  assert.deepEqual(cmds('/session_start'), [{ command: 'session start' }]);
  assert.deepEqual(cmds('/restart'), [{ command: 'restart' }]);
  assert.deepEqual(cmds('/silence_timeout'), [{ command: 'user silence' }]);
  assert.deepEqual(cmds('/session_end'), [{ command: 'session end' }]);
  assert.deepEqual(cmds('/book_room{"city": "Омск"}'), [
    { command: 'start flow', flow: 'book' },
    { command: 'set slot', name: 'city', value: 'Омск', extractor: 'NLU' },
  ]);
  assert.deepEqual(cmds('/affirm'), []);
  assert.deepEqual(cmds('/affirm', { ...scope, activeFlow: 'book' }), [{ command: 'set slot', name: 'ok', value: true, extractor: 'NLU' }]);
  assert.deepEqual(cmds('/SetSlots(ok=true)'), [{ command: 'set slot', name: 'ok', value: 'true', extractor: 'COMMAND_PAYLOAD_READER' }]);
});

test('slot values are coerced by type', () => {
  const def = (type: SlotDefinition['type'], values?: string[]): SlotDefinition => ({ name: 's', type, mappings: [], ...(values ? { values } : {}) });
  assert.deepEqual(coerceSlotValue(def('bool'), 'True'), { ok: true, value: true });
  assert.deepEqual(coerceSlotValue(def('bool'), 'да'), { ok: true, value: true });
  assert.deepEqual(coerceSlotValue(def('bool'), 'Нет.'), { ok: true, value: false });
  assert.deepEqual(coerceSlotValue(def('bool'), 'может быть'), { ok: false, value: 'может быть' });
  assert.deepEqual(coerceSlotValue(def('float'), '2,5'), { ok: true, value: 2.5 });
  assert.deepEqual(coerceSlotValue(def('float'), 'два'), { ok: false, value: 'два' });
  assert.deepEqual(coerceSlotValue(def('categorical', ['standard', 'Suite']), 'suite'), { ok: true, value: 'Suite' });
  assert.deepEqual(coerceSlotValue(def('categorical', ['standard']), 'люкс'), { ok: false, value: 'люкс' });
  assert.deepEqual(coerceSlotValue(def('text'), 5), { ok: true, value: '5' });
  assert.deepEqual(coerceSlotValue(def('any'), [1]), { ok: true, value: [1] });
});
