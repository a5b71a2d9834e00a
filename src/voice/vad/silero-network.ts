// Silero VAD v5 networks through sherpa-onnx-node, as the VAD worker thread runs them. v5 accepts 512-sample
// windows at 16 kHz only (the native check for other sizes aborts the process), so 8 kHz audio is upsampled.
import { createRequire } from 'node:module';
import { int16ToFloat, Upsampler2x } from '../audio/resample.ts';

export interface SherpaVad {
  reset(): void;
  acceptWaveform(samples: Float32Array): void;
  isDetected(): boolean;
  isEmpty(): boolean;
  pop(): void;
}
type SherpaVadConstructor = new (config: object, bufferSeconds: number) => SherpaVad;

export interface SileroNetworkOptions {
  modelPath: string;
  threshold?: number;
}

const WINDOW = 512;

/** A frame's verdict from the worker; NO_NETWORK: none was free for the call yet, so its energy decides. */
export const VERDICT = { SILENCE: 0, SPEECH: 1, NO_NETWORK: 2 } as const;

/** Loads one network (≈ 0.1 s of CPU and ≈ 10 MB): the caller decides on which thread that cost falls. */
export function sileroLoader(options: SileroNetworkOptions): () => SherpaVad {
  const { Vad } = createRequire(import.meta.url)('sherpa-onnx-node') as { Vad: SherpaVadConstructor };
  const config = {
    sileroVad: { model: options.modelPath, threshold: options.threshold ?? 0.5, minSpeechDuration: 0.05, minSilenceDuration: 0.05, windowSize: WINDOW },
    sampleRate: 16000,
    numThreads: 1,
    debug: false,
  };
  // Samples of a speech segment stay buffered until it ends: 30 s covers any caller turn without regrowing.
  return () => new Vad(config, 30);
}

/**
 * One call's stream. It holds a network, whose recurrent state carries the call's recent audio, only while the
 * line has sound: between utterances the network goes back to the pool, so a server needs about as many
 * networks as callers speaking at once, not as calls. A network is taken at the call's first sound, never on
 * opening: 300 calls opened at once load no networks for callers still listening to their greeting.
 */
export class SileroStream {
  #upsampler = new Upsampler2x();
  #pending = new Float32Array(0);
  #speech = false;
  #network: SherpaVad | undefined;
  /** Had sound and found no network free: one is loaded for it between batches. */
  #waiting = false;

  constructor(readonly pool: SileroPool) {}

  get waiting(): boolean {
    return this.#waiting;
  }

  /**
   * The latest window's verdict (a 20 ms frame, 320 samples at 16 kHz, does not always complete a window), or
   * undefined when no loaded network is free: the frame is decided by energy while one loads between batches.
   */
  isSpeech(frame: Int16Array): boolean | undefined {
    this.#network ??= this.pool.takeIdle();
    const network = this.#network;
    this.#waiting = !network;
    if (!network) return undefined;
    const up = this.#upsampler.process(int16ToFloat(frame));
    const all = new Float32Array(this.#pending.length + up.length);
    all.set(this.#pending);
    all.set(up, this.#pending.length);
    let at = 0;
    for (; at + WINDOW <= all.length; at += WINDOW) {
      network.acceptWaveform(all.subarray(at, at + WINDOW));
      this.#speech = network.isDetected();
      while (!network.isEmpty()) network.pop();
    }
    this.#pending = all.slice(at);
    return this.#speech;
  }

  /** The line went quiet: the next sound starts from a fresh network state. */
  rest(): void {
    if (this.#network) this.pool.give(this.#network);
    this.#network = undefined;
    this.#waiting = false;
    this.#upsampler = new Upsampler2x();
    this.#pending = new Float32Array(0);
    this.#speech = false;
  }
}

/** Loaded networks kept for the next calls, plus a few spare, since loading one costs far more than using it. */
export class SileroPool {
  readonly #idle: SherpaVad[] = [];

  constructor(
    readonly load: () => SherpaVad,
    readonly maxIdle = 256,
  ) {}

  get idle(): number {
    return this.#idle.length;
  }

  /** A loaded network, if one is free: loading is the worker's business between batches, never inside one. */
  takeIdle(): SherpaVad | undefined {
    return this.#idle.pop();
  }

  give(network: SherpaVad): void {
    network.reset();
    if (this.#idle.length < this.maxIdle) this.#idle.push(network);
  }

  warm(): void {
    this.#idle.push(this.load());
  }
}
