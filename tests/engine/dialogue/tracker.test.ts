import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyStackPatch, diffStack } from '../../../src/engine/dialogue/json-patch.ts';
import type { StackFrame } from '../../../src/engine/dialogue/stack.ts';
import { DialogueTracker } from '../../../src/engine/dialogue/tracker.ts';
import type { Command } from '../../../src/engine/commands.ts';
import { DOMAIN, FLOWS } from '../fixtures/booking.ts';
import { harness } from '../helpers.ts';

const frame = (id: string, extra: Partial<StackFrame> = {}): StackFrame => ({ frame_id: id, type: 'flow', flow_id: 'f', step_id: 'START', ...extra });

test('stack patches round-trip: push, pop, property changes, removal in the middle', () => {
  const cases: [StackFrame[], StackFrame[]][] = [
    [[], [frame('A')]],
    [[frame('A')], [frame('A', { step_id: 's1' })]],
    [[frame('A'), frame('B', { collect: 'x', rejections: [] })], [frame('A')]],
    [
      [frame('A'), frame('B'), frame('C')],
      [frame('A'), frame('C')],
    ],
    [[frame('A', { extra: 1 })], [frame('A', { other: 'y' })]],
    [[frame('A/~')], []],
  ];
  for (const [before, after] of cases) {
    const ops = diffStack(before, after);
    assert.deepEqual(applyStackPatch(before, JSON.parse(JSON.stringify(ops))), after);
  }
  assert.deepEqual(diffStack([frame('A')], [frame('A')]), []);
});

const S: Record<string, Command[]> = {
  book: [{ command: 'start flow', flow: 'book_room' }],
  date: [{ command: 'set slot', name: 'check_in_date', value: '2026-12-05', extractor: 'LLM' }],
};

test('state rebuilt from the event log equals the state kept incrementally', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, { action_session_start: () => ({ events: [], responses: [] }) });
  await h.say('book');
  await h.say('date');
  const rebuilt = DialogueTracker.fromEvents('user-1', h.tracker.events, h.engine.project.domain);
  assert.deepEqual(rebuilt.slots, h.tracker.slots);
  assert.deepEqual(rebuilt.stack, h.tracker.stack);
  assert.deepEqual(rebuilt.history, h.tracker.history);
  assert.deepEqual(rebuilt.toRasaJSON(), h.tracker.toRasaJSON());
  assert.equal(rebuilt.stack.length, 2);
  assert.ok(h.tracker.events.some((e) => e.event === 'stack'));
});

test('toRasaJSON and toActionTracker have the shapes Rasa uses', async () => {
  const h = harness({ domain: DOMAIN, flows: FLOWS }, S, { action_session_start: () => ({ events: [], responses: [] }) });
  await h.say('book', { user_phone: '+7999' });
  const json = h.tracker.toRasaJSON();
  assert.equal(json.sender_id, 'user-1');
  assert.equal(json.latest_message?.text, 'book');
  assert.deepEqual(json.latest_message?.commands, [{ command: 'start flow', flow: 'book_room' }]);
  assert.equal(json.latest_action_name, 'action_listen');
  assert.equal(json.latest_input_channel, 'rest');
  assert.equal(json.paused, false);
  assert.deepEqual(json.active_loop, {});
  assert.equal(json.stack[0]?.flow_id, 'book_room');
  assert.equal(json.stack[0]?.frame_type, 'regular');
  assert.equal(json.stack[1]?.type, 'pattern_collect_information');
  assert.equal(json.stack[1]?.collect, 'check_in_date');
  assert.equal(typeof json.latest_event_time, 'number');
  const at = h.tracker.toActionTracker();
  assert.equal(at.sender_id, 'user-1');
  assert.deepEqual(at.latest_message.metadata, { user_phone: '+7999' });
  assert.equal(at.slots.children, 0);
  assert.ok(Array.isArray(at.events));
});

test('rewind removes the last user turn; restart clears state', () => {
  const t = new DialogueTracker('s', { slots: { a: { name: 'a', type: 'text', mappings: [], initial_value: 'init' } } });
  const ts = 1;
  t.append({ event: 'session_started', timestamp: ts });
  t.append({ event: 'user', text: 'one', parse_data: { text: 'one', intent: { name: null, confidence: 0 }, entities: [], commands: [] }, timestamp: ts });
  t.append({ event: 'slot', name: 'a', value: 'x', timestamp: ts });
  t.append({ event: 'user', text: 'two', parse_data: { text: 'two', intent: { name: null, confidence: 0 }, entities: [], commands: [] }, timestamp: ts });
  t.append({ event: 'slot', name: 'a', value: 'y', timestamp: ts });
  t.append({ event: 'rewind', timestamp: ts });
  assert.equal(t.slots.a, 'x');
  assert.equal(t.latestMessage?.text, 'one');
  t.append({ event: 'restart', timestamp: ts });
  assert.equal(t.slots.a, 'init');
  assert.equal(t.latestMessage, null);
  assert.equal(t.sessionStarted, false);
});

test('turns are deterministic for the same seed and clock', async () => {
  const run = async () => {
    const h = harness({ domain: DOMAIN, flows: FLOWS }, S, { action_session_start: () => ({ events: [], responses: [] }) });
    await h.say('book');
    await h.say('date');
    return JSON.stringify(h.tracker.events);
  };
  assert.equal(await run(), await run());
});
