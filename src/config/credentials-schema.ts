// credentials.yml: the channels Portier serves (rest, socketio, twilio_media_streams, browser_audio).
import { z } from 'zod';
import { bool, emptyAsObject, num, numWith } from './zod-helpers.ts';

const LanguageMapSchema = z.record(z.string(), z.strictObject({ language: z.string(), voice: z.string().optional() }));

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

/** Speech recognition: `azure` as in Rasa, or Portier's offline `sherpa` (a local sherpa-onnx model). */
export const AsrSchema = z.strictObject({
  ...providerCommon,
  model: z.string().optional(),
  phrase_hints: z.array(z.string()).optional(),
  final_grace_ms: num.optional(),
  keep_alive_interval: num.optional(),
});

/** Speech synthesis: `azure` as in Rasa, or Portier's offline `espeak` (espeak-ng) or `sherpa`. */
export const TtsSchema = z.strictObject({
  ...providerCommon,
  voice: z.string().optional(),
  timeout: num.optional(),
  cache_size: numWith(z.number().int().positive()).optional(),
  speaker_id: numWith(z.number().int()).optional(),
});

export const InterruptionsSchema = z.strictObject({
  enabled: bool.default(true),
  min_words: numWith(z.number().int().min(0)).optional(),
  min_duration_ms: num.optional(),
});

/** Voice activity detection (Portier): energy threshold, or the Silero model through sherpa-onnx. */
export const VadSchema = z.strictObject({
  name: z.enum(['energy', 'silero']).default('energy'),
  model_path: z.string().optional(),
  threshold: num.optional(),
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
  lead_ms: numWith(z.number().int().min(40).max(2000)).optional(),
};

export const TwilioMediaStreamsSchema = z.strictObject({
  ...voiceCommon,
  account_sid: z.string().optional(),
  auth_token: z.string().optional(),
  twiML_app_sid: z.string().optional(),
  media_streams_app_sid: z.string().optional(),
});

export const BrowserAudioSchema = z.strictObject({
  ...voiceCommon,
  server_url: z.string().default('localhost'),
  recording: bool.optional(),
});

export const SocketIoSchema = z.strictObject({
  user_message_evt: z.string().default('user_uttered'),
  bot_message_evt: z.string().default('bot_uttered'),
  session_persistence: bool.default(false),
  metadata_key: z.string().optional(),
  socketio_path: z.string().optional(),
  jwt_key: z.string().optional(),
  jwt_method: z.string().optional(),
});

export const RestSchema = z.strictObject({});

export const CredentialsFileSchema = z.strictObject({
  rest: emptyAsObject(RestSchema).optional(),
  socketio: emptyAsObject(SocketIoSchema).optional(),
  twilio_media_streams: TwilioMediaStreamsSchema.nullable().optional(),
  browser_audio: BrowserAudioSchema.nullable().optional(),
});

export type AsrConfig = z.output<typeof AsrSchema>;
export type TtsConfig = z.output<typeof TtsSchema>;
export type TwilioMediaStreamsConfig = z.output<typeof TwilioMediaStreamsSchema>;
export type BrowserAudioConfig = z.output<typeof BrowserAudioSchema>;
export type SocketIoConfig = z.output<typeof SocketIoSchema>;

/** Channels that credentials.yml enables; a channel absent here is not served. */
export interface CredentialsConfig {
  rest?: Record<string, never>;
  socketio?: SocketIoConfig;
  twilio_media_streams?: TwilioMediaStreamsConfig;
  browser_audio?: BrowserAudioConfig;
}
