import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { ConversationRuntime } from '../../src/runtime/conversation-runtime.ts';
import { buildServer, type ServerOptions } from '../../src/server/app.ts';
import { InProcessLockStore } from '../../src/stores/lock-memory.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { EchoEngine } from '../helpers/echo-engine.ts';

async function setup(options: Partial<ServerOptions> = {}) {
  const engine = new EchoEngine();
  const trackers = new InMemoryTrackerStore();
  const runtime = new ConversationRuntime({
    engine,
    trackers,
    locks: new InProcessLockStore(),
    logger: pino({ level: 'silent' }),
    info: { version: '0.1.0', modelId: 'test-model', modelFile: null, generator: 'echo' },
  });
  const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true, ...options });
  return { app, engine, trackers, runtime };
}

const say = (sender: unknown, message: unknown) => ({ method: 'POST' as const, url: '/webhooks/rest/webhook', payload: { sender, message } });

describe('REST channel', () => {
  it('answers in Rasa REST shape, greeting a new sender first', async () => {
    const { app } = await setup();
    const first = await app.inject(say('guest-1', 'Здравствуйте'));
    assert.equal(first.statusCode, 200);
    const body = first.json();
    assert.deepEqual(body[0], { recipient_id: 'guest-1', text: 'Добро пожаловать' });
    assert.equal(body[1].text, 'ход 1: 12 символов');
    assert.deepEqual(body[1].buttons, [{ title: 'Да', payload: '/affirm' }]);
    assert.equal(body[1].utter_action, undefined, 'engine-internal fields stay inside');
    const second = (await app.inject(say('guest-1', 'ещё'))).json();
    assert.equal(second.length, 1);
    assert.equal(second[0].text, 'ход 2: 3 символов');
    assert.equal((await app.inject({ method: 'GET', url: '/webhooks/rest/' })).statusCode, 200);
  });

  it('serialises concurrent messages of one sender', async () => {
    const { app, engine, trackers } = await setup();
    engine.delayMs = 5;
    const replies = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((m) => app.inject(say('busy', m))));
    assert.ok(replies.every((r) => r.statusCode === 200));
    const users = (await trackers.load('busy')).filter((e) => e.event === 'user');
    assert.equal(users.length, 5);
    const turns = replies
      .map(
        (r) =>
          r
            .json()
            .at(-1)
            .text.match(/ход (\d)/)[1],
      )
      .sort();
    assert.deepEqual(turns, ['1', '2', '3', '4', '5']);
  });

  it('a sender missing falls back to "default" as Rasa does', async () => {
    const { app } = await setup();
    const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { message: 'hi' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json()[0].recipient_id, 'default');
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 with a JSON error', async () => {
    const { app } = await setup();
    const res = await app.inject({
      method: 'POST',
      url: '/webhooks/rest/webhook',
      headers: { 'content-type': 'application/json' },
      payload: '{"sender": "x", ',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().status, 'failure');
    assert.match(res.json().message, /not valid JSON/);
  });

  it('missing or wrongly typed fields are a 400 naming the field', async () => {
    const { app } = await setup();
    for (const payload of [{ sender: 'x' }, { sender: 'x', message: 42 }, { sender: 7, message: 'hi' }, { sender: 'x', message: 'hi', metadata: 'no' }]) {
      const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.match(res.json().message, /invalid body: (message|sender|metadata)/);
    }
    const notObject = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: [1, 2] });
    assert.equal(notObject.statusCode, 400);
  });

  it('an oversize body is a 413', async () => {
    const { app } = await setup();
    const res = await app.inject(say('x', 'я'.repeat(40_000)));
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().reason, 'PayloadTooLarge');
  });

  it('a message over the length cap is a 400 naming the cap; emoji/control/mixed-script text get an answer', async () => {
    const { app } = await setup();
    const long = await app.inject(say('long', 'б'.repeat(10_000)));
    assert.equal(long.statusCode, 400);
    assert.match(long.json().message, /2000 characters/);
    const longest = await app.inject(say('long', 'б'.repeat(2000)));
    assert.equal(longest.statusCode, 200);
    assert.match(longest.json().at(-1).text, /2000 символов/);
    const weird = await app.inject(say('weird', '🏨🛏️ hello мир \u0000\u0007\u202e العربية 中文'));
    assert.equal(weird.statusCode, 200);
    assert.ok(weird.json().at(-1).text);
  });

  it('a failing turn is a 500 JSON error without details, and the server keeps serving', async () => {
    const { app, engine } = await setup();
    engine.failOn = 'boom';
    const res = await app.inject(say('f', 'boom'));
    assert.equal(res.statusCode, 500);
    assert.doesNotMatch(res.body, /exploded|\+7916|at /);
    assert.equal((await app.inject(say('f', 'ok'))).statusCode, 200);
  });

  it('unsupported media type is a 415 and an unknown route a 404 JSON error', async () => {
    const { app } = await setup();
    const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', headers: { 'content-type': 'application/xml' }, payload: '<hi/>' });
    assert.equal(res.statusCode, 415);
    const missing = await app.inject({ method: 'GET', url: '/nope' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().reason, 'NotFound');
  });
});

describe('conversation API', () => {
  it('GET tracker returns Rasa tracker JSON, an empty tracker for a new conversation', async () => {
    const { app } = await setup();
    await app.inject(say('t1', 'забронировать'));
    const res = await app.inject({ method: 'GET', url: '/conversations/t1/tracker' });
    assert.equal(res.statusCode, 200);
    const tracker = res.json();
    assert.equal(tracker.sender_id, 't1');
    assert.equal(tracker.slots.last_text, 'забронировать');
    assert.equal(tracker.latest_message.text, 'забронировать');
    assert.equal(tracker.latest_input_channel, 'rest');
    assert.ok(tracker.events.some((e: { event: string }) => e.event === 'user'));
    const none = await app.inject({ method: 'GET', url: '/conversations/t1/tracker?include_events=NONE' });
    assert.equal(none.json().events, null);
    const bad = await app.inject({ method: 'GET', url: '/conversations/t1/tracker?include_events=SOME' });
    assert.equal(bad.statusCode, 400);
    const fresh = await app.inject({ method: 'GET', url: '/conversations/unknown/tracker' });
    assert.equal(fresh.statusCode, 200);
    assert.equal(fresh.json().sender_id, 'unknown');
    assert.deepEqual(fresh.json().events, []);
    assert.equal(fresh.json().latest_message, null);
  });

  it('POST messages appends a user event without a bot turn', async () => {
    const { app, engine } = await setup();
    const res = await app.inject({ method: 'POST', url: '/conversations/m1/messages', payload: { text: 'привет', sender: 'user' } });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().events.map((e: { event: string }) => e.event),
      ['user'],
    );
    assert.equal(engine.calls, 0);
    const bot = await app.inject({ method: 'POST', url: '/conversations/m1/messages', payload: { text: 'x', sender: 'bot' } });
    assert.equal(bot.statusCode, 400);
  });

  it('POST/PUT tracker/events add or replace events; bad events are a 400', async () => {
    const { app } = await setup();
    const added = await app.inject({ method: 'POST', url: '/conversations/ev/tracker/events', payload: { event: 'slot', name: 'last_text', value: 'x' } });
    assert.equal(added.statusCode, 200);
    assert.equal(added.json().slots.last_text, 'x');
    const more = await app.inject({
      method: 'POST',
      url: '/conversations/ev/tracker/events',
      payload: [{ event: 'slot', name: 'last_text', value: 'y', timestamp: 5 }],
    });
    assert.equal(more.json().events.length, 2);
    const replaced = await app.inject({ method: 'PUT', url: '/conversations/ev/tracker/events', payload: [{ event: 'slot', name: 'last_text', value: 'z' }] });
    assert.deepEqual(
      replaced.json().events.map((e: { value: string }) => e.value),
      ['z'],
    );
    assert.equal((await app.inject({ method: 'POST', url: '/conversations/ev/tracker/events', payload: { name: 'no event key' } })).statusCode, 400);
  });

  it('POST trigger_intent runs a turn with the intent payload', async () => {
    const { app } = await setup();
    const res = await app.inject({ method: 'POST', url: '/conversations/ti/trigger_intent', payload: { name: 'greet', entities: { a: 1 } } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().tracker.latest_message.text, '/greet{"a":1}');
    assert.match(res.json().messages.at(-1).text, /ход 1/);
    assert.equal((await app.inject({ method: 'POST', url: '/conversations/ti/trigger_intent', payload: {} })).statusCode, 400);
  });

  it('POST /model/parse returns intent, entities and commands', async () => {
    const { app } = await setup();
    const res = await app.inject({ method: 'POST', url: '/model/parse', payload: { text: 'привет' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().intent.name, 'greet');
    assert.deepEqual(res.json().commands, []);
    assert.equal((await app.inject({ method: 'POST', url: '/model/parse', payload: {} })).statusCode, 400);
  });

  it('API routes are absent without --enable-api', async () => {
    const { app } = await setup({ enableApi: false });
    assert.equal((await app.inject({ method: 'GET', url: '/status' })).statusCode, 404);
    assert.equal((await app.inject(say('x', 'hi'))).statusCode, 200);
  });
});

describe('auth token', () => {
  it('API routes need ?token= or a Bearer header; channels and health do not', async () => {
    const { app } = await setup({ authToken: 's3cret' });
    assert.equal((await app.inject({ method: 'GET', url: '/status' })).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: '/status?token=wrong' })).statusCode, 403);
    const ok = await app.inject({ method: 'GET', url: '/status?token=s3cret' });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().model_id, 'test-model');
    assert.equal((await app.inject({ method: 'GET', url: '/status', headers: { authorization: 'Bearer s3cret' } })).statusCode, 200);
    assert.equal((await app.inject(say('x', 'hi'))).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
  });
});

describe('service routes', () => {
  it('/, /version, /health and /metrics', async () => {
    const { app } = await setup();
    assert.equal((await app.inject({ method: 'GET', url: '/' })).body, 'Hello from Portier: 0.1.0');
    assert.deepEqual((await app.inject({ method: 'GET', url: '/version' })).json(), { version: '0.1.0', minimum_compatible_version: '0.1.0' });
    const health = (await app.inject({ method: 'GET', url: '/health' })).json();
    assert.equal(health.status, 'ok');
    assert.equal(health.checks.tracker_store.kind, 'in_memory');
    await app.inject(say('m', 'привет'));
    await app.inject(say('m', 'ещё'));
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    assert.match(metrics, /portier_turn_duration_seconds_count\{channel="rest"\} 2/);
    assert.match(metrics, /portier_turns_total\{channel="rest",outcome="ok"\} 2/);
    assert.match(metrics, /portier_understanding_total\{source="echo"\} 2/);
    assert.match(metrics, /portier_http_requests_total\{method="POST",route="\/webhooks\/rest\/webhook",status="200"\} 2/);
  });

  it('a conversation whose lock cannot be had in time is a 503 asking to retry', async () => {
    const { InProcessLockStore: Locks } = await import('../../src/stores/lock-memory.ts');
    const { LockTimeoutError } = await import('../../src/stores/lock-store.ts');
    class StuckLocks extends Locks {
      override async withLock<T>(conversationId: string): Promise<T> {
        throw new LockTimeoutError(conversationId, 60_000);
      }
    }
    const runtime = new ConversationRuntime({
      engine: new EchoEngine(),
      trackers: new InMemoryTrackerStore(),
      locks: new StuckLocks(),
      logger: pino({ level: 'silent' }),
      info: { version: '0.1.0', modelId: 'm', modelFile: null, generator: 'echo' },
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }) });
    const res = await app.inject(say('stuck', 'привет'));
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().reason, 'ConversationBusy');
    assert.equal(res.headers['retry-after'], '1');
  });

  it('/health is 503 naming the store that is down', async () => {
    const { InProcessLockStore: Locks } = await import('../../src/stores/lock-memory.ts');
    class DownLocks extends Locks {
      override async ping(): Promise<void> {
        throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
      }
    }
    const runtime = new ConversationRuntime({
      engine: new EchoEngine(),
      trackers: new InMemoryTrackerStore(),
      locks: new DownLocks(),
      logger: pino({ level: 'silent' }),
      info: { version: '0.1.0', modelId: 'm', modelFile: null, generator: 'echo' },
    });
    const { app } = await buildServer({ runtime, logger: pino({ level: 'silent' }) });
    const res = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().checks.tracker_store.ok, true);
    assert.equal(res.json().checks.lock_store.ok, false);
    assert.match(res.json().checks.lock_store.error, /ECONNREFUSED/);
    assert.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200);
  });

  it('CORS headers follow --cors', async () => {
    const { app } = await setup({ cors: '*' });
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/webhooks/rest/webhook',
      headers: { origin: 'https://hotel.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const { app: closed } = await setup();
    const plain = await closed.inject({ method: 'GET', url: '/version', headers: { origin: 'https://hotel.example' } });
    assert.equal(plain.headers['access-control-allow-origin'], undefined);
  });

  it('after close, new turns get 503 and running ones finish', async () => {
    const { app, engine, runtime } = await setup();
    engine.delayMs = 30;
    const running = app.inject(say('s', 'долгий ход'));
    while (engine.calls === 0) await new Promise((r) => setTimeout(r, 1));
    const closing = runtime.close();
    const refused = await app.inject(say('s2', 'поздно'));
    assert.equal(refused.statusCode, 503);
    assert.equal((await running).statusCode, 200);
    await closing;
    assert.equal(runtime.inFlight, 0);
  });
});
