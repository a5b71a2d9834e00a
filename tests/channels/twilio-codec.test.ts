// The Twilio Media Streams wire format alone: frames in, frames out, and the call a start frame opens.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callInfoFromStart, decodeInbound, isCallerTrack, isMulaw8k, mediaAudio, twilioEncoder } from '../../src/channels/twilio-codec.ts';

const start = {
  event: 'start',
  sequenceNumber: '1',
  start: {
    streamSid: 'MZ1',
    accountSid: 'AC1',
    callSid: 'CA1',
    tracks: ['inbound'],
    customParameters: { token: 't', user_phone: '+79160000001', bot_phone: '+74950000000', direction: 'inbound' },
    mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
  },
  streamSid: 'MZ1',
};

describe('Twilio codec', () => {
  it('decodes a start frame into the call it opens', () => {
    const decoded = decodeInbound(JSON.stringify(start));
    assert.ok(decoded.ok && decoded.message.event === 'start');
    assert.deepEqual(callInfoFromStart(decoded.message.start), {
      callSid: 'CA1',
      streamSid: 'MZ1',
      accountSid: 'AC1',
      from: '+79160000001',
      to: '+74950000000',
      direction: 'inbound',
    });
    assert.ok(isMulaw8k(decoded.message.start.mediaFormat));
    assert.ok(!isMulaw8k({ encoding: 'audio/l16', sampleRate: 16000, channels: 1 }));
  });

  it('fills what Twilio may leave out of a start frame', () => {
    const bare = decodeInbound(JSON.stringify({ event: 'start', start: { streamSid: 'MZ2', callSid: 'CA2' } }));
    assert.ok(bare.ok && bare.message.event === 'start');
    assert.deepEqual(callInfoFromStart(bare.message.start), { callSid: 'CA2', streamSid: 'MZ2', accountSid: '', from: '', to: '', direction: 'inbound' });
  });

  it('decodes caller audio from a media frame', () => {
    const bytes = Uint8Array.from({ length: 160 }, (_, i) => i);
    const decoded = decodeInbound(
      JSON.stringify({
        event: 'media',
        streamSid: 'MZ1',
        media: { track: 'inbound', chunk: '2', timestamp: '40', payload: Buffer.from(bytes).toString('base64') },
      }),
    );
    assert.ok(decoded.ok && decoded.message.event === 'media');
    assert.ok(isCallerTrack(decoded.message.media.track));
    assert.deepEqual([...mediaAudio(decoded.message.media.payload)], [...bytes]);
    assert.ok(isCallerTrack('inbound_track'));
    assert.ok(!isCallerTrack('outbound'));
  });

  it('reads a media frame the same whether it takes the quick path or the schema', () => {
    const payload = Buffer.alloc(160, 0x7f).toString('base64');
    const full = { event: 'media', sequenceNumber: '3', streamSid: 'MZ1', media: { track: 'inbound', chunk: '2', timestamp: '40', payload } };
    assert.deepEqual(decodeInbound(JSON.stringify(full)), { ok: true, message: full });
    // Left to the schema: the default track is filled in; wrong types are refused.
    const noTrack = decodeInbound(JSON.stringify({ event: 'media', media: { payload } }));
    assert.ok(noTrack.ok && noTrack.message.event === 'media' && noTrack.message.media.track === 'inbound');
    assert.ok(!decodeInbound(JSON.stringify({ event: 'media', media: { track: 1, payload } })).ok);
    assert.ok(!decodeInbound(JSON.stringify({ event: 'media', sequenceNumber: 3, media: { track: 'inbound', payload } })).ok);
    assert.ok(!decodeInbound(JSON.stringify({ event: 'media', media: { track: 'inbound', payload: null } })).ok);
  });

  it('refuses what is not a Twilio frame, saying why', () => {
    assert.deepEqual(decodeInbound('{not json'), { ok: false, error: 'not JSON' });
    const unknown = decodeInbound(JSON.stringify({ event: 'hello' }));
    assert.ok(!unknown.ok);
    const badDigit = decodeInbound(JSON.stringify({ event: 'dtmf', dtmf: { digit: '12' } }));
    assert.ok(!badDigit.ok && /dtmf\.digit/.test(badDigit.error));
    const noPayload = decodeInbound(JSON.stringify({ event: 'media', media: {} }));
    assert.ok(!noPayload.ok && /media\.payload/.test(noPayload.error));
  });

  it('encodes outbound media, marks and clear for one stream, as Twilio reads them', () => {
    const encode = twilioEncoder('MZ"1');
    const frame = Uint8Array.from([0xff, 0x7f, 0x00]);
    assert.deepEqual(JSON.parse(encode.media(frame)), { event: 'media', streamSid: 'MZ"1', media: { payload: '/38A' } });
    assert.deepEqual(JSON.parse(encode.mark('r3-s1')), { event: 'mark', streamSid: 'MZ"1', mark: { name: 'r3-s1' } });
    assert.deepEqual(JSON.parse(encode.clear()), { event: 'clear', streamSid: 'MZ"1' });
    // A frame cut from a larger buffer encodes its own bytes only.
    const whole = Uint8Array.from([9, 9, 0xff, 0x7f, 0x00, 9]);
    assert.deepEqual(JSON.parse(encode.media(whole.subarray(2, 5))), { event: 'media', streamSid: 'MZ"1', media: { payload: '/38A' } });
  });
});
