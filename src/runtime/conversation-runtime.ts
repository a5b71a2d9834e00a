// Runs turns: for one conversation at a time (lock store) it loads the events, lets the engine take the turn
// and appends the new events before anyone sees the reply, so a crash between turns loses nothing.
import type { Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { BotMessage, IncomingMessage } from '../engine/messages.ts';
import { DEFAULT_ACTIONS } from '../engine/domain/builtins.ts';
import type { Domain } from '../engine/domain/types.ts';
import type { TrackerEvent } from '../engine/events.ts';
import type { LockStore } from '../stores/lock-store.ts';
import type { TrackerStore } from '../stores/tracker-store.ts';
import type { Understanding } from '../understanding/types.ts';
import { ConversationFullError, RuntimeClosedError, TurnError } from './errors.ts';
import { runHealthChecks } from './health-checks.ts';
import { checkReplay, parseDataOf } from './posted-events.ts';
import { buildTrackerJson } from './tracker-json.ts';
import { turnReport } from './turn-report.ts';
import type { HealthReport, IncludeEvents, PredictionJson, Runtime, RuntimeInfo, TrackerJson, TurnEngine, TurnReport, TurnResult } from './types.ts';

export interface ConversationRuntimeParts {
  engine: TurnEngine;
  /** Registries of the engine's parts, merged into the server's /metrics. */
  metricRegistries?: Registry[];
  trackers: TrackerStore;
  locks: LockStore;
  logger: Logger;
  info: RuntimeInfo;
  /** Clock for event timestamps of appended messages (PORTIER_NOW in tests). */
  now?: () => Date;
  /** Extra readiness checks (hotel system, action server). */
  checks?: Record<string, () => Promise<void>>;
  /** Closed after the stores, in order (hotel system, action client). */
  closers?: (() => Promise<void>)[];
  /** Conversations whose events stay in memory between turns (only new events are read from the store). */
  recentConversations?: number;
  /** Events one conversation may hold; past it, turns are refused (a flood cannot grow one log without end). */
  maxEventsPerConversation?: number;
}

/** About 500 turns: far beyond any call or chat with a hotel. */
export const DEFAULT_MAX_EVENTS_PER_CONVERSATION = 5000;

export class ConversationRuntime implements Runtime {
  readonly info: RuntimeInfo;
  readonly metricRegistries: readonly Registry[];
  readonly #parts: ConversationRuntimeParts;
  readonly #listeners = new Set<(report: TurnReport, result: TurnResult | null) => void>();
  readonly #running = new Set<Promise<unknown>>();
  #closing: Promise<void> | null = null;
  /** Events of recently active conversations, least recently used first; always a prefix of the stored log. */
  readonly #recent = new Map<string, TrackerEvent[]>();

  constructor(parts: ConversationRuntimeParts) {
    this.#parts = parts;
    this.info = parts.info;
    this.metricRegistries = parts.metricRegistries ?? [];
  }

  get inFlight(): number {
    return this.#running.size;
  }

  /** Tracks the operation so close() can wait for it; refuses once closing. */
  #track<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closing) return Promise.reject(new RuntimeClosedError());
    const running = work();
    this.#running.add(running);
    const forget = () => this.#running.delete(running);
    running.then(forget, forget);
    return running;
  }

  handleMessage(message: IncomingMessage): Promise<BotMessage[]> {
    return this.#track(() => this.#turn(message));
  }

  async #turn(message: IncomingMessage): Promise<BotMessage[]> {
    const { engine, trackers, locks } = this.#parts;
    const started = performance.now();
    let result: TurnResult | null = null;
    try {
      result = await locks.withLock(message.sender, async () => {
        const history = await this.#history(message.sender);
        this.#recent.delete(message.sender);
        this.#checkRoom(message.sender, history.length);
        const turn = await engine.handle(history, message);
        // Persisted before the reply leaves: a restart after this point resumes from the new state.
        await trackers.append(message.sender, turn.events, history.length);
        this.#remember(message.sender, history.concat(turn.events));
        return turn;
      });
      this.#report(message, started, result, null);
      return result.messages;
    } catch (error) {
      this.#report(message, started, null, error);
      throw error instanceof TurnError || error instanceof RuntimeClosedError || error instanceof ConversationFullError
        ? error
        : new TurnError(message.sender, error);
    }
  }

  /** The conversation's events: the remembered ones plus what other instances appended since, else all from the store. */
  async #history(conversationId: string): Promise<TrackerEvent[]> {
    const remembered = this.#recent.get(conversationId);
    if (remembered) {
      const tail = await this.#parts.trackers.loadFrom(conversationId, remembered.length);
      if (tail) return tail.length ? remembered.concat(tail) : remembered;
    }
    return this.#parts.trackers.load(conversationId);
  }

  #checkRoom(conversationId: string, stored: number, adding = 0): void {
    const limit = this.#parts.maxEventsPerConversation ?? DEFAULT_MAX_EVENTS_PER_CONVERSATION;
    if (stored + adding >= limit) throw new ConversationFullError(conversationId, limit);
  }

  #remember(conversationId: string, events: TrackerEvent[]): void {
    const limit = this.#parts.recentConversations ?? 1000;
    if (limit <= 0) return;
    this.#recent.delete(conversationId);
    this.#recent.set(conversationId, events);
    if (this.#recent.size > limit) this.#recent.delete(this.#recent.keys().next().value!);
  }

  #report(message: IncomingMessage, started: number, result: TurnResult | null, error: unknown): void {
    const { report, line } = turnReport(message, performance.now() - started, result, error);
    if (error === null) this.#parts.logger.info(line, 'turn');
    else this.#parts.logger.error({ ...line, error: report.error }, 'turn failed');
    for (const listener of this.#listeners) {
      try {
        listener(report, result);
      } catch {
        // a broken observer (metrics, debug printer) must not fail the guest's turn
      }
    }
  }

  onTurn(listener: (report: TurnReport, result: TurnResult | null) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async getTracker(conversationId: string, options: { include?: IncludeEvents; until?: number } = {}): Promise<TrackerJson | null> {
    const events = await this.#parts.trackers.load(conversationId);
    return buildTrackerJson(conversationId, events, this.#parts.engine.describe(events), options);
  }

  domain(): Domain | null {
    return this.#parts.engine.domain?.() ?? null;
  }

  async predict(conversationId: string): Promise<PredictionJson | null> {
    const { engine, trackers } = this.#parts;
    if (!engine.predict) return null;
    const events = await trackers.load(conversationId);
    const next = await engine.predict(events, conversationId, 'rest');
    // Rasa scores every action of the domain: the flow policy is sure of one, the rest get 0.
    const domain = engine.domain?.();
    const names = new Set([
      ...DEFAULT_ACTIONS,
      ...(domain?.actions ?? []),
      ...Object.keys(domain?.responses ?? {}).filter((r) => r.startsWith('utter_')),
      next.action,
    ]);
    const scores = [...names].map((action) => ({ action, score: action === next.action ? next.confidence : 0 }));
    scores.sort((a, b) => b.score - a.score || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
    return { scores, policy: next.policy, confidence: next.confidence, tracker: buildTrackerJson(conversationId, events, engine.describe(events)) };
  }

  execute(conversationId: string, action: string, channel = 'rest'): Promise<{ tracker: TrackerJson; messages: BotMessage[] } | null> {
    const { engine, trackers } = this.#parts;
    if (!engine.execute) return Promise.resolve(null);
    const run = engine.execute.bind(engine);
    return this.#track(() =>
      this.#parts.locks.withLock(conversationId, async () => {
        this.#recent.delete(conversationId);
        const history = await trackers.load(conversationId);
        const out = await run(history, conversationId, action, channel);
        await trackers.append(conversationId, out.events, history.length);
        const events = [...history, ...out.events];
        return { tracker: buildTrackerJson(conversationId, events, engine.describe(events)), messages: out.messages };
      }),
    );
  }

  appendMessage(
    conversationId: string,
    text: string,
    options: { sender?: string; metadata?: Record<string, unknown>; parseData?: Record<string, unknown>; include?: IncludeEvents } = {},
  ): Promise<TrackerJson> {
    return this.#track(() =>
      this.#parts.locks.withLock(conversationId, async () => {
        const { engine, trackers } = this.#parts;
        this.#recent.delete(conversationId);
        const history = await trackers.load(conversationId);
        this.#checkRoom(conversationId, history.length);
        // Rasa keeps a given parse_data as it is instead of reading the text again.
        const given = options.parseData ? parseDataOf(text, options.parseData) : null;
        const understanding = given ? null : await engine.parse(text, history, conversationId);
        const event: TrackerEvent = {
          event: 'user',
          timestamp: (this.#parts.now?.() ?? new Date()).getTime() / 1000,
          text,
          parse_data: given ?? {
            text,
            intent: understanding!.intent,
            entities: understanding!.entities,
            intent_ranking: understanding!.intentRanking ?? [],
            commands: understanding!.commands,
          },
          input_channel: options.sender ?? 'rest',
          ...(options.metadata ? { metadata: options.metadata } : {}),
        };
        await trackers.append(conversationId, [event], history.length);
        const events = [...history, event];
        return buildTrackerJson(conversationId, events, engine.describe(events), options.include ? { include: options.include } : {});
      }),
    );
  }

  appendEvents(conversationId: string, events: TrackerEvent[]): Promise<TrackerJson> {
    return this.#track(() =>
      this.#parts.locks.withLock(conversationId, async () => {
        this.#recent.delete(conversationId);
        const history = await this.#parts.trackers.load(conversationId);
        this.#checkRoom(conversationId, history.length, events.length - 1);
        const all = [...history, ...events];
        checkReplay(this.#parts.engine, all);
        await this.#parts.trackers.append(conversationId, events, history.length);
        return buildTrackerJson(conversationId, all, this.#parts.engine.describe(all));
      }),
    );
  }

  replaceEvents(conversationId: string, events: TrackerEvent[]): Promise<TrackerJson> {
    return this.#track(() =>
      this.#parts.locks.withLock(conversationId, async () => {
        this.#recent.delete(conversationId);
        this.#checkRoom(conversationId, 0, events.length - 1);
        checkReplay(this.#parts.engine, events);
        await this.#parts.trackers.replace(conversationId, events);
        return buildTrackerJson(conversationId, events, this.#parts.engine.describe(events));
      }),
    );
  }

  parse(text: string, senderId = 'model_parse'): Promise<Understanding> {
    return this.#track(() => this.#parts.engine.parse(text, [], senderId));
  }

  async health(): Promise<HealthReport> {
    const probes: Record<string, () => Promise<void>> = {
      tracker_store: () => this.#parts.trackers.ping(),
      lock_store: () => this.#parts.locks.ping(),
      ...this.#parts.checks,
    };
    const kinds: Record<string, string> = { tracker_store: this.#parts.trackers.kind, lock_store: this.#parts.locks.kind };
    const checks = await runHealthChecks(probes, kinds);
    return { ok: !this.#closing && Object.values(checks).every((c) => c.ok), checks };
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      await Promise.allSettled([...this.#running]);
      await this.#parts.locks.close().catch(() => {});
      await this.#parts.trackers.close().catch(() => {});
      for (const closer of this.#parts.closers ?? []) await closer().catch(() => {});
    })();
    return this.#closing;
  }
}
