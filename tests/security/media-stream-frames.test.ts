// Malformed Media Streams frames: warnings are limited per socket, and a socket that sends nothing but garbage is
// closed. Against main (8c9667e) every one of 300 garbage frames wrote a warning line and the socket stayed open.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { pino } from 'pino';
import WebSocket from 'ws';
import { twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import { ScriptedRecognizer } from '../../src/voice/asr/scripted.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../../src/voice/tts/espeak.ts';
import { energyVadFactory } from '../../src/voice/vad/energy.ts';
import { DialogueDouble } from '../voice/harness.ts';

describe('Media Streams: malformed frames', () => {
  it('logs a handful of warnings per socket, then closes a socket that only sends garbage', async () => {
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { level: number; msg: string });
        done();
      },
    });
    const app = Fastify();
    await app.register(twilioMediaStreamsPlugin, {
      agent: new DialogueDouble(),
      env: {},
      credentials: {},
      hotelPhone: '+74950000000',
      clock: { now: () => new Date() },
      logger: pino({ level: 'warn' }, sink),
      recognizer: new ScriptedRecognizer(),
      synthesizer: new CachedSynthesizer(new EspeakSynthesizer()),
      vad: energyVadFactory(),
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const ws = new WebSocket(`${base.replace('http', 'ws')}/webhooks/twilio_media_streams/websocket`);
      await new Promise((resolve) => ws.once('open', resolve));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      for (let i = 0; i < 300 && ws.readyState === WebSocket.OPEN; i++) ws.send(`garbage ${i}`);
      // A server that never closes the socket fails here instead of hanging the suite.
      const timedOut = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 10_000).unref());
      assert.equal(await Promise.race([closed, timedOut]), 1008, 'the socket is closed (1008) after too many malformed frames');
      const warnings = lines.filter((l) => l.level === 40 && /frame/.test(l.msg));
      assert.ok(warnings.length <= 8, `${warnings.length} warning lines for one socket`);
    } finally {
      await app.close();
    }
  });
});
