// Voice activity detection over the caller's 8 kHz audio, one 20 ms frame (160 samples of PCM16) at a time.

/** Classifies frames synchronously, in the thread that owns it: the energy detector, a Silero network. */
export interface FrameClassifier {
  isSpeech(frame: Int16Array): boolean;
}

/**
 * Receives one decision per pushed frame, in frame order. A detector that confirms changes late (Silero: the
 * start of speech ≈ 100 ms, its end ≈ 180 ms) sets `leadFrames` on the frame where its decision changes: how
 * many frames earlier the change really happened.
 */
export type VadListener = (speech: boolean, leadFrames: number) => void;

/**
 * One call's detector. A decision may come back at once (energy) or a little later (Silero runs on a worker
 * thread), but always in the order the frames were pushed, so turn-taking still counts audio time.
 */
export interface VoiceActivityDetector {
  readonly name: string;
  /** How late it confirms that speech has started again (Silero ≈ 100 ms): a pause is only known that much later. */
  readonly onsetLatencyMs?: number;
  push(frame: Int16Array): void;
  close(): void;
}

/** Frames decided since start, by what decided them. */
export interface VadStats {
  /** Below the quiet gate: silence without running a model. */
  quiet: number;
  /** By the model (Silero). */
  model: number;
  /** By the energy detector while the model was behind or no network was free yet (or the energy detector is the VAD). */
  energy: number;
  /** Silero networks loaded (≈ 0.1 s of CPU each). */
  networksLoaded?: number;
}

export interface VadFactory {
  readonly name: string;
  create(onDecision: VadListener): VoiceActivityDetector;
  stats?(): VadStats;
  /** Frees what the factory holds (Silero's worker thread). */
  close?(): Promise<void>;
}
