// Access to the Twilio routes alone, on a bare fastify scope: basic auth, X-Twilio-Signature over form and JSON
// bodies, and a server without a token.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import pino from 'pino';
import { keepRawBodies, type TwilioAccess, twilioAccessHook } from '../../src/channels/twilio-auth.ts';
import { twilioSignature } from '../../src/channels/twilio-signature.ts';

const TOKEN = 'auth-test-token';

async function app(access: Partial<TwilioAccess>) {
  const server = Fastify();
  keepRawBodies(server);
  const hook = twilioAccessHook({ allowUnsigned: false, logger: pino({ level: 'silent' }), ...access });
  server.post('/hook', { preHandler: hook }, async (request) => ({ body: request.body }));
  await server.ready();
  return server;
}

const form = { CallSid: 'CA1', From: '+79160000001' };
const formBody = new URLSearchParams(form).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', host: 'hotel.example' };

describe('Twilio access hook', () => {
  it('lets a form request through with the signature Twilio computes, and refuses any other', async () => {
    const server = await app({ authToken: TOKEN });
    const signed = twilioSignature(TOKEN, 'http://hotel.example/hook', form);
    const ok = await server.inject({ method: 'POST', url: '/hook', headers: { ...formHeaders, 'x-twilio-signature': signed }, payload: formBody });
    assert.equal(ok.statusCode, 200);
    assert.deepEqual(ok.json().body, form);
    const tampered = await server.inject({
      method: 'POST',
      url: '/hook',
      headers: { ...formHeaders, 'x-twilio-signature': signed },
      payload: `${formBody}&x=1`,
    });
    assert.equal(tampered.statusCode, 403);
    assert.equal((await server.inject({ method: 'POST', url: '/hook', headers: formHeaders, payload: formBody })).statusCode, 403);
  });

  it('checks a JSON body against the bodySHA256 in the signed URL', async () => {
    const server = await app({ authToken: TOKEN, serverUrl: 'bot.example.com' });
    const payload = JSON.stringify({ CallSid: 'CA2' });
    const url = `/hook?bodySHA256=${createHash('sha256').update(payload).digest('hex')}`;
    const signature = twilioSignature(TOKEN, `https://bot.example.com${url}`);
    const headers = { 'content-type': 'application/json', 'x-twilio-signature': signature };
    assert.equal((await server.inject({ method: 'POST', url, headers, payload })).statusCode, 200);
    assert.equal((await server.inject({ method: 'POST', url, headers, payload: JSON.stringify({ CallSid: 'CA3' }) })).statusCode, 403);
  });

  it('asks for basic auth first when credentials.yml sets username and password', async () => {
    const server = await app({ authToken: TOKEN, username: 'rasa', password: 'secret' });
    const signed = twilioSignature(TOKEN, 'http://hotel.example/hook', form);
    const noAuth = await server.inject({ method: 'POST', url: '/hook', headers: { ...formHeaders, 'x-twilio-signature': signed }, payload: formBody });
    assert.equal(noAuth.statusCode, 401);
    assert.equal(noAuth.headers['www-authenticate'], 'Basic');
    const basic = `Basic ${Buffer.from('rasa:secret').toString('base64')}`;
    assert.equal(
      (
        await server.inject({
          method: 'POST',
          url: '/hook',
          headers: { ...formHeaders, 'x-twilio-signature': signed, authorization: basic },
          payload: formBody,
        })
      ).statusCode,
      200,
    );
  });

  it('refuses everything without a token, unless unsigned requests are allowed for development', async () => {
    const strict = await app({});
    const refused = await strict.inject({ method: 'POST', url: '/hook', headers: formHeaders, payload: formBody });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().error, /TWILIO_AUTH_TOKEN/);
    const dev = await app({ allowUnsigned: true });
    assert.equal((await dev.inject({ method: 'POST', url: '/hook', headers: formHeaders, payload: formBody })).statusCode, 200);
  });

  it('answers 400 to a body that does not parse', async () => {
    const server = await app({ allowUnsigned: true });
    assert.equal((await server.inject({ method: 'POST', url: '/hook', headers: { 'content-type': 'application/json' }, payload: '{oops' })).statusCode, 400);
  });
});
