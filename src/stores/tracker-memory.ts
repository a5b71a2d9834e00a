// Conversations in this process's memory: for tests and `tracker_store: {type: in_memory}`; lost on exit.
import type { TrackerEvent } from '../engine/events.ts';
import { byNewest, ConcurrentAppendError, type ConversationSummary, summarizeConversation, type TrackerStore } from './tracker-store.ts';

export class InMemoryTrackerStore implements TrackerStore {
  readonly kind = 'in_memory';
  readonly #logs = new Map<string, TrackerEvent[]>();

  async load(conversationId: string): Promise<TrackerEvent[]> {
    // Copies, so a caller mutating its tracker cannot change what is stored.
    return structuredClone(this.#logs.get(conversationId) ?? []);
  }

  async loadFrom(conversationId: string, from: number): Promise<TrackerEvent[] | null> {
    const log = this.#logs.get(conversationId) ?? [];
    return log.length < from ? null : structuredClone(log.slice(from));
  }

  async append(conversationId: string, events: TrackerEvent[], expectedLength: number): Promise<void> {
    const log = this.#logs.get(conversationId) ?? [];
    if (log.length !== expectedLength) throw new ConcurrentAppendError(conversationId, expectedLength, log.length);
    log.push(...structuredClone(events));
    this.#logs.set(conversationId, log);
  }

  async replace(conversationId: string, events: TrackerEvent[]): Promise<void> {
    this.#logs.set(conversationId, structuredClone(events));
  }

  async list(): Promise<string[]> {
    return [...this.#logs.keys()];
  }

  async recent(limit: number): Promise<ConversationSummary[]> {
    return [...this.#logs]
      .filter(([, log]) => log.length > 0)
      .map(([id, log]) => summarizeConversation(id, log))
      .sort(byNewest)
      .slice(0, limit);
  }

  async prune(before: number): Promise<number> {
    let deleted = 0;
    for (const [id, log] of this.#logs) {
      if ((log.at(-1)?.timestamp ?? 0) < before) {
        this.#logs.delete(id);
        deleted += 1;
      }
    }
    return deleted;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
