import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { twilioSignature } from '../../src/channels/twilio-signature.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startVoiceServer, TIME_SCALE, type VoiceServer } from '../voice/harness.ts';

const AUTH_TOKEN = 'channel-test-token';

describe('twilio_media_streams webhook and stream', () => {
  let server: VoiceServer;
  let open: VoiceServer;
  let webhook: string;
  before(async () => {
    server = await startVoiceServer({ credentials: { auth_token: AUTH_TOKEN, account_sid: 'AC00' } });
    open = await startVoiceServer({ credentials: { server_url: 'bot.example.com' } });
    webhook = `${server.baseUrl}/webhooks/twilio_media_streams/webhook`;
  });
  after(async () => {
    await server.close();
    await open.close();
  });

  const form = { CallSid: 'CA42', From: '+79161234567', To: '+74951234567', Direction: 'inbound' };
  const post = (signature: string | undefined, body = new URLSearchParams(form).toString()) =>
    fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
      body,
    });

  it('answers a signed voice webhook with <Connect><Stream> and the call parameters', async () => {
    const res = await post(twilioSignature(AUTH_TOKEN, webhook, form));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/xml/);
    const twiml = await res.text();
    assert.match(twiml, /<Response><Connect><Stream url="ws:\/\/127\.0\.0\.1:\d+\/webhooks\/twilio_media_streams\/websocket">/);
    assert.match(twiml, /<Parameter name="token" value="[A-Za-z0-9_-]{20,}"\/>/);
    assert.match(twiml, /<Parameter name="user_phone" value="\+79161234567"\/>/);
    assert.doesNotMatch(/<Stream url="([^"]*)"/.exec(twiml)![1]!, /\?/, 'no query string in the stream URL');
  });

  it('refuses a wrong or missing signature with 403', async () => {
    assert.equal((await post(twilioSignature('other-token', webhook, form))).status, 403);
    assert.equal((await post(undefined)).status, 403);
  });

  it('uses the configured server_url for the stream (wss) when set', async () => {
    const res = await fetch(`${open.baseUrl}/webhooks/twilio_media_streams/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    assert.match(await res.text(), /<Stream url="wss:\/\/bot\.example\.com\/webhooks\/twilio_media_streams\/websocket">/);
  });

  it('gives a text answer to the local JSON test (From, Body)', async () => {
    const res = await fetch(`${open.baseUrl}/webhooks/twilio_media_streams/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ From: '+79160000001', Body: 'Хочу забронировать номер' }),
    });
    assert.equal(res.status, 200);
    const messages = (await res.json()) as { recipient_id: string; text: string }[];
    // The conversation id is a keyed hash of the number, never the number itself.
    assert.equal(messages.length, 1);
    assert.match(messages[0]!.recipient_id, /^tel-[0-9a-f]{24}$/);
    assert.equal(messages[0]!.text, 'На какие даты вы хотите забронировать номер?');
  });

  it('closes a stream whose start carries no valid one-time token with 1008', async () => {
    const ws = new WebSocket(`${open.baseUrl.replace('http', 'ws')}/webhooks/twilio_media_streams/websocket`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(JSON.stringify({ event: 'connected', protocol: 'Call', version: '1.0.0' }));
    ws.send(
      JSON.stringify({
        event: 'start',
        streamSid: 'MZ1',
        start: { streamSid: 'MZ1', accountSid: 'AC1', callSid: 'CA1', customParameters: { token: 'forged' } },
      }),
    );
    assert.equal(await closed, 1008);
  });

  it('ignores malformed frames without disturbing this call or another one', async () => {
    const broken = await SimulatedCall.dial({ baseUrl: open.baseUrl, timeScale: TIME_SCALE });
    const healthy = await SimulatedCall.dial({ baseUrl: open.baseUrl, timeScale: TIME_SCALE });
    // Garbage on a connection that never started, and an invalid DTMF frame on the call itself.
    const intruder = new WebSocket(`${open.baseUrl.replace('http', 'ws')}/webhooks/twilio_media_streams/websocket`);
    await new Promise((r) => intruder.once('open', r));
    intruder.send('not json');
    intruder.send(JSON.stringify({ event: 'media', media: { payload: 42 } }));
    intruder.send(JSON.stringify({ event: 'dance' }));
    intruder.send(Buffer.from([1, 2, 3]));
    broken.press('x');
    await healthy.waitForBotTurn();
    await broken.waitForBotTurn();
    assert.equal(intruder.readyState, WebSocket.OPEN);
    intruder.close();
    await healthy.hangup();
    await broken.hangup();
  });
});

describe('twilio_media_streams plugin in a host server', () => {
  it('reports a bad credentials block in one line, and the host server still boots without the channel', async () => {
    const { default: Fastify } = await import('fastify');
    const { default: pino } = await import('pino');
    const { twilioMediaStreamsPlugin, VoiceConfigError } = await import('../../src/channels/twilio-media-streams.ts');
    const app = Fastify();
    app.get('/health', async () => 'ok');
    await app.register(async (scope) => {
      await assert.rejects(
        twilioMediaStreamsPlugin(scope, {
          agent: { handleMessage: async () => [] },
          env: {},
          credentials: { silence_timeout: 'soon' },
          hotelPhone: '+7',
          clock: { now: () => new Date() },
          logger: pino({ level: 'silent' }),
        }),
        (err: Error) =>
          err instanceof VoiceConfigError &&
          err.message === 'credentials.yml twilio_media_streams: silence_timeout: Invalid input: expected number, received string',
      );
    });
    await app.ready();
    assert.equal((await app.inject('/health')).body, 'ok');
    await app.close();
  });

  it('leaves the server’s own body parsing alone when called directly', async () => {
    const { default: Fastify } = await import('fastify');
    const { default: pino } = await import('pino');
    const { twilioMediaStreamsPlugin } = await import('../../src/channels/twilio-media-streams.ts');
    const { DialogueDouble } = await import('../voice/harness.ts');
    const { ScriptedRecognizer } = await import('../../src/voice/asr/scripted.ts');
    const { EspeakSynthesizer } = await import('../../src/voice/tts/espeak.ts');
    const { energyVadFactory } = await import('../../src/voice/vad/energy.ts');
    const app = Fastify();
    app.post('/webhooks/rest/webhook', async (request) => request.body);
    await twilioMediaStreamsPlugin(app, {
      agent: new DialogueDouble(),
      env: {},
      credentials: {},
      hotelPhone: '+70000000000',
      clock: { now: () => new Date() },
      logger: pino({ level: 'silent' }),
      recognizer: new ScriptedRecognizer(),
      synthesizer: new EspeakSynthesizer(),
      vad: energyVadFactory(),
    });
    const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender: 'a', message: 'b' } });
    assert.deepEqual(res.json(), { sender: 'a', message: 'b' });
    const ok = await app.inject({ method: 'GET', url: '/webhooks/twilio_media_streams/' });
    assert.deepEqual(ok.json(), { status: 'ok' });
    await app.close();
  });
});

describe('twilio_media_streams webhook behind a proxy', () => {
  let server: VoiceServer;
  before(async () => {
    server = await startVoiceServer({ credentials: { auth_token: AUTH_TOKEN, server_url: 'voice.example.com', username: 'twilio', password: 'secret' } });
  });
  after(() => server.close());

  const path = '/webhooks/twilio_media_streams/webhook';
  const basic = `Basic ${Buffer.from('twilio:secret').toString('base64')}`;
  const form = { CallSid: 'CA77', From: '+79161234567', To: '+74951234567', Direction: 'inbound' };

  it('validates the signature over the public server_url and asks for basic auth when configured', async () => {
    const send = (headers: Record<string, string>) =>
      fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(form).toString(),
      });
    const signature = twilioSignature(AUTH_TOKEN, `https://voice.example.com${path}`, form);
    assert.equal((await send({ 'x-twilio-signature': signature })).status, 401);
    const ok = await send({ 'x-twilio-signature': signature, authorization: basic });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /wss:\/\/voice\.example\.com\/webhooks\/twilio_media_streams\/websocket/);
    const forwarded = twilioSignature(AUTH_TOKEN, `https://tunnel.example.net${path}`, form);
    assert.equal(
      (await send({ 'x-twilio-signature': forwarded, authorization: basic, 'x-forwarded-host': 'tunnel.example.net', 'x-forwarded-proto': 'https' })).status,
      200,
    );
    assert.equal((await send({ 'x-twilio-signature': forwarded, authorization: basic })).status, 403);
  });

  it('validates JSON bodies by bodySHA256 and answers the text test', async () => {
    const body = JSON.stringify({ From: '+79160000002', Body: 'Хочу забронировать номер' });
    const hash = createHash('sha256').update(body).digest('hex');
    const url = `https://voice.example.com${path}?bodySHA256=${hash}`;
    const signature = twilioSignature(AUTH_TOKEN, url, {});
    const post = (payload: string) =>
      fetch(`${server.baseUrl}${path}?bodySHA256=${hash}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-twilio-signature': signature, authorization: basic },
        body: payload,
      });
    const ok = await post(body);
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { text: string }[])[0]!.text, 'На какие даты вы хотите забронировать номер?');
    assert.equal((await post(body.replace('номер', 'люкс'))).status, 403);
  });
});
