// The tests' recogniser: it hears the audio like any other (frames, VAD-closed turns) but reads the words
// from a script, because no recognition service is reachable here. A turn with no voiced audio yields ''.
import { frameDbfs } from '../vad/energy.ts';
import type { AudioFrame, RecognitionOptions, RecognitionStream, SpeechRecognizer } from './types.ts';

export class ScriptedRecognizer implements SpeechRecognizer {
  readonly streamsPartials = false;
  readonly name = 'scripted';
  readonly #script: string[];
  readonly turns: string[] = [];

  constructor(script: string[] = []) {
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
    let voicedFrames = 0;
    const next = (): string => this.#script.shift() ?? '';
    const turns = this.turns;
    return {
      pushAudio(frame: AudioFrame) {
        if (frameDbfs(frame.pcm) > -45) voicedFrames++;
      },
      async endTurn() {
        const heard = voicedFrames >= 5 ? next() : '';
        voicedFrames = 0;
        if (heard) options.onPartial?.(heard);
        turns.push(heard);
        return heard;
      },
      async close() {},
    };
  }
}
