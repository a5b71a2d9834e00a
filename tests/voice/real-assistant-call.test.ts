// A whole phone call against the real assistant: the Twilio webhook and media stream, espeak-ng speech, the
// Silero VAD, the CALM engine with the offline Russian understanding and the hotel system. Only the recogniser
// is scripted (no speech model can be downloaded here): when the VAD closes the caller's turn it returns the
// transcript the test expects.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import { spokenCode } from '../../src/hotel/codes.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { ScriptedRecognizer } from '../../src/voice/asr/scripted.ts';
import { createVad } from '../../src/voice/providers.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../../src/voice/tts/espeak.ts';
import { startTwilioApi } from './harness.ts';
import { hotelActions } from '../../actions/index.ts';

const TIME_SCALE = 4;
const dataDir = mkdtempSync(join(tmpdir(), 'portier-call-'));
let runtime: AssembledRuntime;
let app: FastifyInstance;
let baseUrl: string;
let twilioApi: Awaited<ReturnType<typeof startTwilioApi>>;
const asr = new ScriptedRecognizer();
const calls = new Map<string, SimulatedCall>();
const dial = async (from: string) => {
  const call = await SimulatedCall.dial({ baseUrl, timeScale: TIME_SCALE, from, authToken: 'secret', accountSid: 'AC00000000000000000000000000000000' });
  calls.set(call.callSid, call);
  return call;
};

before(async () => {
  // Like Twilio: a call update that completes or redirects the call ends its media stream.
  twilioApi = await startTwilioApi((r) => {
    if (r.form.Status === 'completed' || r.form.Twiml) for (const [sid, call] of calls) if (r.path.includes(sid)) void call.hangup();
  });
  const env = {
    ...process.env,
    TWILIO_API_BASE_URL: twilioApi.url,
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_LLM: 'off',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  app = Fastify();
  await app.register(twilioMediaStreamsPlugin, {
    agent: runtime,
    env,
    credentials: { account_sid: 'AC00000000000000000000000000000000', auth_token: 'secret' },
    hotelPhone: runtime.hotel!.hotel.phone,
    clock: { now: () => new Date() },
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    metrics: new Registry(),
    recognizer: asr,
    synthesizer: new CachedSynthesizer(new EspeakSynthesizer()),
    vad: createVad({ vad: { name: 'silero' } }, pino({ level: 'silent' })), // Silero with the packaged weights
    callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 6000 },
    activeCalls: new ActiveCalls(),
  });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await app.close();
  await runtime.close();
  await twilioApi.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function botSaid(callSid: string): Promise<string> {
  const tracker = await runtime.getTracker(callSid);
  const events = (tracker?.events ?? []) as { event: string; text?: string | null }[];
  return events
    .filter((e) => e.event === 'bot')
    .map((e) => e.text ?? '')
    .join('\n');
}

describe('a phone call to the real assistant', () => {
  it('greeting → booking with the caller’s number → goodbye and hang-up', { timeout: 120_000 }, async () => {
    const call = await dial('+79161112233');
    await call.waitForBotTurn();
    assert.match(await botSaid(call.callSid), /Невский берег/, 'the greeting names the hotel from hotel.yml');

    const turns = [
      'Хочу забронировать номер комфорт с четырнадцатого по шестнадцатое декабря',
      'Нас двое взрослых',
      'Пётр Сидоров',
      'Да, запишите этот номер',
      'Да, всё верно',
    ];
    for (const said of turns) {
      asr.expect(said);
      await call.say(said);
      await call.waitForBotTurn();
    }
    const bookings = await runtime.pms!.findBookings({ phone: '+79161112233' });
    assert.equal(bookings.length, 1, await botSaid(call.callSid));
    assert.deepEqual(
      { room: bookings[0]!.room_type, in: bookings[0]!.check_in, out: bookings[0]!.check_out, adults: bookings[0]!.adults },
      { room: 'comfort', in: '2026-12-14', out: '2026-12-16', adults: 2 },
    );
    assert.ok((await botSaid(call.callSid)).includes(spokenCode(bookings[0]!.code)), 'the code was said, digit by digit in words');

    asr.expect('Спасибо, до свидания');
    await call.say('Спасибо, до свидания');
    await call.closed;
    assert.ok(
      twilioApi.requests.some((r) => r.form.Status === 'completed'),
      'the call was hung up through the Twilio REST API',
    );
  });

  it('DTMF 0 transfers the caller to the reception number from hotel.yml', { timeout: 60_000 }, async () => {
    const call = await dial('+79160000000');
    await call.waitForBotTurn();
    call.press('0');
    await call.closed;
    const transfer = twilioApi.requests.find((r) => r.path.includes(call.callSid) && r.form.Twiml);
    assert.ok(transfer, 'a call update with TwiML was sent');
    assert.match(transfer.form.Twiml ?? '', /<Dial>\+78125550148<\/Dial>/);
  });

  it('without Twilio account settings a transfer is not silence: the caller hears the reception number', { timeout: 60_000 }, async () => {
    // the same assistant behind a phone channel without an account_sid: webhooks are signed, but no transfer can be made
    const bare = Fastify();
    await bare.register(twilioMediaStreamsPlugin, {
      agent: runtime,
      env: {},
      credentials: { auth_token: 'secret' },
      hotelPhone: runtime.hotel!.hotel.phone,
      clock: { now: () => new Date() },
      logger: pino({ level: 'silent' }),
      metrics: new Registry(),
      recognizer: asr,
      synthesizer: new CachedSynthesizer(new EspeakSynthesizer()),
      vad: createVad({ vad: { name: 'energy' } }, pino({ level: 'silent' })),
      callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 6000 },
      activeCalls: new ActiveCalls(),
    });
    const url = await bare.listen({ port: 0, host: '127.0.0.1' });
    try {
      const call = await SimulatedCall.dial({ baseUrl: url, timeScale: TIME_SCALE, from: '+79160000002', authToken: 'secret' });
      await call.waitForBotTurn();
      call.press('0');
      await call.waitForBotTurn();
      const said = await botSaid(call.callSid);
      assert.match(said, /не получилось\. Телефон ресепшена: \+7 812 555-01-48\. Чем ещё могу помочь\?/);
      await call.hangup();
    } finally {
      await bare.close();
    }
  });

  it('a silent caller is asked again, then «вы меня слышите?», then the call ends politely', { timeout: 90_000 }, async () => {
    const call = await dial('+79160000001');
    await call.closed;
    const said = await botSaid(call.callSid);
    assert.match(said, /слышите/i);
    assert.ok(
      twilioApi.requests.some((r) => r.path.includes(call.callSid) && r.form.Status === 'completed'),
      'hung up through the REST API',
    );
  });
});
