// Phone numbers never reach the logs, at any level. Against main (8c9667e) a REST sender that is a phone number
// was logged as the turn's conversation id, and debug request lines carried it in the URL (path and query).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { post, type SecurityServer, securityServer } from './harness.ts';

describe('log masking', () => {
  const logs: string[] = [];
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ logs, env: { PORTIER_TWILIO_ALLOW_UNSIGNED: '1' } });
  });
  after(() => s.close());

  it('a phone number used as conversation id is masked in turn lines and debug request URLs', async () => {
    assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: '+79161234567', message: 'мой телефон 8 916 123-45-67' })).status, 200);
    assert.equal((await fetch(`${s.url}/conversations/%2B79161234567/tracker?token=${s.authToken}`)).status, 200);
    await fetch(`${s.url}/conversations/89161234567/tracker?token=${s.authToken}`);
    assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: 'whatsapp:+79161234567', message: 'привет' })).status, 200);
    assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: 'guest-89161234567', message: 'привет' })).status, 200);
    // A phone in a query string, in a path of the staff API, and a caller's number on the Twilio text test.
    await fetch(`${s.url}/api/bookings?phone=%2B79161234567&guest=8-916-123-45-67`, { headers: { authorization: `Bearer ${s.apiToken}` } });
    await fetch(`${s.url}/api/bookings/79161234567`, { headers: { authorization: `Bearer ${s.apiToken}` } });
    const twilio = await fetch(`${s.url}/webhooks/twilio_media_streams/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ From: '+79161234567', Body: 'привет' }),
    });
    assert.equal(twilio.status, 200);
    const text = logs.join('');
    assert.ok(
      logs.some((l) => l.includes('"event":"turn"')),
      'the turn was logged',
    );
    assert.ok(
      logs.some((l) => l.includes('"event":"http"')),
      'debug request lines were logged',
    );
    assert.ok(
      logs.some((l) => l.includes('/api/bookings')),
      'the staff API requests were logged',
    );
    assert.doesNotMatch(text, /9161234567|916 123-45-67|123-45-67|916-123/);
    assert.doesNotMatch(text, /rasa-api-token/);
  });
});
