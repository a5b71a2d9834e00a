// A caller who interrupts heard only part of the bot's turn: understanding (and later turns) see only that part.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DialogueTracker } from '../../../src/engine/index.ts';
import { harness } from '../helpers.ts';

const domain = `
slots:
  city: {type: text, mappings: [{type: from_llm}]}
responses:
  utter_ask_city:
    - text: "В каком городе вы живёте? Мы можем прислать вам подробности на почту."
`;
const flows = `
flows:
  ask_city:
    description: ask the city
    steps:
      - collect: city
`;

test('the interrupting turn and the stored history keep only what the caller heard', async () => {
  const h = harness(
    { domain, flows },
    { start: [{ command: 'start flow', flow: 'ask_city' }], Москва: [{ command: 'set slot', name: 'city', value: 'Москва', extractor: 'LLM' }] },
  );
  await h.say('start');
  const asked = h.tracker.history.at(-1);
  assert.match(asked?.text ?? '', /почту/, 'the whole question is in the history before the barge-in');

  await h.say('Москва', { barge_in: { heard: 'В каком городе вы живёте?', not_heard: 'Мы можем прислать вам подробности на почту.' } });
  const seen = h.generator.contexts.at(-1)!.history;
  assert.deepEqual(seen.at(-1), { role: 'bot', text: 'В каком городе вы живёте?' }, 'understanding saw only the played part');
  assert.ok(!h.tracker.history.some((l) => l.text.includes('почту')), 'the unplayed part is gone from the history');

  // Rebuilt from the stored events (a restart), the history is the same.
  const rebuilt = DialogueTracker.fromEvents('user-1', h.tracker.events, h.engine.project.domain);
  assert.deepEqual(rebuilt.history, h.tracker.history);
});

test('a barge-in before anything was heard drops the bot line', async () => {
  const h = harness(
    { domain, flows },
    { start: [{ command: 'start flow', flow: 'ask_city' }], Москва: [{ command: 'set slot', name: 'city', value: 'Москва', extractor: 'LLM' }] },
  );
  await h.say('start');
  await h.say('Москва', { barge_in: { heard: '', not_heard: 'В каком городе вы живёте?' } });
  const seen = h.generator.contexts.at(-1)!.history;
  assert.notEqual(seen.at(-1)?.role, 'bot');
});
