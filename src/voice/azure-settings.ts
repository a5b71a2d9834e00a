// Where and how to reach Azure Speech: key from AZURE_SPEECH_API_KEY (Rasa's name) or AZURE_SPEECH_KEY;
// speech_endpoint > speech_host > speech_region, as Rasa Pro and the LiveKit plugin order them.
import type { Env } from '../config/env.ts';

export interface AzureSpeechSettings {
  key: string;
  /** The environment variable the key came from, for messages. */
  keySource?: string;
  region?: string;
  host?: string;
  endpoint?: string;
}

export function azureSpeechSettings(
  block: {
    speech_region?: string;
    speech_host?: string;
    speech_endpoint?: string;
    endpoint?: string;
  },
  env: Env,
): AzureSpeechSettings | undefined {
  const keySource = env.AZURE_SPEECH_API_KEY ? 'AZURE_SPEECH_API_KEY' : 'AZURE_SPEECH_KEY';
  const key = env[keySource];
  if (!key) return undefined;
  const region = block.speech_region ?? env.AZURE_SPEECH_REGION ?? (block.speech_host || block.speech_endpoint || block.endpoint ? undefined : 'westeurope');
  return { key, keySource, region, host: block.speech_host ?? env.AZURE_SPEECH_HOST, endpoint: block.speech_endpoint ?? block.endpoint };
}

/**
 * Names what a failure points at: the key (its variable and last four characters, never the whole key) and
 * the region for cloud setups, else the host/endpoint.
 */
export function azureWhere(s: AzureSpeechSettings): string {
  const place = s.endpoint ? `endpoint ${s.endpoint}` : s.host ? `host ${s.host}` : `region ${s.region}`;
  const key = s.key.length > 8 ? `…${s.key.slice(-4)}` : '(short key)';
  return `${place} with key ${key} from ${s.keySource ?? 'AZURE_SPEECH_KEY'}`;
}
