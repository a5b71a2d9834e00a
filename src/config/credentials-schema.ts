// credentials.yml: the channels Portier serves (rest, socketio, twilio_media_streams, browser_audio). The voice
// blocks' schema lives with the voice channel (src/voice/config.ts); this file composes it.
import { z } from 'zod';
import { BrowserAudioSchema, type BrowserAudioConfig, TwilioMediaStreamsSchema, type TwilioMediaStreamsConfig } from '../voice/config.ts';
import { bool, emptyAsObject } from './zod-helpers.ts';

export const SocketIoSchema = z.strictObject({
  user_message_evt: z.string().default('user_uttered'),
  bot_message_evt: z.string().default('bot_uttered'),
  session_persistence: bool.default(false),
  metadata_key: z.string().optional(),
  socketio_path: z.string().optional(),
  jwt_key: z.string().optional(),
  jwt_method: z.string().optional(),
});

/** Portier: signed sender tokens for web chats (the socketio channel's jwt_key/jwt_method, for REST). */
export const RestSchema = z.strictObject({
  jwt_secret: z.string().min(1).optional(),
  jwt_key: z.string().min(1).optional(),
  jwt_method: z.string().optional(),
});

export const CredentialsFileSchema = z.strictObject({
  rest: emptyAsObject(RestSchema).optional(),
  socketio: emptyAsObject(SocketIoSchema).optional(),
  twilio_media_streams: TwilioMediaStreamsSchema.nullable().optional(),
  browser_audio: BrowserAudioSchema.nullable().optional(),
});

export type SocketIoConfig = z.output<typeof SocketIoSchema>;

/** Channels that credentials.yml enables; a channel absent here is not served. */
export interface CredentialsConfig {
  rest?: z.output<typeof RestSchema>;
  socketio?: SocketIoConfig;
  twilio_media_streams?: TwilioMediaStreamsConfig;
  browser_audio?: BrowserAudioConfig;
}
