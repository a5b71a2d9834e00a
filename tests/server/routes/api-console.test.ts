// The console's API: status, the latest conversations and a transcript, all behind the bearer token.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { consoleApiRoutes, transcriptOf } from '../../../src/server/routes/api-console.ts';
import { echoRuntime } from '../../helpers/echo-runtime.ts';

const TOKEN = 'console-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const hotel = loadHotel('data/hotel.yml');

describe('console API', () => {
  let app: FastifyInstance;
  const { runtime, trackers } = echoRuntime();
  let calls = 2;

  before(async () => {
    app = Fastify();
    await app.register(consoleApiRoutes, {
      runtime,
      trackers,
      hotel,
      token: TOKEN,
      now: () => new Date('2026-11-24T23:30:00+03:00'),
      voice: { running: true, activeCalls: () => calls },
    });
    await runtime.handleMessage({ sender: 'guest-old', text: 'Здравствуйте', channel: 'rest' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await runtime.handleMessage({ sender: 'CA-call-1', text: 'алло', channel: 'twilio_media_streams' });
    await runtime.handleMessage({ sender: 'CA-call-1', text: 'хочу номер', channel: 'twilio_media_streams' });
  });
  after(async () => {
    await app.close();
    await runtime.close();
  });

  it('refuses every route without the bearer token (401), or with a wrong one', async () => {
    for (const url of ['/api/status', '/api/conversations', '/api/conversations/CA-call-1/transcript']) {
      const none = await app.inject({ method: 'GET', url });
      assert.equal(none.statusCode, 401, url);
      assert.equal(none.headers['www-authenticate'], 'Bearer');
      assert.equal((await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer wrong' } })).statusCode, 401, url);
      assert.equal((await app.inject({ method: 'GET', url: `${url}?token=${TOKEN}` })).statusCode, 401, 'only the header counts');
    }
  });

  it('status says what runs: understanding, stores, calls, uptime and the hotel day', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/status', headers: auth });
    assert.equal(res.statusCode, 200);
    const status = res.json();
    assert.equal(status.status, 'ok');
    assert.equal(status.model_id, 'echo');
    assert.deepEqual(status.understanding, { generator: 'echo', mode: 'other', fallback: false });
    assert.equal(status.tracker_store, 'in_memory');
    assert.equal(status.checks.tracker_store.ok, true);
    assert.deepEqual(status.voice, { enabled: true, active_calls: 2 });
    calls = 0;
    assert.equal((await app.inject({ method: 'GET', url: '/api/status', headers: auth })).json().voice.active_calls, 0);
    assert.equal(typeof status.uptime_s, 'number');
    // 23:30 in Moscow is still the 24th there, though 20:30 UTC
    assert.equal(status.hotel.today, '2026-11-24');
    assert.equal(status.hotel.currency, 'RUB');
  });

  it('lists the latest conversations first, with channel and number of user messages', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/conversations', headers: auth });
    assert.equal(res.statusCode, 200);
    const { conversations } = res.json();
    assert.deepEqual(
      conversations.map((c: { id: string; channel: string; turns: number }) => [c.id, c.channel, c.turns]),
      [
        ['CA-call-1', 'twilio_media_streams', 2],
        ['guest-old', 'rest', 1],
      ],
    );
    assert.match(conversations[0].last_event_at, /^\d{4}-\d\d-\d\dT/);
    const one = await app.inject({ method: 'GET', url: '/api/conversations?limit=1', headers: auth });
    assert.deepEqual(
      one.json().conversations.map((c: { id: string }) => c.id),
      ['CA-call-1'],
    );
  });

  it('a bad limit is 400 naming the field', async () => {
    for (const limit of ['0', '-1', 'abc', '501', '2.5']) {
      const res = await app.inject({ method: 'GET', url: `/api/conversations?limit=${limit}`, headers: auth });
      assert.equal(res.statusCode, 400, limit);
      assert.equal(res.json().field, 'limit');
      assert.match(res.json().error, /^limit: /);
    }
  });

  it('a transcript holds the user and bot messages in order; an unknown conversation is 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/conversations/CA-call-1/transcript', headers: auth });
    assert.equal(res.statusCode, 200);
    const transcript = res.json();
    assert.equal(transcript.channel, 'twilio_media_streams');
    const lines = transcript.messages.map((m: { role: string; text: string }) => `${m.role}: ${m.text}`);
    assert.ok(lines.includes('user: алло'));
    assert.ok(lines.indexOf('user: алло') < lines.indexOf('user: хочу номер'));
    assert.ok(lines.some((l: string) => l.startsWith('bot: ')));
    const missing = await app.inject({ method: 'GET', url: '/api/conversations/nobody/transcript', headers: auth });
    assert.equal(missing.statusCode, 404);
    assert.equal(typeof missing.json().error, 'string');
  });

  it('the transcript leaves out actions, slots and empty bot events', () => {
    const messages = transcriptOf([
      { event: 'action', timestamp: 1, name: 'action_listen' },
      { event: 'user', timestamp: 2, text: 'да', parse_data: { text: 'да', intent: { name: 'affirm', confidence: 1 }, entities: [], commands: [] } },
      { event: 'bot', timestamp: 3, text: null, data: {} },
      { event: 'bot', timestamp: 4, text: 'Готово', data: {} },
    ]);
    assert.deepEqual(messages, [
      { role: 'user', text: 'да', at: '1970-01-01T00:00:02.000Z', intent: 'affirm' },
      { role: 'bot', text: 'Готово', at: '1970-01-01T00:00:04.000Z' },
    ]);
  });
});

describe('console API without a phone channel', () => {
  it('reports voice as off and no call count', async () => {
    const { runtime, trackers } = echoRuntime();
    const app = Fastify();
    await app.register(consoleApiRoutes, { runtime, trackers, hotel, token: TOKEN, now: () => new Date(), voice: null });
    const status = (await app.inject({ method: 'GET', url: '/api/status', headers: auth })).json();
    assert.deepEqual(status.voice, { enabled: false, active_calls: null });
    assert.deepEqual((await app.inject({ method: 'GET', url: '/api/conversations', headers: auth })).json(), { conversations: [] });
    await app.close();
    await runtime.close();
  });
});
