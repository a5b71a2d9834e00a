// Cloud recognisers (Azure, SpeechKit) send the final text of an utterance a little after our VAD has closed
// the turn. endTurn waits for it at most a short grace, then uses the last partial.
export class FinalWait {
  #wake: (() => void) | undefined;

  /** A final result (or a failure) came in: a waiting endTurn goes on at once. */
  arrived(): void {
    this.#wake?.();
  }

  /** Resolves when the next final arrives, or after `graceMs`. */
  async within(graceMs: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.#wake = undefined;
  }
}
