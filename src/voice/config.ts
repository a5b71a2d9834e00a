// The voice channels' blocks of credentials.yml (twilio_media_streams, browser_audio): Rasa Pro's shape plus
// Portier's voice knobs. This is the only schema of these blocks: src/config/credentials-schema.ts composes it
// for the file loader, and the phone channel parses a --credentials file with it. No defaults for provider
// names here: without an asr/tts/vad block, src/voice/providers.ts chooses (Silero VAD, Azure when keyed, offline speech otherwise).
import { z } from 'zod';
import { bool, num, numWith } from '../config/zod-helpers.ts';

const LanguageMapSchema = z.record(z.string(), z.strictObject({ language: z.string(), voice: z.string().optional() }));

// `name` is required inside a block, as in Rasa; a missing block is what leaves the choice to providers.ts.
const providerCommon = {
  name: z.string(),
  language: z.string().optional(),
  language_map: LanguageMapSchema.optional(),
  speech_region: z.string().optional(),
  speech_host: z.string().optional(),
  speech_endpoint: z.string().optional(),
  endpoint: z.string().optional(),
  /** sherpa: folder of a downloaded sherpa-onnx model. */
  model_path: z.string().optional(),
};

/** Speech recognition: `azure` as in Rasa, `yandex` (SpeechKit v3), or Portier's offline `sherpa` (a local sherpa-onnx model). */
export const AsrSchema = z.strictObject({
  ...providerCommon,
  model: z.string().optional(),
  phrase_hints: z.array(z.string()).optional(),
  /** Milliseconds to wait for a final transcript after the end of turn before using the last partial. */
  final_grace_ms: num.optional(),
  /** sherpa: the model's own endpointing ends a turn after this much trailing silence once words were heard. */
  endpointing_ms: numWith(z.number().int().min(100).max(3000)).optional(),
  keep_alive_interval: num.optional(),
  /** yandex: how eagerly SpeechKit ends an utterance (`high` = sooner) and the longest pause inside one. */
  eou_sensitivity: z.enum(['default', 'high']).optional(),
  max_pause_between_words_ms: numWith(z.number().int().min(100).max(5000)).optional(),
});

/** Speech synthesis: `azure` as in Rasa, `yandex` (SpeechKit v3), or Portier's offline `espeak` (espeak-ng) or `sherpa`. */
export const TtsSchema = z.strictObject({
  ...providerCommon,
  voice: z.string().optional(),
  timeout: num.optional(),
  cache_size: numWith(z.number().int().positive()).optional(),
  speaker_id: numWith(z.number().int()).optional(),
  /** yandex: speech rate (0.1–3, 1 is normal) and the voice's role (good, neutral, friendly, …). */
  speed: numWith(z.number().min(0.1).max(3)).optional(),
  emotion: z.string().optional(),
});

export const InterruptionsSchema = z.strictObject({
  enabled: bool.default(true),
  min_words: numWith(z.number().int().min(0)).optional(),
  min_duration_ms: num.optional(),
});

/** Voice activity detection: Silero through sherpa-onnx unless `name: energy` (no default: absent means Silero). */
export const VadSchema = z.strictObject({
  name: z.enum(['energy', 'silero']).optional(),
  model_path: z.string().optional(),
  threshold: numWith(z.number().min(0).max(1)).optional(),
  /** Silero networks kept loaded beyond those in use. */
  spare: numWith(z.number().int().min(0).max(256)).optional(),
});

// Rasa requires server_url, asr and tts; Portier's voice channel has defaults for each (host from the request,
// Azure when a key is set, otherwise offline speech), so they are optional here.
const voiceCommon = {
  server_url: z.string().min(1).optional(),
  asr: AsrSchema.optional(),
  tts: TtsSchema.optional(),
  interruptions: InterruptionsSchema.optional(),
  silence_timeout: numWith(z.number().positive()).optional(),
  username: z.string().optional(),
  password: z.string().optional(),
  vad: VadSchema.optional(),
  end_of_turn_silence_ms: numWith(z.number().int().min(100).max(3000)).optional(),
  /** Silence that ends a turn whose partial text already answers the question asked (0 turns this off). */
  end_of_turn_answered_ms: numWith(z.number().int().min(0).max(3000)).optional(),
  lead_ms: numWith(z.number().int().min(40).max(2000)).optional(),
};

export const TwilioMediaStreamsSchema = z.strictObject({
  ...voiceCommon,
  account_sid: z.string().optional(),
  auth_token: z.string().optional(),
  twiML_app_sid: z.string().optional(),
  media_streams_app_sid: z.string().optional(),
  /** Portier: accept webhooks without X-Twilio-Signature when no auth token is set (local development only). */
  allow_unsigned: bool.optional(),
});

export const BrowserAudioSchema = z.strictObject({
  ...voiceCommon,
  server_url: z.string().default('localhost'),
  recording: bool.optional(),
});

export type TwilioMediaStreamsConfig = z.output<typeof TwilioMediaStreamsSchema>;
export type BrowserAudioConfig = z.output<typeof BrowserAudioSchema>;
export type AsrConfig = z.output<typeof AsrSchema>;
export type TtsConfig = z.output<typeof TtsSchema>;

/** Knobs of one call; defaults are the starting values from the voice-pipeline notes. */
export interface CallOptions {
  language: string;
  leadMs: number;
  startSpeechMs: number;
  endSilenceMs: number;
  /** Silence that ends the turn once the partial transcript answers the question asked (slot-aware); 0 = off. */
  answeredSilenceMs: number;
  interruptionsEnabled: boolean;
  bargeInMs: number;
  /** Words the recogniser must have heard before the bot is interrupted (recognisers with partials only). */
  bargeInMinWords: number;
  silenceTimeoutMs: number;
  dtmfIdleMs: number;
  /** Real-time factor of the call clock (tests and benchmarks only). */
  timeScale: number;
  /** What the bot says when the server shuts down mid-call. */
  shutdownMessage: string;
}

export const callDefaults: CallOptions = {
  language: 'ru-RU',
  leadMs: 300,
  startSpeechMs: 100,
  endSilenceMs: 600,
  answeredSilenceMs: 250,
  interruptionsEnabled: true,
  bargeInMs: 400,
  bargeInMinWords: 0,
  silenceTimeoutMs: 7000,
  dtmfIdleMs: 2000,
  timeScale: 1,
  shutdownMessage: 'Извините, линия сейчас будет отключена. Пожалуйста, перезвоните нам немного позже. До свидания!',
};

export function callOptionsFrom(config: TwilioMediaStreamsConfig, overrides: Partial<CallOptions> = {}): CallOptions {
  const asrLanguage = config.asr?.language ?? config.asr?.language_map?.ru?.language;
  return {
    ...callDefaults,
    ...(asrLanguage ? { language: asrLanguage } : {}),
    ...(config.lead_ms ? { leadMs: config.lead_ms } : {}),
    ...(config.end_of_turn_silence_ms ? { endSilenceMs: config.end_of_turn_silence_ms } : {}),
    ...(config.end_of_turn_answered_ms !== undefined ? { answeredSilenceMs: config.end_of_turn_answered_ms } : {}),
    ...(config.interruptions ? { interruptionsEnabled: config.interruptions.enabled } : {}),
    ...(config.interruptions?.min_duration_ms ? { bargeInMs: config.interruptions.min_duration_ms } : {}),
    ...(config.interruptions?.min_words !== undefined ? { bargeInMinWords: config.interruptions.min_words } : {}),
    ...(config.silence_timeout ? { silenceTimeoutMs: config.silence_timeout * 1000 } : {}),
    ...overrides,
  };
}
