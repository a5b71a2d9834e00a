// After an interrupting flow ends, a Rasa project asks whether to go back (Rasa 3.11+'s
// pattern_continue_interrupted); `portier.resume_interrupted: auto` in config.yml announces and goes back.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';

const roots: string[] = [];
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function project(portier: string): string {
  const root = mkdtempSync(join(tmpdir(), 'portier-resume-'));
  roots.push(root);
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'config.yml'), `recipe: default.v1\nlanguage: en\npolicies:\n  - name: FlowPolicy\n${portier}`);
  writeFileSync(
    join(root, 'domain.yml'),
    'intents: [transfer, balance]\nslots:\n  amount:\n    type: float\n    mappings: [{type: from_llm}]\nresponses:\n  utter_ask_amount:\n    - text: "How much?"\n  utter_balance:\n    - text: "You have 100."\n',
  );
  writeFileSync(
    join(root, 'data', 'flows.yml'),
    'flows:\n  transfer_money:\n    name: transfer money\n    description: send money\n    nlu_trigger: [{intent: transfer}]\n    steps:\n      - collect: amount\n  check_balance:\n    name: check balance\n    description: show the balance\n    nlu_trigger: [{intent: balance}]\n    steps:\n      - action: utter_balance\n',
  );
  return root;
}

async function interrupted(root: string): Promise<(string | undefined)[]> {
  const env = { PORTIER_DATA_DIR: join(root, '.portier'), LOG_LEVEL: 'silent', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', DATABASE_URL: '', REDIS_URL: '' };
  const runtime = await createRuntime({ customActions: [], root, env, logger: pino({ level: 'silent' }), trackers: new InMemoryTrackerStore(), model: null });
  try {
    await runtime.handleMessage({ sender: 's', text: '/transfer', channel: 'rest' });
    return (await runtime.handleMessage({ sender: 's', text: '/balance', channel: 'rest' })).map((m) => m.text);
  } finally {
    await runtime.close();
  }
}

describe('portier.resume_interrupted', () => {
  it('by default asks before going back, as Rasa 3.11+ does', async () => {
    const said = await interrupted(project(''));
    assert.equal(said[0], 'You have 100.');
    assert.match(said.at(-1) ?? '', /continue with transfer money\?/);
  });
  it('auto announces and goes back to the question', async () => {
    const said = await interrupted(project('portier:\n  resume_interrupted: auto\n'));
    assert.equal(said[0], 'You have 100.');
    assert.equal(said.at(-1), 'How much?');
  });
});
