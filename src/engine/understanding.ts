// The seam between understanding (offline NLU, LLM) and the engine.
import type { Command, SlotValue } from './commands.ts';
import type { Entity } from './events.ts';

/** What a generator may know of the conversation when it reads a message. Built by the engine; read-only. */
export interface UnderstandingContext {
  senderId: string;
  /** Today in the hotel's timezone (from PORTIER_NOW when set). */
  now: Date;
  timezone: string;
  /** Id of the active user flow (top user frame), if any. */
  activeFlow: string | null;
  /** Slot the active collect step is asking for, if any. */
  requestedSlot: string | null;
  slots: Readonly<Record<string, SlotValue>>;
  /** Recent turns, oldest first. */
  history: { role: 'user' | 'bot'; text: string }[];
  /** Voice channels enable `repeat message`. */
  channel: string;
}

export interface Understanding {
  text: string;
  intent: { name: string | null; confidence: number };
  intentRanking?: { name: string; confidence: number }[];
  entities: Entity[];
  commands: Command[];
  /** Which generator produced the commands ("nlu", "llm", "payload", "nlu-fallback"). */
  source: string;
  /**
   * How the message would open a conversation: only a greeting («алло, здравствуйте»), or a request (with or
   * without a greeting before it). A session started by this message greets in full for the first, briefly for
   * the second. `other_language`: a request in a language the assistant does not speak, whose answer greets in
   * that language itself (no Russian greeting before an English one). Unset when the generator cannot tell.
   */
  opening?: 'greeting' | 'request' | 'other_language';
  /** LLM bookkeeping for the turn (tokens, latency, why it fell back), when an LLM was involved. */
  usage?: UnderstandingUsage;
}

export interface UnderstandingUsage {
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
  /** Time spent on the LLM (retries included), even when it failed. */
  latencyMs: number;
  attempts: number;
  /** Set when the offline generator understood the turn instead: timeout, server, breaker-open, unparsable, ... */
  fallbackReason?: string;
}

export interface CommandGenerator {
  readonly name: string;
  understand(text: string, context: UnderstandingContext): Promise<Understanding>;
}
