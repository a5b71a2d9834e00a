// Per-conversation FIFO queue inside one process: the default lock store, enough for a single instance.
import type { LockStore } from './lock-store.ts';

export class InProcessLockStore implements LockStore {
  readonly kind = 'in_memory';
  /** Tail of each conversation's queue; removed when the queue empties so idle conversations cost nothing. */
  readonly #tails = new Map<string, Promise<unknown>>();

  async withLock<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(conversationId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => {});
    this.#tails.set(conversationId, tail);
    try {
      return await run;
    } finally {
      if (this.#tails.get(conversationId) === tail) this.#tails.delete(conversationId);
    }
  }

  /** Conversations with a turn running or queued. */
  get active(): number {
    return this.#tails.size;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    await Promise.allSettled([...this.#tails.values()]);
  }
}
