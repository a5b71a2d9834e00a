// The assembled assistant (real engine, offline NLU, hotel system) behind the server, in one process.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { buildServer } from '../../src/server/app.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { hotelActions } from '../../actions/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portier-runtime-'));
let runtime: AssembledRuntime;
let app: FastifyInstance;

before(async () => {
  const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
  runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  ({ app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true }));
});

after(async () => {
  await app.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const say = async (sender: string, message: string) => {
  const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender, message } });
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { text?: string }[]).map((m) => m.text ?? '').join('\n');
};

describe('assembled runtime', () => {
  it('a new sender is greeted (session start) and the booking flow starts', async () => {
    // a request opening the conversation: a brief greeting, then the answer
    const reply = await say('rt-1', 'Здравствуйте, хочу забронировать номер');
    assert.match(reply, /^Здравствуйте!\n/);
    assert.doesNotMatch(reply, /Невский берег/);
    assert.match(reply, /дат|заезд/i);
    // a bare greeting: the hotel's introduction, and nothing after it
    assert.match(await say('rt-hello', 'алло, здравствуйте'), /^Здравствуйте! Отель «Невский берег», Санкт-Петербург\. .*Чем могу помочь\?$/);
    // opened in English: one language in the reply, the English answer's own «Hello!» and no Russian greeting
    const english = await say('rt-en', 'Good evening, do you have a room for tonight?');
    assert.match(english, /^Hello!/);
    assert.doesNotMatch(english, /[А-Яа-яЁё]/);
    assert.equal(runtime.info.generator, 'nlu');
    assert.match(runtime.info.modelFile ?? '', /models\/.*\.json$/);
  });

  it("a message over the engine's input limit gets a polite answer; one over the HTTP cap a 400", async () => {
    const reply = await say('rt-long', 'я хочу '.repeat(285));
    assert.match(reply, /длинн|короче/i, "the engine's input limit answers");
    const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender: 'rt-long', message: 'я хочу '.repeat(1430) } });
    assert.equal(res.statusCode, 400);
  });

  it('emoji, control characters and mixed scripts get an answer', async () => {
    for (const text of ['🏨🛏️🙂', '\u0000\u0007\u001b[31m', 'hello мир مرحبا 你好', '\u202eтекст']) {
      const reply = await say(`rt-weird-${[...text].join('-').length}-${text.codePointAt(0)}`, text);
      assert.ok(reply.length > 0, `no answer to ${JSON.stringify(text)}`);
    }
  });

  it('POST /model/parse uses the real understanding', async () => {
    const res = await app.inject({ method: 'POST', url: '/model/parse', payload: { text: 'хочу забронировать номер' } });
    assert.equal(res.statusCode, 200);
    const body = res.json() as { intent: { name: string }; commands: { command: string; flow?: string }[] };
    assert.equal(body.intent.name, 'book_room');
    assert.deepEqual(body.commands, [{ command: 'start flow', flow: 'book_room' }]);
  });

  it('trigger_intent starts the flow its nlu_trigger names', async () => {
    const res = await app.inject({ method: 'POST', url: '/conversations/rt-trigger/trigger_intent', payload: { name: 'book_room' } });
    assert.equal(res.statusCode, 200);
    const body = res.json() as { tracker: { stack: { flow_id: string }[] }; messages: { text: string }[] };
    assert.ok(body.tracker.stack.some((f) => f.flow_id === 'book_room'));
    assert.match(body.messages.map((m) => m.text).join(' '), /дат|заезд/i);
  });

  it('two runtimes sharing one store (two instances) complete a booking turn by turn', { timeout: 60_000 }, async () => {
    const shared = new InMemoryTrackerStore();
    const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
    const open = () =>
      createRuntime({ customActions: hotelActions(), root: '.', env, logger: pino({ level: 'silent' }), trackers: shared, pms: runtime.pms!, log: () => {} });
    const [a, b] = [await open(), await open()];
    const lines = ['Добрый день, хочу забронировать номер', 'с 14 по 16 декабря', 'двое взрослых', 'люкс', 'Анна Иванова', '+7 900 000-00-77', 'да'];
    let last = '';
    for (const [i, text] of lines.entries()) {
      const messages = await (i % 2 ? b : a).handleMessage({ sender: 'two-instances', text, channel: 'rest' });
      last = messages.map((m) => m.text).join(' ');
    }
    assert.match(last, /забронирован/);
    const bookings = await runtime.pms!.findBookings({ phone: '+79000000077' });
    assert.equal(bookings.length, 1);
    assert.equal(bookings[0]!.room_type, 'suite');
    const events = await shared.load('two-instances');
    assert.equal(events.filter((e) => e.event === 'user').length, lines.length, 'every message stored once');
    await a.close();
    await b.close();
  });

  it('the tracker shows domain slots and the dialogue stack', async () => {
    await say('rt-stack', 'Хочу забронировать номер');
    const res = await app.inject({ method: 'GET', url: '/conversations/rt-stack/tracker' });
    const tracker = res.json() as { slots: Record<string, unknown>; stack: { flow_id: string }[]; latest_message: { intent: { name: string } } };
    assert.equal(tracker.slots.children, 0, 'initial values from the domain');
    assert.ok(tracker.stack.some((f) => f.flow_id === 'book_room'));
    assert.equal(tracker.latest_message.intent.name, 'book_room');
  });
});
