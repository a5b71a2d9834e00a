// What the runtime is made of and what it offers. Each part is injected, so the server and channels can be
// tested with small doubles and the real engine, generator and stores plugged in by createRuntime.
import type { RasaTrackerJson } from '../engine/dialogue/tracker.ts';
import type { Registry } from 'prom-client';
import type { Agent, BotMessage, IncomingMessage } from '../engine/messages.ts';
import type { SlotValue } from '../engine/commands.ts';
import type { Domain } from '../engine/domain/types.ts';
import type { TrackerEvent } from '../engine/events.ts';
import type { Understanding } from '../understanding/types.ts';

/** One turn's outcome: the events to append (the user's message included) and what to send back. */
export interface TurnResult {
  events: TrackerEvent[];
  messages: BotMessage[];
  understanding: Understanding | null;
}

/** The engine and its understanding as the runtime drives them: prior events and a message in, new events out. */
export interface TurnEngine {
  handle(history: readonly TrackerEvent[], message: IncomingMessage): Promise<TurnResult>;
  /** Reads a text without running a turn (POST /model/parse, POST /conversations/{id}/messages). */
  parse(text: string, history: readonly TrackerEvent[], senderId: string): Promise<Understanding>;
  /** Slots (with domain initial values) and the dialogue stack after these events. */
  describe(history: readonly TrackerEvent[]): { slots: Record<string, SlotValue>; stack: unknown[] };
  /** The domain the engine runs (the project's over the default patterns), for GET /domain and trigger_intent. */
  domain?(): Domain;
  /** The action the engine would run next after these events, without running it (POST /conversations/{id}/predict). */
  predict?(history: readonly TrackerEvent[], senderId: string, channel: string): Promise<{ action: string; policy: string; confidence: number }>;
  /** Runs one action by name after these events, outside a user turn (POST /conversations/{id}/execute). */
  execute?(history: readonly TrackerEvent[], senderId: string, action: string, channel: string): Promise<{ events: TrackerEvent[]; messages: BotMessage[] }>;
}

/** Facts about the loaded assistant for /status and /version. */
export interface RuntimeInfo {
  version: string;
  modelId: string;
  modelFile: string | null;
  generator: string;
}

export interface TurnReport {
  conversationId: string;
  channel: string;
  latencyMs: number;
  ok: boolean;
  /** Names of the commands understood ("start flow", "set slot", ...). */
  commands: string[];
  /** Understanding source: "nlu", "llm", "payload", "nlu-fallback", ... ("none" when the turn failed first). */
  source: string;
  intent: string | null;
  messages: number;
  error?: string;
}

export interface HealthReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; kind?: string; error?: string }>;
}

/** Rasa's tracker JSON as the API serves it: `include_events=NONE` leaves the events out. */
export type TrackerJson = Omit<RasaTrackerJson, 'events' | 'stack'> & { events: TrackerEvent[] | null; stack: unknown[] };

/** Rasa's prediction body: every action of the domain with its score, highest first, and the tracker. */
export interface PredictionJson {
  scores: { action: string; score: number }[];
  policy: string;
  confidence: number;
  tracker: TrackerJson;
}

export type IncludeEvents = 'ALL' | 'APPLIED' | 'AFTER_RESTART' | 'NONE';

export interface Runtime extends Agent {
  readonly info: RuntimeInfo;
  /** Metrics kept by the runtime's parts (the LLM generator's), served with the server's own. */
  readonly metricRegistries?: readonly Registry[];
  handleMessage(message: IncomingMessage): Promise<BotMessage[]>;
  /** A conversation with no events yet is an empty tracker (as Rasa serves it); null only from doubles. */
  getTracker(conversationId: string, options?: { include?: IncludeEvents; until?: number }): Promise<TrackerJson | null>;
  /** Appends a user message without a bot turn (Rasa POST /conversations/{id}/messages); returns the tracker. */
  appendMessage(
    conversationId: string,
    text: string,
    options?: { sender?: string; metadata?: Record<string, unknown>; parseData?: Record<string, unknown>; include?: IncludeEvents },
  ): Promise<TrackerJson>;
  /** The engine's domain; null when the engine does not expose one. */
  domain(): Domain | null;
  /** Rasa's POST /conversations/{id}/predict: the next action's scores and the tracker; null when the engine cannot. */
  predict(conversationId: string): Promise<PredictionJson | null>;
  /** Runs one action in a conversation (Rasa's POST /conversations/{id}/execute); null when the engine cannot. */
  execute(conversationId: string, action: string, channel?: string): Promise<{ tracker: TrackerJson; messages: BotMessage[] } | null>;
  /** Adds events to a conversation as they are (Rasa POST /conversations/{id}/tracker/events); returns the tracker. */
  appendEvents(conversationId: string, events: TrackerEvent[]): Promise<TrackerJson>;
  /** Replaces a conversation's events (Rasa PUT /conversations/{id}/tracker/events); returns the tracker. */
  replaceEvents(conversationId: string, events: TrackerEvent[]): Promise<TrackerJson>;
  parse(text: string, senderId?: string): Promise<Understanding>;
  health(): Promise<HealthReport>;
  /** Called after every turn (metrics, debug output). Returns an unsubscribe function. */
  onTurn(listener: (report: TurnReport, result: TurnResult | null) => void): () => void;
  /** Turns running now. */
  readonly inFlight: number;
  /** Refuses new turns, waits for running ones, closes stores and services. */
  close(): Promise<void>;
}
