// Attacks on the Rasa HTTP API. Against main (8c9667e) there was no --jwt-secret: a user's token could not be
// limited to its own conversation, and failed token guesses were never slowed down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { post, type SecurityServer, securityServer } from './harness.ts';

const SECRET = 'rasa-api-jwt-secret';
const sign = (user: Record<string, unknown>) =>
  new SignJWT({ user }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));

describe('Rasa API: --jwt-secret roles', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ jwtSecret: SECRET, env: { PORTIER_RATE_LIMIT_LOOPBACK: '1', PORTIER_RATE_LIMIT_AUTH_FAILURES: '5/15m' } });
    await post(`${s.url}/webhooks/rest/webhook`, { sender: 'alice', message: 'привет' });
    await post(`${s.url}/webhooks/rest/webhook`, { sender: 'bob', message: 'привет' });
  });
  after(() => s.close());

  it('role user reads its own conversation and nobody else’s', async () => {
    const alice = await sign({ username: 'alice', role: 'user' });
    const own = await fetch(`${s.url}/conversations/alice/tracker`, { headers: { authorization: `Bearer ${alice}` } });
    assert.equal(own.status, 200);
    const other = await fetch(`${s.url}/conversations/bob/tracker`, { headers: { authorization: `Bearer ${alice}` } });
    assert.equal(other.status, 403);
    const status = await fetch(`${s.url}/status`, { headers: { authorization: `Bearer ${alice}` } });
    assert.equal(status.status, 403, 'non-conversation routes need admin');
  });

  it('role admin sees everything', async () => {
    const admin = await sign({ username: 'ops', role: 'admin' });
    assert.equal((await fetch(`${s.url}/conversations/bob/tracker`, { headers: { authorization: `Bearer ${admin}` } })).status, 200);
    assert.equal((await fetch(`${s.url}/status`, { headers: { authorization: `Bearer ${admin}` } })).status, 200);
  });

  it('failed attempts are limited per IP: past the limit even the right token waits (429 + Retry-After)', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${s.url}/conversations/bob/tracker?token=guess-${i}`);
      assert.equal(res.status, 403);
    }
    const blocked = await fetch(`${s.url}/conversations/bob/tracker?token=${s.authToken}`);
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    const staff = await fetch(`${s.url}/api/bookings?code=X`, { headers: { authorization: `Bearer ${s.apiToken}` } });
    assert.equal(staff.status, 429, 'the staff /api shares the count of failures');
  });
});

describe('staff /api: failed bearer tokens are limited per IP', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ env: { PORTIER_RATE_LIMIT_LOOPBACK: '1', PORTIER_RATE_LIMIT_AUTH_FAILURES: '5/15m' } });
  });
  after(() => s.close());

  it('after 5 wrong tokens the right one waits too (429 + Retry-After)', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${s.url}/api/bookings?code=X`, { headers: { authorization: `Bearer guess-${i}` } });
      assert.equal(res.status, 401);
    }
    const blocked = await fetch(`${s.url}/api/bookings?code=X`, { headers: { authorization: `Bearer ${s.apiToken}` } });
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });
});
