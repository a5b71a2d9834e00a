// What the recogniser worker thread runs for each call: a streaming decoder fed 20 ms frames of 8 kHz PCM.
// The shipped engine is sherpa-onnx (sherpa-engine.ts); the worker loads engines by module URL, so a test or a
// benchmark can run the same worker with a test double that answers like a recogniser.
export interface DecoderStream {
  /** One frame of 8 kHz PCM16, held until the engine's next decode. */
  accept(pcm: Int16Array): void;
  /** Text decoded so far in this turn. */
  partial(): string;
  /** The model's own end-of-utterance rule fired (trailing silence after words). */
  endpoint(): boolean;
  /** The turn is over: its text, and the stream starts afresh. */
  finish(): string;
}

export interface DecoderEngine {
  open(): DecoderStream;
  /**
   * Decodes whatever each of these streams (all opened here) has enough audio for. Calls whose chunks fall due
   * together are decoded as one batch: the model's matrix products over several calls' frames cost about a
   * third less CPU per call than one call at a time (docs/benchmarks/voice.md).
   */
  decode(streams: DecoderStream[]): void;
}

export interface DecoderEngineOptions {
  modelDir: string;
  /** When set, the model's endpointing is on with this much trailing silence (seconds). */
  endpointSilenceS?: number;
  /** Engine-specific settings (a test double's script and cost). */
  extra?: Record<string, unknown>;
}

export interface DecoderEngineModule {
  createEngine(options: DecoderEngineOptions): DecoderEngine;
}
