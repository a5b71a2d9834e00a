// A whole phone call with the Russian cloud providers, each played by a local server speaking its protocol:
// Yandex SpeechKit v3 (gRPC recognition and synthesis) for the voice, and YandexGPT or GigaChat as the LLM
// command generator. Recogniser and synthesiser are built by the production path (createRecognizer /
// createSynthesizer from a credentials block), the assistant by createRuntime from a copy of the project
// whose endpoints.yml names the provider. The stand-in models read the caller's words from the prompt and
// answer the commands a model would; the test checks that a room ends up booked in the hotel system.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { createRecognizer, createSynthesizer } from '../../src/voice/providers.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { energyVadFactory } from '../../src/voice/vad/energy.ts';
import { copyProject } from '../cli/helpers.ts';
import { type FakeGigaChat, startFakeGigaChat } from '../understanding/llm/fake-gigachat.ts';
import { type FakeOpenAi, startFakeOpenAi } from '../understanding/llm/fake-openai.ts';
import { type FakeSpeechKit, startFakeSpeechKit } from './yandex/fake-speechkit.ts';
import { startTwilioApi } from './harness.ts';
import { hotelActions } from '../../actions/index.ts';

const TIME_SCALE = 4;
const silent = pino({ level: 'silent' });

/** What a model would answer to each thing the caller says in this call. */
const TURNS: [said: string, commands: string][] = [
  [
    'хочу забронировать номер комфорт с четырнадцатого по шестнадцатое декабря',
    'start flow book_room\nset slot room_type comfort\nset slot check_in_date 2026-12-14\nset slot check_out_date 2026-12-16',
  ],
  ['нас двое взрослых без детей', 'set slot adults 2\nset slot children 0'],
  // the room chosen before its price was heard is said back with the price for the stay: «… Бронируем его?»
  ['да давайте его', 'set slot room_type comfort'],
  ['пётр сидоров', 'set slot guest_name Пётр Сидоров'],
  ['да запишите этот номер', 'set slot use_caller_phone true'],
  ['да всё верно', 'set slot booking_confirmation true'],
];

/** The stand-in model: finds the caller's last message in the prompt and answers its commands. */
function commandsFor(prompt: string): string {
  const said = /сообщение гостя: """([\s\S]*?)"""/.exec(prompt)?.[1]?.toLowerCase().trim() ?? '';
  return TURNS.find(([text]) => said.includes(text))?.[1] ?? 'cannot handle';
}

let speechkit: FakeSpeechKit;
let twilioApi: Awaited<ReturnType<typeof startTwilioApi>>;
const calls = new Map<string, SimulatedCall>();

before(async () => {
  speechkit = await startFakeSpeechKit();
  twilioApi = await startTwilioApi((r) => {
    if (r.form.Status === 'completed' || r.form.Twiml) for (const [sid, call] of calls) if (r.path.includes(sid)) void call.hangup();
  });
});

after(async () => {
  await speechkit.close();
  await twilioApi.close();
});

/** The assistant with `modelGroup` as its LLM, and the phone channel on SpeechKit; returns a dialer. */
async function phoneLine(modelGroup: string, env: Record<string, string>) {
  const root = copyProject();
  writeFileSync(join(root, 'endpoints.yml'), `model_groups:\n  - id: openai_llm\n    models:\n${modelGroup}`);
  Object.assign(process.env, env);
  const runtimeEnv = {
    ...process.env,
    TWILIO_API_BASE_URL: twilioApi.url,
    PORTIER_DATA_DIR: join(root, '.portier'),
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    PORTIER_LLM: '',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  const runtime: AssembledRuntime = await createRuntime({
    customActions: hotelActions(),
    root,
    env: runtimeEnv,
    logger: silent,
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  const voice = { asr: { name: 'yandex', endpoint: speechkit.endpoint }, tts: { name: 'yandex', endpoint: speechkit.endpoint, voice: 'alena' } };
  const app: FastifyInstance = Fastify();
  await app.register(twilioMediaStreamsPlugin, {
    agent: runtime,
    env: runtimeEnv,
    credentials: { account_sid: 'AC00000000000000000000000000000000', auth_token: 'secret' },
    hotelPhone: runtime.hotel!.hotel.phone,
    clock: { now: () => new Date() },
    logger: silent,
    metrics: new Registry(),
    recognizer: createRecognizer(voice, silent, { env: runtimeEnv }),
    synthesizer: new CachedSynthesizer(createSynthesizer(voice, silent, { env: runtimeEnv })),
    vad: energyVadFactory(),
    callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 8000 },
    activeCalls: new ActiveCalls(),
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    runtime,
    dial: async (from: string) => {
      const call = await SimulatedCall.dial({ baseUrl, timeScale: TIME_SCALE, from, authToken: 'secret', accountSid: 'AC00000000000000000000000000000000' });
      calls.set(call.callSid, call);
      return call;
    },
    close: async () => {
      await app.close();
      await runtime.close();
      for (const name of Object.keys(env)) delete process.env[name];
    },
  };
}

async function bookByPhone(line: Awaited<ReturnType<typeof phoneLine>>, from: string): Promise<void> {
  const call = await line.dial(from);
  await call.waitForBotTurn();
  for (const [said] of TURNS) {
    speechkit.script.push(said);
    await call.say(said);
    await call.waitForBotTurn();
  }
  const bookings = await line.runtime.pms!.findBookings({ phone: from });
  assert.equal(bookings.length, 1, 'one booking in the hotel system');
  assert.deepEqual(
    { room: bookings[0]!.room_type, in: bookings[0]!.check_in, out: bookings[0]!.check_out, adults: bookings[0]!.adults },
    { room: 'comfort', in: '2026-12-14', out: '2026-12-16', adults: 2 },
  );
  await call.hangup();
}

describe('a phone call on Russian cloud providers (local protocol fakes)', () => {
  it('SpeechKit + YandexGPT: the caller books a room', { timeout: 180_000 }, async () => {
    const yandexgpt: FakeOpenAi = await startFakeOpenAi();
    yandexgpt.requiredKey = speechkit.apiKey;
    yandexgpt.responder = (body) => ({ kind: 'answer', text: commandsFor(body.messages.at(-1)?.content ?? '') });
    const model = `      - provider: yandex\n        model: yandexgpt/latest\n        api_base: ${yandexgpt.baseURL}\n`;
    const line = await phoneLine(model, { YANDEX_API_KEY: speechkit.apiKey, YANDEX_FOLDER_ID: 'b1gfolder' });
    try {
      await bookByPhone(line, '+79161112201');
      assert.ok(yandexgpt.requests.length >= TURNS.length, 'every turn was understood by YandexGPT');
      assert.equal(yandexgpt.requests[0]!.body.model, 'gpt://b1gfolder/yandexgpt/latest');
      assert.equal(yandexgpt.requests[0]!.headers['openai-project'], 'b1gfolder');
      assert.ok(speechkit.syntheses.length > 0 && speechkit.syntheses.every((s) => s.hints[0]?.voice === 'alena'), 'the bot spoke through SpeechKit');
    } finally {
      await line.close();
      await yandexgpt.close();
    }
  });

  it('SpeechKit + GigaChat: the caller books a room', { timeout: 180_000 }, async () => {
    const gigachat: FakeGigaChat = await startFakeGigaChat('');
    gigachat.answer = (messages) => commandsFor(messages.at(-1)?.content ?? '');
    const model = `      - provider: gigachat\n        model: GigaChat-Pro\n        api_base: ${gigachat.baseURL}\n        auth_url: ${gigachat.authUrl}\n`;
    const line = await phoneLine(model, {
      YANDEX_API_KEY: speechkit.apiKey,
      GIGACHAT_CREDENTIALS: gigachat.credentials,
      GIGACHAT_CA_BUNDLE_FILE: gigachat.caFile,
    });
    try {
      await bookByPhone(line, '+79161112202');
      assert.equal(gigachat.exchanges.length, 1, 'one token for the whole call');
      assert.ok(gigachat.chats.length >= TURNS.length && gigachat.chats.every((c) => c.model === 'GigaChat-Pro'));
    } finally {
      await line.close();
      await gigachat.close();
    }
  });
});
