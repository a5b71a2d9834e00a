// A call's work in order: each caller turn, message to the assistant and phrase of the line waits for the one
// before, so replies are spoken in the order they were asked for. Work that answers the caller is counted while
// it waits or runs: the caller's silence is not timed meanwhile (call/silence-timer.ts).
import type { Logger } from 'pino';

export class CallQueue {
  #chain: Promise<void> = Promise.resolve();
  #pending = 0;

  /** `onSettled`: a piece of counted work has finished (the session then checks whether the line is quiet). */
  constructor(
    readonly log: Logger,
    readonly onSettled: () => void,
  ) {}

  /** Caller turns and messages handed to the assistant, and the line's own phrases, not finished yet. */
  get pending(): number {
    return this.#pending;
  }

  /** Counted work; a failure is logged as `failure` and the call goes on. */
  answer(work: () => Promise<void>, failure: string): void {
    this.#pending++;
    this.#chain = this.#chain
      .then(work)
      .catch((err) => this.log.error({ err: String(err) }, failure))
      .finally(() => {
        this.#pending--;
        this.onSettled();
      });
  }

  /** Work queued after whatever is in hand and not counted (a resumed answer, a key written down, the shutdown phrase). */
  after(work: () => Promise<void>): void {
    this.#chain = this.#chain.then(work);
  }

  /** Resolves when everything queued so far has run. */
  drained(): Promise<void> {
    return this.#chain;
  }
}
