// Streaming speech synthesis into Twilio's format: 8 kHz mu-law chunks, cancellable at any point.
export interface SynthesisRequest {
  text: string;
  signal: AbortSignal;
}

export interface SpeechSynthesizer {
  readonly name: string;
  /** One test synthesis at start so a wrong key or region is reported before the first call. */
  check?(): Promise<void>;
  /** Yields 8 kHz mu-law audio as it is produced; stops promptly when the signal aborts. */
  synthesize(request: SynthesisRequest): AsyncIterable<Uint8Array>;
}

export class SynthesizerError extends Error {
  constructor(
    readonly provider: string,
    message: string,
  ) {
    // SDK messages span lines; a start-up failure must read as one log line.
    super(`${provider} speech synthesis: ${message.replace(/\s+/g, ' ').trim()}`);
    this.name = 'SynthesizerError';
  }
}
