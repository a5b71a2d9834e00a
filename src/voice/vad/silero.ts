// Silero VAD v5 through sherpa-onnx-node. v5 accepts 512-sample windows at 16 kHz only (the native check
// for other sizes aborts the process), so 8 kHz telephone audio is upsampled first.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { int16ToFloat, Upsampler2x } from '../audio/resample.ts';
import type { VadFactory, VoiceActivityDetector } from './types.ts';

export class SileroModelMissingError extends Error {
  constructor(readonly modelPath: string) {
    super(`Silero VAD model not found at ${modelPath} (set voice vad.model_path to a silero_vad.onnx v5 file)`);
    this.name = 'SileroModelMissingError';
  }
}

interface SherpaVad {
  acceptWaveform(samples: Float32Array): void;
  isDetected(): boolean;
  isEmpty(): boolean;
  pop(): void;
}
type SherpaVadConstructor = new (config: object, bufferSeconds: number) => SherpaVad;

export interface SileroOptions {
  modelPath: string;
  threshold?: number;
}

class SileroVad implements VoiceActivityDetector {
  readonly name = 'silero';
  readonly #upsampler = new Upsampler2x();
  #pending = new Float32Array(0);
  #speech = false;

  constructor(readonly vad: SherpaVad) {}

  isSpeech(frame: Int16Array): boolean {
    const up = this.#upsampler.process(int16ToFloat(frame));
    const all = new Float32Array(this.#pending.length + up.length);
    all.set(this.#pending);
    all.set(up, this.#pending.length);
    let at = 0;
    for (; at + 512 <= all.length; at += 512) {
      this.vad.acceptWaveform(all.subarray(at, at + 512));
      this.#speech = this.vad.isDetected();
      while (!this.vad.isEmpty()) this.vad.pop(); // segments are not needed: the turn detector counts frames
    }
    this.#pending = all.slice(at);
    return this.#speech;
  }

  close(): void {}
}

export function sileroVadFactory(options: SileroOptions): VadFactory {
  if (!existsSync(options.modelPath)) throw new SileroModelMissingError(options.modelPath);
  const require = createRequire(import.meta.url);
  const { Vad } = require('sherpa-onnx-node') as { Vad: SherpaVadConstructor };
  const config = {
    sileroVad: {
      model: options.modelPath,
      threshold: options.threshold ?? 0.5,
      minSpeechDuration: 0.05,
      minSilenceDuration: 0.05,
      windowSize: 512,
    },
    sampleRate: 16000,
    numThreads: 1,
    debug: false,
  };
  return { name: 'silero', create: () => new SileroVad(new Vad(config, 30)) };
}
