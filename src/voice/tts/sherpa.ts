// Offline neural TTS with sherpa-onnx-node (e.g. Piper ru_RU VITS voices), resampled to 8 kHz mu-law.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mulawEncode } from '../audio/mulaw.ts';
import { floatToInt16, resampleFloat } from '../audio/resample.ts';
import { type SpeechSynthesizer, type SynthesisRequest, SynthesizerError } from './types.ts';

interface OfflineTts {
  generate(input: { text: string; sid: number; speed: number }): { samples: Float32Array; sampleRate: number };
}

export class SherpaSynthesizer implements SpeechSynthesizer {
  readonly name = 'sherpa';
  #tts: OfflineTts | undefined;

  constructor(
    readonly modelDir: string,
    readonly speakerId = 0,
  ) {}

  #load(): OfflineTts {
    if (this.#tts) return this.#tts;
    if (!existsSync(this.modelDir)) throw new SynthesizerError('sherpa', `model directory ${this.modelDir} not found (see docs/voice.md)`);
    const onnx = readdirSync(this.modelDir).find((f) => f.endsWith('.onnx'));
    if (!onnx) throw new SynthesizerError('sherpa', `no .onnx model in ${this.modelDir}`);
    const require = createRequire(import.meta.url);
    const { OfflineTts } = require('sherpa-onnx-node') as { OfflineTts: new (c: object) => OfflineTts };
    this.#tts = new OfflineTts({
      model: {
        vits: { model: join(this.modelDir, onnx), tokens: join(this.modelDir, 'tokens.txt'), dataDir: join(this.modelDir, 'espeak-ng-data') },
        numThreads: 1,
        provider: 'cpu',
      },
      maxNumSentences: 1,
    });
    return this.#tts;
  }

  async check(): Promise<void> {
    this.#load();
  }

  async *synthesize({ text, signal }: SynthesisRequest): AsyncIterable<Uint8Array> {
    if (signal.aborted) return;
    const { samples, sampleRate } = this.#load().generate({ text, sid: this.speakerId, speed: 1 });
    if (signal.aborted) return;
    yield mulawEncode(floatToInt16(resampleFloat(samples, sampleRate, 8000)));
  }
}
