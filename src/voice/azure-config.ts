// Builds the SDK's SpeechConfig: endpoint (private/custom), host (containers, tests) or region (cloud).
import sdk from 'microsoft-cognitiveservices-speech-sdk';
import type { AzureSpeechSettings } from './azure-settings.ts';

export function azureSpeechConfig(s: AzureSpeechSettings): sdk.SpeechConfig {
  if (s.endpoint) return sdk.SpeechConfig.fromEndpoint(new URL(s.endpoint), s.key);
  if (s.host) return sdk.SpeechConfig.fromHost(new URL(s.host), s.key);
  return sdk.SpeechConfig.fromSubscription(s.key, s.region ?? 'westeurope');
}
