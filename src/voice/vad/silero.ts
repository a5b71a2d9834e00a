// Silero VAD v5 through sherpa-onnx-node. v5 accepts 512-sample windows at 16 kHz only (the native check
// for other sizes aborts the process), so 8 kHz telephone audio is upsampled first.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { int16ToFloat, Upsampler2x } from '../audio/resample.ts';
import { frameDbfs } from './energy.ts';
import type { VadFactory, VoiceActivityDetector } from './types.ts';

export class SileroModelMissingError extends Error {
  constructor(readonly modelPath: string) {
    super(`Silero VAD model not found at ${modelPath} (set voice vad.model_path to a silero_vad.onnx v5 file)`);
    this.name = 'SileroModelMissingError';
  }
}

interface SherpaVad {
  reset(): void;
  acceptWaveform(samples: Float32Array): void;
  isDetected(): boolean;
  isEmpty(): boolean;
  pop(): void;
}
type SherpaVadConstructor = new (config: object, bufferSeconds: number) => SherpaVad;

export interface SileroOptions {
  modelPath: string;
  threshold?: number;
  /**
   * Frames quieter than this (dBFS), and not within GATE_HANGOVER_FRAMES of a louder one, are silence without
   * running the model: a line is quiet most of the time, and the network costs ~1 % of a core per call.
   */
  gateDbfs?: number;
}

const GATE_HANGOVER_FRAMES = 15; // 300 ms: the model sees the tail of speech and the pause after it

class SileroVad implements VoiceActivityDetector {
  readonly name = 'silero';
  readonly #upsampler = new Upsampler2x();
  #pending = new Float32Array(0);
  #speech = false;
  #sinceLoud = Number.POSITIVE_INFINITY;

  #vad: SherpaVad | null = null;

  /** The network is loaded (~60 ms, blocking) when a call first has sound, and returned to the pool after. */
  constructor(
    readonly pool: SileroPool,
    readonly gateDbfs: number,
  ) {}

  isSpeech(frame: Int16Array): boolean {
    this.#sinceLoud = frameDbfs(frame) >= this.gateDbfs ? 0 : this.#sinceLoud + 1;
    if (this.#sinceLoud > GATE_HANGOVER_FRAMES) {
      this.#speech = false;
      return false;
    }
    const up = this.#upsampler.process(int16ToFloat(frame));
    const all = new Float32Array(this.#pending.length + up.length);
    all.set(this.#pending);
    all.set(up, this.#pending.length);
    let at = 0;
    for (; at + 512 <= all.length; at += 512) {
      if (!this.#vad) this.#vad = this.pool.take();
      const vad = this.#vad;
      vad.acceptWaveform(all.subarray(at, at + 512));
      this.#speech = vad.isDetected();
      while (!vad.isEmpty()) vad.pop(); // segments are not needed: the turn detector counts frames
    }
    this.#pending = all.slice(at);
    return this.#speech;
  }

  close(): void {
    if (this.#vad) this.pool.give(this.#vad);
    this.#vad = null;
  }
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
  const gateDbfs = options.gateDbfs ?? -55;
  const pool = new SileroPool(() => new Vad(config, 30));
  return { name: 'silero', create: () => new SileroVad(pool, gateDbfs) };
}

/** Loaded networks kept for the next calls: loading one costs far more than a call's use of it. */
class SileroPool {
  readonly #idle: SherpaVad[] = [];
  constructor(readonly load: () => SherpaVad) {}

  take(): SherpaVad {
    return this.#idle.pop() ?? this.load();
  }

  give(vad: SherpaVad): void {
    vad.reset();
    if (this.#idle.length < 256) this.#idle.push(vad);
  }
}
