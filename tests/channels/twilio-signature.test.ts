import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { twilioSignature, urlVariants, validateTwilioRequest, validateTwilioRequestWithBody } from '../../src/channels/twilio-signature.ts';

// Vectors published with Twilio's own helper library (twilio-node webhooks tests).
const token = '12345';
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };

describe('X-Twilio-Signature', () => {
  it('matches the published form-parameter vector', () => {
    assert.equal(twilioSignature(token, url, params), 'RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    assert.equal(validateTwilioRequest(token, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, params), true);
  });

  it('is HMAC-SHA1 over the URL and the sorted key+value pairs', () => {
    const data = `${url}CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212`;
    assert.equal(twilioSignature(token, url, params), createHmac('sha1', token).update(data).digest('base64'));
  });

  it('rejects a tampered parameter or a wrong token', () => {
    assert.equal(validateTwilioRequest(token, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, { ...params, Digits: '1235' }), false);
    assert.equal(validateTwilioRequest('54321', 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', url, params), false);
  });

  it('accepts the URL signed with or without the default port', () => {
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';
    const signedWithPort = twilioSignature(token, withPort, params);
    assert.equal(validateTwilioRequest(token, signedWithPort, url, params), true);
    assert.equal(validateTwilioRequest(token, twilioSignature(token, url, params), withPort, params), true);
    assert.ok(urlVariants(url).includes(withPort));
  });

  it('validates JSON bodies with the bodySHA256 variant (published vector)', () => {
    const body = '{"property": "value", "boolean": true}';
    const signedUrl = `${url}&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620`;
    assert.equal(validateTwilioRequestWithBody(token, 'a9nBmqA0ju/hNViExpshrM61xv4=', signedUrl, body), true);
    assert.equal(validateTwilioRequestWithBody(token, 'a9nBmqA0ju/hNViExpshrM61xv4=', signedUrl, `${body} `), false);
  });
});
