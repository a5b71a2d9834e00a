// Seeded random conversations: whatever the commands, a turn ends waiting for the user, never throws,
// and the state rebuilt from the event log equals the state kept incrementally.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { mulberry32 } from '../../../src/engine/dialogue/random.ts';
import { DialogueTracker } from '../../../src/engine/dialogue/tracker.ts';
import { DOMAIN, FLOWS } from '../fixtures/booking.ts';
import { harness } from '../helpers.ts';

const POOL: Command[] = [
  { command: 'start flow', flow: 'book_room' },
  { command: 'start flow', flow: 'faq' },
  { command: 'start flow', flow: 'ask_name' },
  { command: 'start flow', flow: 'nope' },
  { command: 'set slot', name: 'check_in_date', value: '2026-12-05', extractor: 'LLM' },
  { command: 'set slot', name: 'check_in_date', value: '2026-12-07', extractor: 'LLM' },
  { command: 'set slot', name: 'adults', value: 2, extractor: 'LLM' },
  { command: 'set slot', name: 'adults', value: 9, extractor: 'NLU' },
  { command: 'set slot', name: 'adults', value: 'много', extractor: 'LLM' },
  { command: 'set slot', name: 'room_type', value: 'SUITE', extractor: 'LLM' },
  { command: 'set slot', name: 'booking_confirmation', value: true, extractor: 'NLU' },
  { command: 'set slot', name: 'booking_confirmation', value: 'может', extractor: 'LLM' },
  { command: 'set slot', name: 'guest_name', value: 'Анна', extractor: 'LLM' },
  { command: 'set slot', name: 'continue_interrupted_flow_confirmation', value: false, extractor: 'NLU' },
  { command: 'set slot', name: 'ghost', value: 1, extractor: 'LLM' },
  { command: 'cancel flow' },
  { command: 'clarify', options: ['book_room', 'faq'] },
  { command: 'knowledge' },
  { command: 'chitchat' },
  { command: 'human handoff' },
  { command: 'skip question' },
  { command: 'repeat' },
  { command: 'cannot handle' },
  { command: 'error' },
];
const PAYLOADS = ['/silence_timeout', '/restart', '/session_start', '/SetSlots(adults=3)', '/book_room', ''];

for (const seed of [1, 2, 3, 4]) {
  test(`random conversation ${seed}: every turn ends listening and the log replays to the same state`, async () => {
    const rng = mulberry32(seed);
    const script: Record<string, Command[]> = {};
    const h = harness(
      { domain: DOMAIN, flows: FLOWS },
      script,
      {
        action_session_start: () => ({ events: [], responses: [] }),
        action_create_booking: () => ({ events: [{ event: 'slot', name: 'booking_code', value: 'NB-1' }], responses: [] }),
      },
      { interruptedFlowResume: seed % 2 ? 'ask' : 'auto', transferTarget: '+78125550148' },
    );
    for (let turn = 0; turn < 120; turn++) {
      let text: string;
      if (rng() < 0.15) text = PAYLOADS[Math.floor(rng() * PAYLOADS.length)]!;
      else {
        const n = Math.floor(rng() * 3);
        const commands = Array.from({ length: n }, () => POOL[Math.floor(rng() * POOL.length)]!);
        text = `turn ${turn}`;
        script[text] = commands;
      }
      const r = await h.say(text);
      const last = r.events[r.events.length - 1];
      assert.ok(last?.event === 'action' && last.name === 'action_listen', `turn ${turn} ends listening`);
      const top = h.tracker.stack[h.tracker.stack.length - 1];
      if (top && !r.messages.some((m) => m.call_control)) {
        assert.ok(top.type === 'pattern_collect_information' || top.type === 'pattern_validate_slot', `turn ${turn}: waiting on ${top.type}`);
      }
    }
    const rebuilt = DialogueTracker.fromEvents('user-1', h.tracker.events, h.engine.project.domain);
    assert.deepEqual(rebuilt.slots, h.tracker.slots);
    assert.deepEqual(rebuilt.stack, h.tracker.stack);
  });
}
