// The caller's silence after the bot has finished (Rasa's silence_timeout), counted in caller frames (audio
// time), so a network stall cannot pass for silence. It runs only while the line is quiet: nobody speaking and
// nothing waiting for the assistant; it fires once per arming.
import { FRAME_MS } from '../audio/frames.ts';

export class SilenceTimer {
  #armed = false;
  #frames = 0;

  constructor(readonly timeoutMs: number) {}

  get armed(): boolean {
    return this.#armed;
  }

  /** The bot has finished and nothing is pending: start counting from zero. */
  arm(): void {
    this.#armed = true;
    this.#frames = 0;
  }

  disarm(): void {
    this.#armed = false;
  }

  /** One caller frame: true once, when the quiet line has lasted the timeout (the timer then disarms). */
  frame(lineQuiet: boolean): boolean {
    if (!this.#armed || !lineQuiet) return false;
    if (++this.#frames * FRAME_MS < this.timeoutMs) return false;
    this.#armed = false;
    return true;
  }
}
