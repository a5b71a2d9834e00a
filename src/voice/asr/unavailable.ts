// Used when no recogniser is configured: calls still connect, greet and accept DTMF, and the log says what
// is missing. It recognises nothing (never invents words).
import type { Logger } from 'pino';
import type { RecognitionStream, SpeechRecognizer } from './types.ts';

export class UnavailableRecognizer implements SpeechRecognizer {
  readonly streamsPartials = false;
  readonly name = 'none';
  constructor(
    readonly reason: string,
    readonly logger?: Logger,
  ) {}

  async open(): Promise<RecognitionStream> {
    return {
      pushAudio() {},
      endTurn: async () => {
        this.logger?.warn({ reason: this.reason }, 'caller speech ignored: no speech recogniser configured');
        return '';
      },
      async close() {},
    };
  }
}

/** A line with this recogniser hears no words: it offers key presses instead (call/keypad-line.ts). */
export function hearsNothing(recognizer: SpeechRecognizer): boolean {
  return recognizer instanceof UnavailableRecognizer;
}
