// One call's recognition stream: opened when the call starts, fed every caller frame, asked for the turn's text
// when the VAD ends a turn. A recogniser that fails (it cannot open, or its connection drops mid-call) costs the
// call that turn only: the failure is logged, the stream reopened, and the turn's text is empty.
import type { Logger } from 'pino';
import type { AudioFrame, RecognitionOptions, RecognitionStream, SpeechRecognizer } from '../asr/types.ts';

export type RecognitionSettings = Omit<RecognitionOptions, 'onPartial' | 'onEndpoint'>;

export interface RecognitionEvents {
  /** Interim text of the turn (recognisers that stream partials). */
  onPartial: (text: string) => void;
  /** The recogniser's own endpointing fired. */
  onEndpoint: () => void;
}

export class CallRecognition {
  #stream: RecognitionStream | undefined;
  #closed = false;

  constructor(
    readonly recognizer: SpeechRecognizer,
    readonly settings: RecognitionSettings,
    readonly events: RecognitionEvents,
    readonly log: Logger,
  ) {}

  async open(): Promise<void> {
    const { recognizer, events } = this;
    try {
      const stream = await recognizer.open({ ...this.settings, onPartial: events.onPartial, onEndpoint: events.onEndpoint });
      // The caller may have hung up while the stream was opening.
      if (this.#closed) await stream.close().catch(() => undefined);
      else this.#stream = stream;
    } catch (err) {
      this.#stream = undefined;
      this.log.error({ err: String(err), recognizer: recognizer.name }, 'speech recogniser failed to open; caller speech will not be understood');
    }
  }

  push(frame: AudioFrame): void {
    this.#stream?.pushAudio(frame);
  }

  /** Closes the turn now (the stream is told at once); resolves with its text, '' when nothing was recognised. */
  endTurn(): Promise<string> {
    const turn = this.#stream?.endTurn();
    return turn ? this.#textOf(turn) : Promise.resolve('');
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#stream?.close().catch(() => undefined);
  }

  /** A recogniser that failed mid-call (connection lost) is reopened once per failure; the turn is lost. */
  async #textOf(turn: Promise<string>): Promise<string> {
    try {
      return await turn;
    } catch (err) {
      this.log.error({ err: String(err) }, 'speech recognition failed for this turn; reconnecting');
      const broken = this.#stream;
      this.#stream = undefined;
      await broken?.close().catch(() => undefined);
      if (!this.#closed) await this.open();
      return '';
    }
  }
}
