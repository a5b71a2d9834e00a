// The seam for where conversations live. Every implementation keeps an append-only log of Rasa JSON
// events per conversation, numbered from 0, so two writers can never interleave or duplicate a turn.
import type { TrackerEvent } from '../engine/events.ts';

export interface TrackerStore {
  /** Short name for logs and /health: "in_memory", "sqlite", "postgresql", "redis". */
  readonly kind: string;
  /** Every event of the conversation, oldest first; an empty list when the conversation is unknown. */
  load(conversationId: string): Promise<TrackerEvent[]>;
  /**
   * The events from position `from` on (a reader that already holds the first `from` events catches up with
   * what other instances appended); null when the log holds fewer than `from` events (it was replaced).
   */
  loadFrom(conversationId: string, from: number): Promise<TrackerEvent[] | null>;
  /**
   * Adds events after the first `expectedLength` ones. Refuses (ConcurrentAppendError) when the log holds a
   * different number of events: someone else wrote in between, and the caller's turn was based on stale state.
   */
  append(conversationId: string, events: TrackerEvent[], expectedLength: number): Promise<void>;
  /** Replaces the whole log (Rasa's PUT /conversations/{id}/tracker/events). */
  replace(conversationId: string, events: TrackerEvent[]): Promise<void>;
  /** Conversation ids, most recent activity not guaranteed first. */
  list(): Promise<string[]>;
  /** The `limit` conversations with the newest events, newest first (the staff console's list). */
  recent(limit: number): Promise<ConversationSummary[]>;
  /**
   * Deletes every conversation whose newest event is older than `before` (seconds since the epoch, as event
   * timestamps are): the retention of guests' conversations. Returns how many conversations were deleted.
   */
  prune(before: number): Promise<number>;
  /** Throws when the store cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** One line of the list of conversations: no message text, so it carries no personal data beyond the id. */
export interface ConversationSummary {
  id: string;
  /** Channel of the latest user message ("rest", "twilio_media_streams"); null before the first one. */
  channel: string | null;
  /** Unix seconds of the newest event. */
  lastEventAt: number;
  /** User messages, payloads such as /session_start included. */
  turns: number;
}

/** The summary of one conversation from its whole log (stores that cannot ask their database for it). */
export function summarizeConversation(id: string, events: readonly TrackerEvent[]): ConversationSummary {
  let channel: string | null = null;
  let turns = 0;
  let lastEventAt = 0;
  for (const event of events) {
    lastEventAt = Math.max(lastEventAt, event.timestamp);
    if (event.event !== 'user') continue;
    turns += 1;
    channel = event.input_channel ?? channel;
  }
  return { id, channel, lastEventAt, turns };
}

/** Newest first; ties by id so the order is stable. */
export function byNewest(a: ConversationSummary, b: ConversationSummary): number {
  return b.lastEventAt - a.lastEventAt || a.id.localeCompare(b.id);
}

/**
 * Table of the SQL stores. Not Rasa's `events`: the rows carry a sequence number Rasa's table lacks, and a
 * database shared with a Rasa deployment must not mix the two.
 */
export const DEFAULT_TABLE = 'portier_events';

/** A write lost the race: the log grew since it was read. Points at a missing or broken lock store. */
export class ConcurrentAppendError extends Error {
  constructor(
    readonly conversationId: string,
    readonly expectedLength: number,
    readonly actualLength: number,
  ) {
    super(`conversation ${conversationId}: expected ${expectedLength} stored events, found ${actualLength}`);
    this.name = 'ConcurrentAppendError';
  }
}

/** A store could not be opened or reached; carries which one for a one-line message. */
export class StoreUnavailableError extends Error {
  constructor(
    readonly store: string,
    readonly detail: string,
  ) {
    super(`${store} store unavailable: ${detail}`);
    this.name = 'StoreUnavailableError';
  }
}

/** The columns Rasa's SQL tracker store keeps next to the JSON, so the table can be queried the same way. */
export function eventColumns(event: TrackerEvent): { type: string; timestamp: number; intent: string | null; action: string | null } {
  return {
    type: event.event,
    timestamp: event.timestamp,
    intent: event.event === 'user' ? (event.parse_data?.intent?.name ?? null) : null,
    action: event.event === 'action' ? event.name : null,
  };
}
