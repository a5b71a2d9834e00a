import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { dialable, TwilioRest, TwilioRestError } from '../../../src/voice/call/twilio-rest.ts';
import { startTwilioApi } from '../harness.ts';

describe('Twilio REST call control', () => {
  it('dials the digits of a number written for people', () => {
    assert.equal(dialable('+7 812 555-01-48'), '+78125550148');
    assert.equal(dialable('sip:reception@example.com'), 'sip:reception@example.com');
  });

  it('updates the call with basic auth and a form body', async () => {
    const api = await startTwilioApi();
    const rest = new TwilioRest({ accountSid: 'AC1', authToken: 'tok', baseUrl: api.url });
    await rest.transfer('CA9', '+7 812 555-01-48');
    await rest.hangUp('CA9');
    assert.deepEqual(
      api.requests.map((r) => [r.path, r.form]),
      [
        ['/2010-04-01/Accounts/AC1/Calls/CA9.json', { Twiml: '<Response><Dial>+78125550148</Dial></Response>' }],
        ['/2010-04-01/Accounts/AC1/Calls/CA9.json', { Status: 'completed' }],
      ],
    );
    assert.equal(api.requests[0]!.auth, `Basic ${Buffer.from('AC1:tok').toString('base64')}`);
    await api.close();
  });

  it('names the call and the status when Twilio refuses, and treats hanging up an ended call as done', async () => {
    const app = Fastify();
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) => done(null, body));
    app.post('/2010-04-01/Accounts/:a/Calls/:sid.json', async (_request, reply) =>
      reply.code(404).send({ code: 20404, message: 'The requested resource was not found', status: 404 }),
    );
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const rest = new TwilioRest({ accountSid: 'AC1', authToken: 'tok', baseUrl: url });
    await assert.rejects(rest.transfer('CA9', '+70000000000'), (err: Error) => err instanceof TwilioRestError && /call CA9 failed \(404\)/.test(err.message));
    await rest.hangUp('CA9');
    await app.close();
  });
});
