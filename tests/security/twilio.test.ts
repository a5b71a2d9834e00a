// Attacks on the phone channel. Against main (8c9667e): without TWILIO_AUTH_TOKEN any unsigned request was
// answered with TwiML (200) and the text test used the caller's raw number as conversation id; a Media Streams
// socket could stay open without ever sending `start`, and a 60 MB frame was taken.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { post, type SecurityServer, securityServer } from './harness.ts';

const CALL = new URLSearchParams({ CallSid: 'CA0001', From: '+79161234567', To: '+74951234567', Direction: 'inbound' }).toString();
const postForm = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

describe('Twilio webhook without TWILIO_AUTH_TOKEN', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer();
  });
  after(() => s.close());

  it('refuses unsigned requests with a clear 403 by default', async () => {
    const res = await postForm(`${s.url}/webhooks/twilio_media_streams/webhook`, CALL);
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { error: string }).error, /TWILIO_AUTH_TOKEN/);
  });
});

describe('Twilio webhook in development mode (asked for explicitly)', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ env: { PORTIER_TWILIO_ALLOW_UNSIGNED: '1' } });
  });
  after(() => s.close());

  it('answers unsigned requests with TwiML', async () => {
    const res = await postForm(`${s.url}/webhooks/twilio_media_streams/webhook`, CALL);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<Stream /);
  });

  it('a caller’s conversation id is not their phone number; the number is kept as metadata', async () => {
    const res = await post(`${s.url}/webhooks/twilio_media_streams/webhook`, { From: '+79161234567', Body: 'здравствуйте' });
    assert.equal(res.status, 200);
    const [first] = (await res.json()) as { recipient_id: string }[];
    assert.ok(first);
    assert.doesNotMatch(first.recipient_id, /9161234567/);
    const tracker = (await (await fetch(`${s.url}/conversations/${first.recipient_id}/tracker?token=${s.authToken}`)).json()) as {
      sender_id: string;
      events: { event: string; metadata?: Record<string, unknown> }[];
    };
    assert.doesNotMatch(tracker.sender_id, /9161234567/);
    assert.equal(tracker.events.find((e) => e.event === 'user')?.metadata?.user_phone, '+79161234567');
  });

  const socket = async () => {
    const ws = new WebSocket(`${s.url.replace('http', 'ws')}/webhooks/twilio_media_streams/websocket`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return ws;
  };
  const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

  it('a Media Streams socket that sends no start is closed within a few seconds', async () => {
    const ws = await socket();
    const started = performance.now();
    const code = await Promise.race([closed(ws), new Promise<number>((resolve) => setTimeout(() => resolve(-1), 8000))]);
    if (code === -1) ws.terminate();
    assert.equal(code, 1008, 'closed by the server as a policy violation');
    assert.ok(performance.now() - started < 7000);
  });

  it('a frame far larger than any Twilio frame closes the socket (1009)', async () => {
    const ws = await socket();
    const done = closed(ws);
    ws.send(JSON.stringify({ event: 'media', media: { payload: 'A'.repeat(2 * 1024 * 1024) } }));
    // A server that takes the frame and keeps the socket open fails here instead of hanging the suite.
    const code = await Promise.race([done, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 8000))]);
    if (code === -1) ws.terminate();
    assert.equal(code, 1009, 'closed as a message too big');
  });
});
