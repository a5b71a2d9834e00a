// Floods are limited. Against main (8c9667e) none of these limits existed: every request was served.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REDIS_URL, redisMissing, uniqueName } from '../helpers/services.ts';
import { post, type SecurityServer, securityServer } from './harness.ts';

const say = (s: SecurityServer, sender: string) => post(`${s.url}/webhooks/rest/webhook`, { sender, message: 'привет' });

describe('rate limits (one instance, in memory)', () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({
      env: {
        PORTIER_RATE_LIMIT_LOOPBACK: '1',
        PORTIER_RATE_LIMIT_REST_SENDER: '3/1m',
        PORTIER_RATE_LIMIT_REST_IP: '8/1m',
        PORTIER_RATE_LIMIT_TWILIO_IP: '2/1m',
        PORTIER_TWILIO_ALLOW_UNSIGNED: '1',
      },
    });
  });
  after(() => s.close());

  it('one sender flooding the REST webhook gets 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await say(s, 'flood')).status, 200);
    const refused = await say(s, 'flood');
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });

  it('rotating senders does not escape the per-IP limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await say(s, `rot-${i}`)).status);
    assert.ok(statuses.includes(429), statuses.join(','));
  });

  it('the Twilio webhook is limited per IP', async () => {
    const call = () =>
      fetch(`${s.url}/webhooks/twilio_media_streams/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'CallSid=CA9&From=%2B79160000000&To=%2B74950000000',
      });
    assert.equal((await call()).status, 200);
    assert.equal((await call()).status, 200);
    assert.equal((await call()).status, 429);
  });
});

const noRedis = await redisMissing();

describe('rate limits shared through Redis by two instances', { skip: noRedis ?? false }, () => {
  let a: SecurityServer;
  let b: SecurityServer;
  before(async () => {
    const env = { PORTIER_RATE_LIMIT_LOOPBACK: '1', PORTIER_RATE_LIMIT_REST_SENDER: '4/1m', REDIS_URL, PORTIER_REDIS_PREFIX: `${uniqueName('rl')}:` };
    a = await securityServer({ env });
    b = await securityServer({ env });
  });
  after(async () => {
    await a.close();
    await b.close();
  });

  it('a sender’s requests count on both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await say(a, 'shared')).status);
      statuses.push((await say(b, 'shared')).status);
    }
    assert.deepEqual(statuses.slice(0, 4), [200, 200, 200, 200]);
    assert.deepEqual(statuses.slice(4), [429, 429]);
  });
});
