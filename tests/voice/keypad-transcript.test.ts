// A key-press-only call (no speech recogniser) against the real assistant: what the line spoke on its own —
// the menu instead of the assistant's greeting, the answer to each key, the notice after speech — is written
// into the conversation, so the saved transcript and the console's view of the call hold what the caller heard.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { hotelActions } from '../../actions/index.ts';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import { UNHEARD_SPEECH, conversationTranscript } from '../../src/cli/commands/call-transcript.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { transcriptOf } from '../../src/server/routes/api-console.ts';
import { digestConversation } from '../../src/staff/conversation-digest.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { UnavailableRecognizer } from '../../src/voice/asr/unavailable.ts';
import { energyVadFactory } from '../../src/voice/vad/energy.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../../src/voice/tts/espeak.ts';

const TIME_SCALE = 4;
const dataDir = mkdtempSync(join(tmpdir(), 'portier-keypad-'));
let runtime: AssembledRuntime;
let app: FastifyInstance;
let baseUrl: string;

before(async () => {
  const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
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
    env: {},
    credentials: { allow_unsigned: true },
    hotelPhone: runtime.hotel!.hotel.phone,
    hotel: runtime.hotel!.hotel,
    clock: { now: () => new Date() },
    logger: pino({ level: 'silent' }),
    metrics: new Registry(),
    recognizer: new UnavailableRecognizer('no key, no local model'),
    synthesizer: new CachedSynthesizer(new EspeakSynthesizer()),
    vad: energyVadFactory(),
    transcript: conversationTranscript(runtime, () => new Date()),
    callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 60_000 },
    activeCalls: new ActiveCalls(),
  });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await app.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the saved transcript of a key-press-only call', () => {
  it('holds the spoken menu, each key with its answer, and the notice after speech; not the unspoken greeting', { timeout: 90_000 }, async () => {
    const call = await SimulatedCall.dial({ baseUrl, timeScale: TIME_SCALE, from: '+79165550011' });
    await call.waitForBotTurn();
    call.press('1');
    await call.waitForBotTurn();
    await call.say('Алло, мне нужен номер на завтра');
    await call.waitForBotTurn();
    call.press('7');
    await call.waitForBotTurn();
    await call.hangup();

    const events = ((await runtime.getTracker(call.callSid))?.events ?? []) as TrackerEvent[];
    const lines = transcriptOf(events)
      .filter((m) => !m.text.startsWith('/'))
      .map((m) => `${m.role}: ${m.text}`);
    const { hotel } = runtime.hotel!;
    assert.match(lines[0]!, /^bot: Здравствуйте! .*только нажатия клавиш\. Нажмите ноль/, lines.join('\n'));
    assert.ok(!lines.some((l) => /Чем могу помочь/.test(l)), 'the assistant’s greeting was not played, so it is not in the transcript');
    assert.equal(lines[1], 'user: 1');
    assert.ok(lines[2]!.startsWith('bot: ') && lines[2]!.includes(hotel.phone), `the answer to 1 names the reception phone: ${lines[2]}`);
    // the caller's words are not known, but that they spoke is: the notice answers a caller turn
    assert.equal(lines[3], `user: ${UNHEARD_SPEECH}`);
    assert.match(lines[4]!, /^bot: Извините, на этой линии я не слышу слов/);
    assert.equal(lines[5], 'user: 7');
    assert.match(lines[6]!, /^bot: Такой клавиши в меню нет/);
    assert.equal(lines.length, 7, lines.join('\n'));

    // the console's view of the call: the same turns, and the caller's number from the call's metadata
    const digest = digestConversation(call.callSid, events);
    assert.deepEqual(
      digest.turns.map((t) => `${t.role}: ${t.text}`),
      lines,
    );
    assert.equal(digest.phone, '+79165550011');
    assert.equal(digest.channel, 'phone');
  });
});
