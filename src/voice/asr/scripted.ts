// The tests' recogniser: it hears the audio like any other (frames, VAD-closed turns) but reads the words
// from a script, because no recognition model can be had here. A turn with no voiced audio yields ''.
// Like a streaming recogniser it reports partial text while the caller speaks — the share of the line's words
// that the voiced audio so far covers — and the whole line once most of it has been heard and the speech has
// stopped for `settleMs` (a streaming decoder emits its last words shortly after the end of speech). A pause
// inside the line (after «да,») shows only the words before it, as a recogniser would.
import { frameDbfs } from '../vad/energy.ts';
import type { AudioFrame, RecognitionOptions, RecognitionStream, SpeechRecognizer } from './types.ts';

const VOICED_DBFS = -45;
/** Voiced audio per character of Russian speech (espeak-ng at its default rate: ≈ 50 ms). */
const VOICED_MS_PER_CHAR = 50;

/** One caller's audio against the next line of a script: the partial text so far, and the turn's words. */
export class ScriptedHearing {
  #voiced = 0;
  #quietAfterVoice = 0;
  #line: string | undefined;

  constructor(
    readonly nextLine: () => string,
    readonly settleFrames = 5,
  ) {}

  /** Feeds one frame; returns the partial text when it changed. */
  accept(pcm: Int16Array): string | undefined {
    const before = this.partial();
    if (frameDbfs(pcm) > VOICED_DBFS) {
      this.#voiced++;
      this.#quietAfterVoice = 0;
    } else if (this.#voiced > 0) this.#quietAfterVoice++;
    if (this.#voiced >= 5 && this.#line === undefined) this.#line = this.nextLine();
    const after = this.partial();
    return after !== before ? after : undefined;
  }

  /** Voiced frames of the whole line, of which 70 % must be heard before it is out in full. */
  #fullFrames(): number {
    return ((this.#line?.length ?? 0) * VOICED_MS_PER_CHAR) / 20;
  }

  partial(): string {
    if (!this.#line) return '';
    if (this.settled()) return this.#line;
    const words = this.#line.split(/\s+/u);
    const heard = Math.floor((words.length * this.#voiced) / this.#fullFrames());
    return words.slice(0, Math.min(words.length - 1, heard)).join(' ');
  }

  /** Frames of quiet since the last voiced one (0 before any voice). */
  get quietFrames(): number {
    return this.#quietAfterVoice;
  }

  /** Speech has stopped long enough, after most of the line, for the whole line to be out. */
  settled(): boolean {
    return Boolean(this.#line) && this.#quietAfterVoice >= this.settleFrames && this.#voiced >= 0.7 * this.#fullFrames();
  }

  finish(): string {
    const heard = this.#line ?? '';
    this.#voiced = 0;
    this.#quietAfterVoice = 0;
    this.#line = undefined;
    return heard;
  }
}

export class ScriptedRecognizer implements SpeechRecognizer {
  readonly streamsPartials = true;
  readonly name = 'scripted';
  readonly #script: string[];
  readonly turns: string[] = [];

  constructor(
    script: string[] = [],
    readonly settleMs = 100,
  ) {
    this.#script = [...script];
  }

  /** Adds what the caller will say next. */
  expect(...transcripts: string[]): void {
    this.#script.push(...transcripts);
  }

  get remaining(): number {
    return this.#script.length;
  }

  async open(options: RecognitionOptions): Promise<RecognitionStream> {
    const hearing = new ScriptedHearing(() => this.#script.shift() ?? '', Math.round(this.settleMs / 20));
    const turns = this.turns;
    return {
      pushAudio(frame: AudioFrame) {
        const partial = hearing.accept(frame.pcm);
        if (partial !== undefined) options.onPartial?.(partial);
      },
      async endTurn() {
        const heard = hearing.finish();
        turns.push(heard);
        return heard;
      },
      async close() {},
    };
  }
}
