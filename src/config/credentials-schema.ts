// credentials.yml: the channels Portier serves (rest, socketio, twilio_media_streams, browser_audio).
import { z } from 'zod';
import { bool, emptyAsObject, num, numWith } from './zod-helpers.ts';

const LanguageMapSchema = z.record(z.string(), z.strictObject({ language: z.string(), voice: z.string().optional() }));

/** Speech recognition: `azure` as in Rasa, or Portier's offline `sherpa` (a local sherpa-onnx model). */
export const AsrSchema = z.strictObject({
  name: z.string(),
  language: z.string().optional(),
  language_map: LanguageMapSchema.optional(),
  speech_region: z.string().optional(),
  speech_host: z.string().optional(),
  speech_endpoint: z.string().optional(),
  endpoint: z.string().optional(),
  model: z.string().optional(),
  /** sherpa: folder of a downloaded sherpa-onnx model. */
  model_dir: z.string().optional(),
  keep_alive_interval: num.optional(),
});

/** Speech synthesis: `azure` as in Rasa, or Portier's offline `espeak` (espeak-ng). */
export const TtsSchema = z.strictObject({
  name: z.string(),
  language: z.string().optional(),
  language_map: LanguageMapSchema.optional(),
  voice: z.string().optional(),
  speech_region: z.string().optional(),
  endpoint: z.string().optional(),
  timeout: num.optional(),
  cache_size: num.optional(),
  speed: num.optional(),
});

export const InterruptionsSchema = z.strictObject({
  enabled: bool.default(false),
  min_words: numWith(z.number().int().min(0)).default(3),
});

const voiceCommon = {
  server_url: z.string().min(1),
  asr: AsrSchema,
  tts: TtsSchema,
  interruptions: InterruptionsSchema.optional(),
  silence_timeout: numWith(z.number().positive()).optional(),
  username: z.string().optional(),
  password: z.string().optional(),
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
