// Attacks on the REST webhook. Each test failed against main before this hardening (8c9667e): form posts were
// answered 200, any sender could be named, a 10,000-character message was taken, the caller's IP was not recorded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { post, type SecurityServer, securityServer } from './harness.ts';

const SECRET = 'web-chat-secret-of-the-hotel';
const sign = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(secret));

describe('REST webhook: JSON only, bounded messages, caller IP', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer();
  });
  after(() => s.close());

  it('a cross-site form post (no preflight) is refused with 415 and runs no turn', async () => {
    const res = await fetch(`${s.url}/webhooks/rest/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'sender=victim&message=%D0%B4%D0%B0',
    });
    assert.equal(res.status, 415);
    const plain = await fetch(`${s.url}/webhooks/rest/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"sender":"victim","message":"да"}',
    });
    assert.equal(plain.status, 415);
    const tracker = await fetch(`${s.url}/conversations/victim/tracker?token=${s.authToken}`);
    const events = tracker.status === 404 ? [] : ((await tracker.json()) as { events: { event: string }[] }).events;
    assert.deepEqual(
      events.filter((e) => e.event === 'user'),
      [],
      'no turn was run',
    );
  });

  it('a message over the length cap is a 400', async () => {
    const res = await post(`${s.url}/webhooks/rest/webhook`, { sender: 'long', message: 'а'.repeat(10_000) });
    assert.equal(res.status, 400);
  });

  it('the caller IP is recorded as metadata.caller_ip, whatever the client claims', async () => {
    const res = await post(`${s.url}/webhooks/rest/webhook`, { sender: 'ip-1', message: 'привет', metadata: { caller_ip: '203.0.113.9' } });
    assert.equal(res.status, 200);
    const tracker = (await (await fetch(`${s.url}/conversations/ip-1/tracker?token=${s.authToken}`)).json()) as {
      events: { event: string; metadata?: Record<string, unknown> }[];
    };
    const user = tracker.events.find((e) => e.event === 'user');
    assert.equal(user?.metadata?.caller_ip, '127.0.0.1');
  });
});

describe('REST webhook with signed sender tokens (rest.jwt_secret)', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ credentials: `rest:\n  jwt_secret: ${SECRET}\n` });
  });
  after(() => s.close());

  it('without a token the message is refused (401)', async () => {
    const res = await post(`${s.url}/webhooks/rest/webhook`, { sender: 'guest-a', message: 'привет' });
    assert.equal(res.status, 401);
  });

  it('a forged token or one naming another sender is refused (403)', async () => {
    const forged = await sign({ sub: 'guest-a' }, 'guessed-secret');
    assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: 'guest-a', message: 'привет' }, { authorization: `Bearer ${forged}` })).status, 403);
    const mine = await sign({ sub: 'guest-b' });
    assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: 'guest-a', message: 'привет' }, { authorization: `Bearer ${mine}` })).status, 403);
  });

  it('the sender comes from the verified token', async () => {
    const token = await sign({ sub: 'guest-c' });
    const res = await post(`${s.url}/webhooks/rest/webhook`, { message: 'привет' }, { authorization: `Bearer ${token}` });
    assert.equal(res.status, 200);
    const messages = (await res.json()) as { recipient_id: string }[];
    assert.equal(messages[0]?.recipient_id, 'guest-c');
  });
});
