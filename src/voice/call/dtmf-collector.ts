// Key presses that are not a command on their own are collected into one answer (a room number, a date, a
// phone number) and handed to the assistant as a single message: when the caller presses #, or after a pause
// counted in caller frames (audio time). A lone 0 is the reception key and never starts an answer.
import { FRAME_MS } from '../audio/frames.ts';

export class DtmfCollector {
  #digits = '';
  #idleFrames = 0;

  constructor(readonly idleMs: number) {}

  get digits(): string {
    return this.#digits;
  }

  /** 0 pressed before any other key: the caller asks for reception. */
  isReceptionKey(digit: string): boolean {
    return digit === '0' && this.#digits === '';
  }

  /** Returns the collected answer when `#` closes it (possibly empty), otherwise keeps the key. */
  press(digit: string): string | undefined {
    if (digit === '#') return this.#take();
    this.#digits += digit;
    this.#idleFrames = 0;
    return undefined;
  }

  /** One caller frame went by: returns the collected answer once the caller has paused long enough. */
  frame(): string | undefined {
    if (!this.#digits) return undefined;
    return ++this.#idleFrames * FRAME_MS >= this.idleMs ? this.#take() : undefined;
  }

  #take(): string {
    const digits = this.#digits;
    this.#digits = '';
    this.#idleFrames = 0;
    return digits;
  }
}
