// Issue 17: a Rasa Pro user's own project runs as written. An English CALM project laid out as Rasa's demo is
// (config/config.yml, a domain/ folder, flows under data/flows/, no hotel, no NLU data, Python actions named by
// actions_module) validates without false errors, runs with Rasa's -c/-d/--data paths, answers in English, and
// its e2e tests pass under `portier test --oracle`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pino } from 'pino';
import { parse } from 'yaml';
import { testCommand } from '../../src/cli/commands/test.ts';
import { validateCommand } from '../../src/cli/commands/validate.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { buildServer } from '../../src/server/app.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { hotelActions } from '../../actions/index.ts';

const root = mkdtempSync(join(tmpdir(), 'portier-rasa-project-'));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write(
  'config/config.yml',
  'recipe: default.v1\nlanguage: en\npipeline:\n  - name: CompactLLMCommandGenerator\n    llm: {model_group: gpt}\npolicies:\n  - name: FlowPolicy\nassistant_id: contacts\n',
);
write('endpoints.yml', 'action_endpoint:\n  actions_module: actions\nmodel_groups:\n  - id: gpt\n    models:\n      - {provider: openai, model: gpt-4o}\n');
write('domain/shared.yml', 'version: "3.1"\nintents: [add_contact]\nresponses:\n  utter_done:\n    - text: "Added {handle}."\n');
write(
  'domain/contacts.yml',
  'slots:\n  handle:\n    type: text\n    mappings: [{type: from_llm}]\n  channel:\n    type: text\n    initial_value: email\n    mappings: [{type: from_llm}]\nresponses:\n  utter_ask_handle:\n    - text: "What is the handle?"\n',
);
write(
  'data/flows/contacts.yml',
  'flows:\n  add_contact:\n    description: add a contact\n    nlu_trigger: [{intent: add_contact}]\n    steps:\n      - collect: handle\n      - collect: channel\n      - action: utter_done\n',
);
write(
  'e2e_tests/add_contact.yml',
  'test_cases:\n  - test_case: adds a contact\n    steps:\n      - user: I want to add someone\n        assertions:\n          - flow_started: add_contact\n          - bot_uttered: {utter_name: utter_ask_handle}\n      - user: it is @bart\n        assertions:\n          - slot_was_set: [{name: handle, value: "@bart"}]\n          - bot_uttered: {utter_name: utter_done}\n          - bot_uttered: {utter_name: utter_can_do_something_else}\n',
);
const paths = { config: join(root, 'config/config.yml'), domain: join(root, 'domain'), data: [join(root, 'data')] };
const env = { PORTIER_DATA_DIR: join(root, '.portier'), LOG_LEVEL: 'silent', OPENAI_API_KEY: '', OPENAI_BASE_URL: '', DATABASE_URL: '', REDIS_URL: '' };

after(() => rmSync(root, { recursive: true, force: true }));

describe('a Rasa project brought across', () => {
  it('validates with -c/-d/--data: no false errors, a clear word on actions_module', async () => {
    const lines: string[] = [];
    const code = await validateCommand({ root, ...paths }, (l) => lines.push(l));
    const text = lines.join('\n');
    assert.equal(code, 0, text);
    assert.doesNotMatch(text, /has no question/, 'a collect step whose slot has an initial value needs no question');
    assert.match(text, /actions_module "actions": .*`rasa run actions`.*action_endpoint\.url/);
    assert.doesNotMatch(text, /hotel/);
  });

  it('a missing -c file is an error naming the option', async () => {
    const lines: string[] = [];
    assert.equal(await validateCommand({ root, config: join(root, 'nope.yml') }, (l) => lines.push(l)), 1);
    assert.match(lines.join('\n'), /--config .*nope\.yml: no such file/);
  });

  it('runs without a hotel: payloads work, English default responses, no LLM key → pattern_internal_error', async () => {
    const runtime = await createRuntime({
      customActions: hotelActions(),
      root,
      env,
      paths,
      logger: pino({ level: 'silent' }),
      trackers: new InMemoryTrackerStore(),
      model: null,
    });
    try {
      assert.equal(runtime.hotel, null);
      assert.equal(runtime.pms, null);
      const say = async (text: string) => (await runtime.handleMessage({ sender: 'c1', text, channel: 'rest' })).map((m) => m.text);
      assert.deepEqual(await say('/add_contact'), ['What is the handle?']);
      assert.deepEqual(await say('/SetSlots(handle=@bart)'), ['Added @bart.', 'What else can I help you with?']);
      assert.deepEqual(await say('hello there'), ['Sorry, I am having trouble with that. Please try again in a few minutes.']);
    } finally {
      await runtime.close();
    }
  });

  it('its e2e tests pass with the oracle generator', async () => {
    const lines: string[] = [];
    const code = await testCommand([join(root, 'e2e_tests')], { root, ...paths, oracle: true, env }, undefined, (l) => lines.push(l));
    assert.equal(code, 0, lines.join('\n'));
    assert.equal(lines.at(-1), '1 passed, 0 failed');
  });
});

describe('the HTTP API as Rasa serves it', () => {
  it('new tracker, payloads in /model/parse, parse_data and include_events on /messages, unknown intents, predict, execute, /domain', async () => {
    const runtime = await createRuntime({
      customActions: hotelActions(),
      root,
      env,
      paths,
      logger: pino({ level: 'silent' }),
      trackers: new InMemoryTrackerStore(),
      model: null,
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true });
    try {
      const fresh = await app.inject({ method: 'GET', url: '/conversations/nobody/tracker' });
      assert.equal(fresh.statusCode, 200);
      assert.deepEqual(fresh.json().events, []);

      const parsed = (await app.inject({ method: 'POST', url: '/model/parse', payload: { text: '/SetSlots(handle=@bart)' } })).json();
      assert.equal(parsed.intent.name, 'SetSlots');
      assert.deepEqual(parsed.commands, [{ command: 'set slot', name: 'handle', value: '@bart', extractor: 'COMMAND_PAYLOAD_READER' }]);
      const intent = (await app.inject({ method: 'POST', url: '/model/parse', payload: { text: '/add_contact' } })).json();
      assert.equal(intent.intent.name, 'add_contact');

      const given = { intent: { name: 'add_contact', confidence: 0.8 }, entities: [] };
      const posted = await app.inject({
        method: 'POST',
        url: '/conversations/m1/messages?include_events=NONE',
        payload: { text: 'add Bart', sender: 'user', parse_data: given },
      });
      assert.equal(posted.statusCode, 200);
      assert.equal(posted.json().events, null, 'include_events=NONE leaves the events out');
      assert.deepEqual(posted.json().latest_message.intent, { name: 'add_contact', confidence: 0.8 }, 'the given parse_data is kept');

      const unknown = await app.inject({ method: 'POST', url: '/conversations/m2/trigger_intent', payload: { name: 'no_such_intent' } });
      assert.equal(unknown.statusCode, 404);
      const known = await app.inject({ method: 'POST', url: '/conversations/m2/trigger_intent', payload: { name: 'add_contact' } });
      assert.equal(known.statusCode, 200);
      assert.deepEqual(
        known.json().messages.map((m: { text: string }) => m.text),
        ['What is the handle?'],
      );

      const executed = await app.inject({ method: 'POST', url: '/conversations/m3/execute', payload: { name: 'utter_ask_handle' } });
      assert.equal(executed.statusCode, 200, executed.body);
      assert.deepEqual(
        executed.json().messages.map((m: { text: string }) => m.text),
        ['What is the handle?'],
      );
      assert.ok(executed.json().tracker.events.some((e: { event: string; name?: string }) => e.event === 'action' && e.name === 'utter_ask_handle'));
      assert.equal((await app.inject({ method: 'POST', url: '/conversations/m3/execute', payload: { name: 'action_nope' } })).statusCode, 404);

      // POST /predict: the next action as Rasa reports it, nothing run and nothing stored.
      const predict = async (id: string) => (await app.inject({ method: 'POST', url: `/conversations/${id}/predict` })).json();
      assert.equal((await predict('nobody')).scores[0].action, 'action_session_start', 'a new conversation starts a session first');
      const waiting = await predict('m2');
      assert.deepEqual(waiting.scores[0], { action: 'action_listen', score: 1 }, 'asked for the handle, the assistant waits');
      assert.equal(waiting.policy, 'FlowPolicy');
      assert.equal(waiting.confidence, 1);
      assert.ok(waiting.scores.slice(1).every((x: { score: number }) => x.score === 0));
      assert.ok(
        waiting.scores.some((x: { action: string }) => x.action === 'utter_done'),
        'every action of the domain is scored',
      );
      await app.inject({ method: 'POST', url: '/conversations/m2/messages', payload: { text: '/SetSlots(handle=@bart)', sender: 'user' } });
      const before = (await app.inject({ method: 'GET', url: '/conversations/m2/tracker' })).json().events.length;
      const pending = await predict('m2');
      assert.equal(pending.scores[0].action, 'action_run_slot_rejections', 'the answer posted with /messages is checked first');
      assert.equal(pending.tracker.events.length, before);
      assert.equal((await app.inject({ method: 'GET', url: '/conversations/m2/tracker' })).json().events.length, before, 'predict stores nothing');

      const json = await app.inject({ method: 'GET', url: '/domain', headers: { accept: 'application/json' } });
      assert.ok(json.json().slots.handle);
      assert.ok(json.json().responses.utter_ask_handle);
      const yaml = await app.inject({ method: 'GET', url: '/domain', headers: { accept: 'application/x-yml' } });
      assert.match(String(yaml.headers['content-type']), /yml/);
      assert.ok(parse(yaml.body).responses.utter_done);
    } finally {
      await app.close();
      await runtime.close();
    }
  });

  it('predict needs the API token like the other Rasa routes', async () => {
    const runtime = await createRuntime({
      customActions: hotelActions(),
      root,
      env,
      paths,
      logger: pino({ level: 'silent' }),
      trackers: new InMemoryTrackerStore(),
      model: null,
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true, authToken: 'predict-secret' });
    try {
      assert.equal((await app.inject({ method: 'POST', url: '/conversations/p1/predict' })).statusCode, 401);
      assert.equal((await app.inject({ method: 'POST', url: '/conversations/p1/predict?token=predict-secret' })).statusCode, 200);
    } finally {
      await app.close();
      await runtime.close();
    }
  });
});
