// The seam that keeps one conversation's turns from interleaving: a turn reads the tracker, runs the engine
// and appends its events while holding the conversation's lock.

export interface LockStore {
  /** "in_memory" or "redis". */
  readonly kind: string;
  /** Runs `work` while no other holder (in this process, or any instance for a shared store) has the lock. */
  withLock<T>(conversationId: string, work: () => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Waited too long for a conversation's lock: another turn of it is stuck or very slow. */
export class LockTimeoutError extends Error {
  constructor(
    readonly conversationId: string,
    readonly waitedMs: number,
  ) {
    super(`conversation ${conversationId}: lock not acquired within ${waitedMs} ms`);
    this.name = 'LockTimeoutError';
  }
}
