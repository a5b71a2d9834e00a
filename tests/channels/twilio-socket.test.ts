// The Media Streams socket handler alone, on a fake socket and a recording call: the start handshake with its
// one-time token, frame dispatch, outbound encoding, and the limits on sockets that misbehave.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import pino from 'pino';
import { handleMediaStream, MAX_BAD_FRAMES, type StreamCall } from '../../src/channels/twilio-socket.ts';
import type { CallInfo, CallTransport } from '../../src/voice/call/call-info.ts';
import { StreamTokens } from '../../src/voice/call/tokens.ts';

class FakeSocket extends EventEmitter {
  readyState = 1;
  readonly sent: string[] = [];
  closed: { code: number; reason: string } | undefined;
  send(text: string): void {
    this.sent.push(text);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
    this.readyState = 3;
  }
  frame(message: unknown): void {
    this.emit('message', Buffer.from(JSON.stringify(message)), false);
  }
}

function setup(startTimeoutMs = 1000) {
  const socket = new FakeSocket();
  const tokens = new StreamTokens(() => 0);
  const events: string[] = [];
  const opened: { call: CallInfo; transport: CallTransport }[] = [];
  const call: StreamCall = {
    onAudio: (mulaw) => events.push(`audio ${mulaw.length}`),
    onDtmf: (digit) => events.push(`dtmf ${digit}`),
    onMark: (name) => events.push(`mark ${name}`),
    end: async (outcome) => void events.push(`end ${outcome}`),
  };
  handleMediaStream(socket, {
    tokens,
    logger: pino({ level: 'silent' }),
    startTimeoutMs,
    openCall: (info, transport) => {
      opened.push({ call: info, transport });
      return call;
    },
  });
  const start = (token: string, callSid = 'CA1') =>
    socket.frame({ event: 'start', start: { streamSid: 'MZ1', callSid, accountSid: 'AC1', customParameters: { token, user_phone: '+79160000001' } } });
  return { socket, tokens, events, opened, start };
}

describe('Media Streams socket handler', () => {
  it('opens the call on a start with the token issued for that CallSid, then dispatches its frames', () => {
    const { socket, tokens, events, opened, start } = setup();
    start(tokens.issue('CA1'));
    assert.equal(opened.length, 1);
    assert.equal(opened[0]!.call.from, '+79160000001');
    const payload = Buffer.alloc(160, 0xff).toString('base64');
    socket.frame({ event: 'media', media: { track: 'inbound', payload } });
    socket.frame({ event: 'media', media: { track: 'outbound', payload } });
    socket.frame({ event: 'dtmf', dtmf: { digit: '5' } });
    socket.frame({ event: 'mark', mark: { name: 'r1-s1' } });
    socket.frame({ event: 'stop' });
    assert.deepEqual(events, ['audio 160', 'dtmf 5', 'mark r1-s1', 'end caller_hangup']);
    socket.emit('close');
    assert.equal(events.at(-1), 'end socket_closed');
  });

  it("encodes the call's outbound audio for its stream, and sends nothing once the socket is closed", () => {
    const { socket, tokens, opened, start } = setup();
    start(tokens.issue('CA1'));
    const line = opened[0]!.transport;
    line.media(Uint8Array.from([1, 2, 3]));
    line.mark('r1-s1');
    line.clear();
    assert.deepEqual(
      socket.sent.map((t) => JSON.parse(t)),
      [
        { event: 'media', streamSid: 'MZ1', media: { payload: 'AQID' } },
        { event: 'mark', streamSid: 'MZ1', mark: { name: 'r1-s1' } },
        { event: 'clear', streamSid: 'MZ1' },
      ],
    );
    line.close(1000, 'hangup');
    assert.deepEqual(socket.closed, { code: 1000, reason: 'hangup' });
    line.clear();
    assert.equal(socket.sent.length, 3);
  });

  it('closes a stream whose token is missing, wrong, or issued to another call', () => {
    for (const token of ['', 'forged']) {
      const { socket, opened, start } = setup();
      start(token);
      assert.equal(opened.length, 0);
      assert.deepEqual(socket.closed, { code: 1008, reason: 'invalid token' });
    }
    const { socket, tokens, opened, start } = setup();
    start(tokens.issue('CA-other'), 'CA1');
    assert.equal(opened.length, 0);
    assert.equal(socket.closed?.reason, 'invalid token');
  });

  it('ignores frames before start and a second start', () => {
    const { socket, tokens, events, opened, start } = setup();
    socket.frame({ event: 'dtmf', dtmf: { digit: '1' } });
    assert.deepEqual(events, []);
    start(tokens.issue('CA1'));
    start(tokens.issue('CA1'));
    assert.equal(opened.length, 1);
    assert.equal(socket.closed, undefined);
  });

  it('closes a socket that keeps sending malformed frames', () => {
    const { socket } = setup();
    for (let i = 0; i < MAX_BAD_FRAMES - 1; i++) socket.emit('message', Buffer.from('{bad'), false);
    assert.equal(socket.closed, undefined);
    socket.emit('message', Buffer.from([0, 1]), true);
    assert.deepEqual(socket.closed, { code: 1008, reason: 'malformed frames' });
  });

  it('closes a socket that sends no start in time', async () => {
    const { socket } = setup(20);
    await new Promise((r) => setTimeout(r, 60));
    assert.deepEqual(socket.closed, { code: 1008, reason: 'start expected' });
  });
});
