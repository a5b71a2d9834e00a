// The twilio_media_streams block of credentials.yml, in Rasa Pro's shape plus Portier's voice knobs.
import { z } from 'zod';

const providerBase = {
  language: z.string().optional(),
  language_map: z.record(z.string(), z.object({ language: z.string() })).optional(),
  speech_region: z.string().optional(),
  speech_host: z.string().optional(),
  speech_endpoint: z.string().optional(),
  endpoint: z.string().optional(),
  model_path: z.string().optional(),
};

export const asrConfigSchema = z.looseObject({
  name: z.string().default('azure'),
  ...providerBase,
  phrase_hints: z.array(z.string()).optional(),
  /** Seconds to wait for a final transcript after the end of turn before using the last partial. */
  final_grace_ms: z.number().optional(),
});

export const ttsConfigSchema = z.looseObject({
  name: z.string().default('espeak'),
  ...providerBase,
  voice: z.string().optional(),
  timeout: z.number().optional(),
  cache_size: z.number().int().positive().optional(),
  speaker_id: z.number().int().optional(),
});

export const twilioMediaStreamsConfigSchema = z.looseObject({
  account_sid: z.string().optional(),
  auth_token: z.string().optional(),
  twiML_app_sid: z.string().optional(),
  media_streams_app_sid: z.string().optional(),
  server_url: z.string().optional(),
  asr: asrConfigSchema.optional(),
  tts: ttsConfigSchema.optional(),
  interruptions: z.object({ enabled: z.boolean().default(true), min_words: z.number().optional(), min_duration_ms: z.number().optional() }).optional(),
  silence_timeout: z.number().positive().optional(),
  username: z.string().optional(),
  password: z.string().optional(),
  vad: z
    .object({
      name: z.enum(['energy', 'silero']).default('silero'),
      model_path: z.string().optional(),
      threshold: z.number().min(0).max(1).optional(),
      /** Silero networks kept loaded beyond those in use. */
      spare: z.number().int().min(0).max(256).optional(),
    })
    .optional(),
  end_of_turn_silence_ms: z.number().int().min(100).max(3000).optional(),
  lead_ms: z.number().int().min(40).max(2000).optional(),
});

export type TwilioMediaStreamsConfig = z.infer<typeof twilioMediaStreamsConfigSchema>;
export type AsrConfig = z.infer<typeof asrConfigSchema>;
export type TtsConfig = z.infer<typeof ttsConfigSchema>;

/** Knobs of one call; defaults are the starting values from the voice-pipeline notes. */
export interface CallOptions {
  language: string;
  leadMs: number;
  startSpeechMs: number;
  endSilenceMs: number;
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
    ...(config.interruptions ? { interruptionsEnabled: config.interruptions.enabled } : {}),
    ...(config.interruptions?.min_duration_ms ? { bargeInMs: config.interruptions.min_duration_ms } : {}),
    ...(config.interruptions?.min_words !== undefined ? { bargeInMinWords: config.interruptions.min_words } : {}),
    ...(config.silence_timeout ? { silenceTimeoutMs: config.silence_timeout * 1000 } : {}),
    ...overrides,
  };
}
