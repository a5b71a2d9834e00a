import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { voiceCallerMetadata } from '../../src/channels/caller-id-proof.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startVoiceServer, TIME_SCALE, type VoiceServer } from './harness.ts';

describe('a simulated phone call', () => {
  let server: VoiceServer;
  before(async () => {
    server = await startVoiceServer();
  });
  after(() => server.close());

  it('greets, handles a booking exchange, and hangs up after the goodbye has played', async () => {
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE, from: '+79161112233' });
    const greeting = await call.waitForBotTurn();
    assert.ok(greeting.endMs - greeting.startMs > 800, 'the greeting is audible');
    const start = server.agent.received[0]!;
    assert.equal(start.text, '/session_start');
    // The number comes sealed by this server: the proof of a caller ID that no client can send (caller-id-proof.ts).
    const caller = voiceCallerMetadata(call.callSid, '+79161112233');
    assert.deepEqual(start.metadata, { call_id: call.callSid, ...caller, bot_phone: '+74951234567', direction: 'inbound', stream_id: call.streamSid });

    server.asr.expect('Я хочу забронировать номер');
    await call.say('Я хочу забронировать номер');
    await call.waitForBotTurn();
    server.asr.expect('С первого по третье декабря');
    await call.say('С первого по третье декабря');
    await call.waitForBotTurn();
    server.asr.expect('Спасибо, до свидания');
    await call.say('Спасибо, до свидания');
    const closed = await call.closed;
    assert.equal(closed.code, 1000);
    assert.deepEqual(server.agent.texts(), [
      '/session_start',
      'Я хочу забронировать номер',
      'С первого по третье декабря',
      'Спасибо, до свидания',
      '/session_end',
    ]);
    assert.ok(call.utterances.length >= 4, `four bot answers were heard, got ${call.utterances.length}`);
    assert.equal(call.clears, 0);
    const metrics = await server.registry.getSingleMetricAsString('portier_voice_turn_latency_seconds');
    assert.match(metrics, /stage="first_mark_echoed"/);
  });
});
