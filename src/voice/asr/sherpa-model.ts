// Which sherpa-onnx streaming model a folder holds, read from its files (the release archives name them
// differently from family to family): T-one (one CTC model.onnx, native 8 kHz) or a Zipformer transducer
// (encoder/decoder/joiner, 16 kHz; sherpa-onnx resamples the 8 kHz line audio itself).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RecognizerError } from './types.ts';

export interface EndpointRules {
  /** Silence (s) that ends an utterance once something was decoded. */
  trailingSilenceS: number;
}

export interface SherpaModelConfig {
  family: 't-one' | 'transducer';
  /** The OnlineRecognizer configuration for sherpa-onnx-node. */
  recognizer: Record<string, unknown>;
}

/** Prefers the int8 file when a release ships both (a quarter of the CPU and memory). */
function pick(files: string[], prefix: string): string | undefined {
  const candidates = files.filter((f) => f.startsWith(prefix) && f.endsWith('.onnx'));
  return candidates.find((f) => f.includes('int8')) ?? candidates[0];
}

export function sherpaModelConfig(dir: string, endpoint?: EndpointRules): SherpaModelConfig {
  if (!existsSync(dir)) throw new RecognizerError('sherpa', `model folder ${dir} not found (portier models pull t-one-ru, see docs/voice.md)`);
  const files = readdirSync(dir);
  const tokens = join(dir, 'tokens.txt');
  if (!files.includes('tokens.txt')) throw new RecognizerError('sherpa', `model file ${tokens} not found (see docs/voice.md)`);
  // The model's own endpointing: rule 2 ends an utterance after trailing silence once words were decoded.
  const endpointing = endpoint
    ? { enableEndpoint: true, rule1MinTrailingSilence: 10, rule2MinTrailingSilence: endpoint.trailingSilenceS, rule3MinUtteranceLength: 30 }
    : { enableEndpoint: false };
  const encoder = pick(files, 'encoder');
  const decoder = pick(files, 'decoder');
  const joiner = pick(files, 'joiner');
  if (encoder && decoder && joiner) {
    return {
      family: 'transducer',
      recognizer: {
        featConfig: { sampleRate: 16000, featureDim: 80 },
        modelConfig: {
          transducer: { encoder: join(dir, encoder), decoder: join(dir, decoder), joiner: join(dir, joiner) },
          tokens,
          numThreads: 1,
          provider: 'cpu',
        },
        decodingMethod: 'greedy_search',
        ...endpointing,
      },
    };
  }
  const model = files.includes('model.onnx') ? 'model.onnx' : pick(files, 'model');
  if (!model) throw new RecognizerError('sherpa', `model file ${join(dir, 'model.onnx')} not found (see docs/voice.md)`);
  return {
    family: 't-one',
    recognizer: {
      featConfig: { sampleRate: 8000, featureDim: 80 },
      modelConfig: { toneCtc: { model: join(dir, model) }, tokens, numThreads: 1, provider: 'cpu' },
      ...endpointing,
    },
  };
}
