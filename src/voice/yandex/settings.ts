// Where and how to reach Yandex SpeechKit (API v3, gRPC): an API key (YANDEX_API_KEY, sent as `Api-Key`) or
// an IAM token (YANDEX_IAM_TOKEN, sent as `Bearer`, with the folder in `x-folder-id`). The endpoint defaults
// to Yandex Cloud's; a local one (localhost, 127.x) is reached without TLS, which is how the tests run.
import { credentials as grpcCredentials, type ChannelCredentials, Metadata } from '@grpc/grpc-js';

export const YANDEX_STT_ENDPOINT = 'stt.api.cloud.yandex.net:443';
export const YANDEX_TTS_ENDPOINT = 'tts.api.cloud.yandex.net:443';

export interface YandexSpeechSettings {
  auth: { kind: 'api-key'; key: string } | { kind: 'iam'; token: string };
  /** The environment variable the secret came from, for messages. */
  source: string;
  folderId: string | null;
  endpoint: string;
}

import type { Env } from '../../config/env.ts';

/** The settings for one service, or null when there is neither an API key nor an IAM token. */
export function yandexSpeechSettings(block: { endpoint?: string | undefined }, defaultEndpoint: string, env: Env): YandexSpeechSettings | null {
  const folderId = env.YANDEX_FOLDER_ID?.trim() || null;
  const endpoint = block.endpoint ?? defaultEndpoint;
  const key = env.YANDEX_API_KEY?.trim();
  if (key) return { auth: { kind: 'api-key', key }, source: 'YANDEX_API_KEY', folderId, endpoint };
  const token = env.YANDEX_IAM_TOKEN?.trim();
  if (token) return { auth: { kind: 'iam', token }, source: 'YANDEX_IAM_TOKEN', folderId, endpoint };
  return null;
}

export function yandexMetadata(s: YandexSpeechSettings): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', s.auth.kind === 'api-key' ? `Api-Key ${s.auth.key}` : `Bearer ${s.auth.token}`);
  if (s.folderId) metadata.set('x-folder-id', s.folderId);
  return metadata;
}

export function yandexChannelCredentials(s: YandexSpeechSettings): ChannelCredentials {
  const host = s.endpoint.replace(/:\d+$/, '');
  const local = host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  return local ? grpcCredentials.createInsecure() : grpcCredentials.createSsl();
}

/** Names what a failure points at: endpoint and the secret's variable with its last four characters. */
export function yandexWhere(s: YandexSpeechSettings): string {
  const secret = s.auth.kind === 'api-key' ? s.auth.key : s.auth.token;
  const tail = secret.length > 8 ? `…${secret.slice(-4)}` : '(short secret)';
  return `${s.endpoint} with ${s.source} ${tail}`;
}
