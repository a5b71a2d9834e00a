// Turn-taking from frame counts: audio time, never wall clock, so network bursts cannot fake silence.
import { FRAME_MS, msToFrames } from '../audio/frames.ts';

export interface TurnOptions {
  /** Consecutive speech needed before the caller counts as speaking. */
  startSpeechMs: number;
  /** Silence after the last speech frame that closes the caller's turn. */
  endSilenceMs: number;
}

export const turnDefaults = { startSpeechMs: 100, endSilenceMs: 600 } as const satisfies TurnOptions;

export type TurnEvent = 'speech_start' | 'vad_stop' | 'turn_end';

export class TurnDetector {
  readonly #startFrames: number;
  readonly #endFrames: number;
  #state: 'quiet' | 'speaking' | 'pausing' = 'quiet';
  #run = 0;
  #silence = 0;
  #voicedFrames = 0;
  #turnFrames = 0;
  /** The silence that ends this turn; shortened when the caller has clearly finished (endSoon). */
  #endFramesNow: number;

  constructor(options: Partial<TurnOptions> = {}) {
    const o = { ...turnDefaults, ...options };
    this.#startFrames = msToFrames(o.startSpeechMs);
    this.#endFrames = msToFrames(o.endSilenceMs);
    this.#endFramesNow = this.#endFrames;
  }

  /** This turn ends after ms of silence (if shorter than the usual): the answer is complete. Speech resets it. */
  endSoon(ms: number): void {
    if (this.#state !== 'quiet') this.#endFramesNow = Math.min(this.#endFramesNow, msToFrames(ms));
  }

  get speaking(): boolean {
    return this.#state !== 'quiet';
  }

  /** Audio since the caller started speaking, pauses included, in ms. */
  get speechMs(): number {
    return this.#turnFrames * FRAME_MS;
  }

  /** Silence since the caller's last speech in this turn, in ms. */
  get silenceMs(): number {
    return this.#silence * FRAME_MS;
  }

  /** Voiced audio in the current turn, in ms. */
  get voicedMs(): number {
    return this.#voicedFrames * FRAME_MS;
  }

  /** `leadFrames`: the change of this frame's decision happened that many frames earlier (see VadListener). */
  push(speech: boolean, leadFrames = 0): TurnEvent | null {
    if (this.#state !== 'quiet') this.#turnFrames++;
    if (this.#state === 'quiet') {
      this.#run = speech ? Math.max(this.#run + 1, leadFrames + 1) : 0;
      if (this.#run < this.#startFrames) return null;
      this.#state = 'speaking';
      this.#voicedFrames = this.#run;
      this.#turnFrames = this.#run;
      return 'speech_start';
    }
    if (speech) {
      this.#voicedFrames++;
      this.#silence = 0;
      this.#state = 'speaking';
      this.#endFramesNow = this.#endFrames;
      return null;
    }
    this.#silence++;
    if (this.#state === 'speaking') {
      // Frames the detector still called speech after the caller stopped count as the silence they were.
      const lead = Math.min(leadFrames, this.#voicedFrames - 1);
      this.#silence += lead;
      this.#voicedFrames -= lead;
      this.#state = 'pausing';
      return 'vad_stop';
    }
    if (this.#silence >= this.#endFramesNow) {
      this.reset();
      return 'turn_end';
    }
    return null;
  }

  reset(): void {
    this.#endFramesNow = this.#endFrames;
    this.#state = 'quiet';
    this.#run = 0;
    this.#silence = 0;
    this.#voicedFrames = 0;
    this.#turnFrames = 0;
  }
}
