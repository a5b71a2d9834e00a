// When the caller talking over the bot counts as an interruption (Rasa's `interruptions`): enough speech
// (min_duration), and with a recogniser that streams partial text, enough words (min_words). It also keeps what
// the interruption cut off, so a false one (no words in the end) resumes the bot where it stopped.
import type { Interrupted } from './bot-voice.ts';

export interface BargeInOptions {
  enabled: boolean;
  /** Speech over the bot needed before it stops. */
  minSpeechMs: number;
  /** Words heard before the bot stops; applied only when the recogniser streams partials. */
  minWords: number;
  /** The recogniser streams partial text, so words can be counted while the caller speaks. */
  countsWords: boolean;
}

/** How a caller turn related to the bot's speech, taken when the turn ends. */
export interface TurnOverlap {
  /** The caller interrupted the bot in this turn. */
  barged: boolean;
  /** The caller spoke over the bot, stayed below the threshold, and the bot is still speaking. */
  overlapped: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => WORD.test(w)).length;
}

export class BargeIn {
  #onsetAt = 0;
  #words = 0;
  #barged = false;
  #overBot = false;
  #interrupted: Interrupted | undefined;

  constructor(readonly options: BargeInOptions) {}

  /** When the caller's current turn began (wall ms of the call clock). */
  get onsetAt(): number {
    return this.#onsetAt;
  }

  /** What the last interruption cut off, until a turn with words or a resume settles it. */
  get interrupted(): Interrupted | undefined {
    return this.#interrupted;
  }

  speechStarted(onsetAt: number, botSpeaking: boolean): void {
    this.#onsetAt = onsetAt;
    this.#barged = false;
    this.#words = 0;
    this.#overBot = botSpeaking;
  }

  /** The recogniser's partial text of this turn. */
  heard(partial: string): void {
    this.#words = countWords(partial);
  }

  /** The caller has now spoken over an interruptible bot long enough (and with enough words) to stop it. */
  due(speechMs: number, botSpeaking: boolean, interruptible: boolean): boolean {
    const o = this.options;
    if (this.#barged || !botSpeaking || speechMs < o.minSpeechMs) return false;
    if (o.minWords > 0 && o.countsWords && this.#words < o.minWords) return false;
    return o.enabled && interruptible;
  }

  /** The bot was stopped: this turn interrupted it. */
  stopped(cutOff: Interrupted): void {
    this.#barged = true;
    this.#interrupted = cutOff;
  }

  turnEnded(botSpeaking: boolean): TurnOverlap {
    const barged = this.#barged;
    // Speech over the bot that stayed below the threshold (a backchannel, an echo) is dropped if the bot is still
    // talking; if the bot finished meanwhile, it is an answer.
    return { barged, overlapped: this.#overBot && !barged && botSpeaking };
  }

  /** The interrupted reply is settled: answered by the caller's words, or resumed. */
  settle(): void {
    this.#interrupted = undefined;
  }
}
