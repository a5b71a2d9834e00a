// A voice activity detector classifies each 20 ms frame of the caller's 8 kHz audio.
export interface VoiceActivityDetector {
  readonly name: string;
  /** One 20 ms frame (160 samples of 8 kHz PCM16) → whether it carries speech. */
  isSpeech(frame: Int16Array): boolean;
  close(): void;
}

export interface VadFactory {
  readonly name: string;
  create(): VoiceActivityDetector;
}
