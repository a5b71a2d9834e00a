// Streaming speech recognition. The call owns end-of-turn (VAD); the recogniser turns the turn's audio into text.
export interface AudioFrame {
  /** 160 bytes of 8 kHz mu-law as Twilio sent it. */
  mulaw: Uint8Array;
  /** The same 20 ms decoded to PCM16. */
  pcm: Int16Array;
}

export interface RecognitionOptions {
  callId: string;
  language: string;
  /** Words the caller is likely to say (hotel name, room names) to bias recognition. */
  phraseHints: string[];
  /** Interim text while the caller speaks (for barge-in by words and logs). */
  onPartial?: (text: string) => void;
  /** The recogniser's own end-of-utterance detection fired (recognisers with endpointing only). */
  onEndpoint?: () => void;
}

export interface RecognitionStream {
  pushAudio(frame: AudioFrame): void;
  /** The caller's turn was closed by the VAD: the transcript of the turn ('' if nothing was recognised). */
  endTurn(): Promise<string>;
  close(): Promise<void>;
}

export interface SpeechRecognizer {
  readonly name: string;
  /** Whether interim text arrives while the caller speaks (enables barge-in by word count). */
  readonly streamsPartials: boolean;
  /** Connects once at start so a wrong key is found before the first call. */
  check?(): Promise<void>;
  open(options: RecognitionOptions): Promise<RecognitionStream>;
  /** Frees what the recogniser holds (a worker thread) when the server stops. */
  close?(): Promise<void>;
}

export class RecognizerError extends Error {
  constructor(
    readonly provider: string,
    message: string,
  ) {
    // SDK messages span lines; a start-up failure must read as one log line.
    super(`${provider} speech recognition: ${message.replace(/\s+/g, ' ').trim()}`);
    this.name = 'RecognizerError';
  }
}
