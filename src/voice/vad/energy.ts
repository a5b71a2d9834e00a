// Energy detector with an adaptive noise floor: the working default, needs no model file.
// A frame is speech when it is louder than an absolute floor AND clearly above the line's own noise.
import type { FrameClassifier, VadFactory, VadListener, VoiceActivityDetector } from './types.ts';

export interface EnergyVadOptions {
  /** Frames quieter than this (dBFS) are never speech. */
  minDbfs: number;
  /** How far above the tracked noise floor speech must be (dB). */
  marginDb: number;
}

export const energyVadDefaults = { minDbfs: -45, marginDb: 10 } as const satisfies EnergyVadOptions;

export function frameDbfs(frame: Int16Array): number {
  let sum = 0;
  for (let i = 0; i < frame.length; i++) sum += frame[i]! * frame[i]!;
  const rms = Math.sqrt(sum / Math.max(1, frame.length)) / 32768;
  return rms > 0 ? 20 * Math.log10(rms) : -120;
}

export class EnergyVad implements FrameClassifier {
  #noiseDb = -70;
  readonly #options: EnergyVadOptions;

  constructor(options: Partial<EnergyVadOptions> = {}) {
    this.#options = { ...energyVadDefaults, ...options };
  }

  isSpeech(frame: Int16Array): boolean {
    return this.isSpeechAt(frameDbfs(frame));
  }

  /** The same decision for a frame whose level the caller has already measured. */
  isSpeechAt(db: number): boolean {
    // The floor falls fast and rises slowly, so speech does not drag it up but line noise does.
    this.#noiseDb = db < this.#noiseDb ? 0.7 * this.#noiseDb + 0.3 * db : 0.995 * this.#noiseDb + 0.005 * db;
    return db > this.#options.minDbfs && db > this.#noiseDb + this.#options.marginDb;
  }
}

/** Decides each frame as it is pushed. */
export function energyDetector(onDecision: VadListener, options: Partial<EnergyVadOptions> = {}): VoiceActivityDetector {
  const vad = new EnergyVad(options);
  return { name: 'energy', push: (frame) => onDecision(vad.isSpeech(frame), 0), close: () => undefined };
}

export function energyVadFactory(options: Partial<EnergyVadOptions> = {}): VadFactory {
  return { name: 'energy', create: (onDecision) => energyDetector(onDecision, options) };
}
