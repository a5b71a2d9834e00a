// The conversation tracker: an append-only log of Rasa JSON events. Its state (slots, dialogue stack,
// latest message, recent bot messages) is updated as each event is appended, never by replaying the log
// per turn. `fromEvents` replays once, when a conversation is loaded from a store.
import { bargeInOf, keepHeard } from './barge-in.ts';
import type { ActionTracker } from '../actions.ts';
import type { SlotValue } from '../commands.ts';
import type { Domain } from '../domain/types.ts';
import type { TrackerEvent } from '../events.ts';
import { applyStackPatch, diffStack, type PatchOp, patchJson } from './json-patch.ts';
import type { StackFrame } from './stack.ts';

export type UserEvent = Extract<TrackerEvent, { event: 'user' }>;
export type BotEvent = Extract<TrackerEvent, { event: 'bot' }>;

const HISTORY_TURNS = 20;

/** Rasa's tracker JSON (GET /conversations/{id}/tracker). */
export interface RasaTrackerJson {
  sender_id: string;
  slots: Record<string, SlotValue>;
  latest_message: Record<string, unknown> | null;
  latest_event_time: number | null;
  followup_action: string | null;
  paused: boolean;
  events: TrackerEvent[];
  latest_input_channel: string | null;
  active_loop: Record<string, unknown>;
  latest_action: { action_name: string } | null;
  latest_action_name: string | null;
  stack: StackFrame[];
}

export class DialogueTracker {
  private readonly log: TrackerEvent[] = [];
  private readonly initialSlots: Record<string, SlotValue>;
  slots: Record<string, SlotValue>;
  stack: readonly StackFrame[] = [];
  latestMessage: UserEvent | null = null;
  latestActionName: string | null = null;
  latestInputChannel: string | null = null;
  followupAction: string | null = null;
  paused = false;
  /** Bot events since the latest user message, and those of the turn before it. */
  botSinceUser: BotEvent[] = [];
  botPreviousTurn: BotEvent[] = [];
  /** Whether a session has started since the conversation began or was restarted. */
  sessionStarted = false;
  latestUserTime: number | null = null;
  /** Recent transcript of this session, oldest first. */
  history: { role: 'user' | 'bot'; text: string }[] = [];

  constructor(
    readonly senderId: string,
    domain: Pick<Domain, 'slots'>,
  ) {
    this.initialSlots = {};
    for (const [name, def] of Object.entries(domain.slots)) this.initialSlots[name] = def.initial_value ?? null;
    this.slots = { ...this.initialSlots };
  }

  static fromEvents(senderId: string, events: readonly TrackerEvent[], domain: Pick<Domain, 'slots'>): DialogueTracker {
    const t = new DialogueTracker(senderId, domain);
    for (const e of events) t.append(e);
    return t;
  }

  get events(): readonly TrackerEvent[] {
    return this.log;
  }

  initialValue(slot: string): SlotValue {
    return this.initialSlots[slot] ?? null;
  }

  append(e: TrackerEvent): void {
    this.log.push(e);
    this.apply(e);
  }

  /** Replaces the stack, appending a `stack` event with the JSON Patch (nothing when unchanged). */
  setStack(next: readonly StackFrame[], timestamp: number): void {
    const ops = diffStack(this.stack, next);
    if (ops.length === 0) return;
    this.log.push({ event: 'stack', update: patchJson(ops), timestamp });
    this.stack = next;
  }

  private apply(e: TrackerEvent): void {
    switch (e.event) {
      case 'user':
        this.latestMessage = e;
        this.latestInputChannel = e.input_channel ?? null;
        this.latestUserTime = e.timestamp;
        this.botPreviousTurn = this.botSinceUser;
        this.botSinceUser = [];
        {
          const bargeIn = bargeInOf(e.metadata);
          if (bargeIn) this.history = keepHeard(this.history, bargeIn.heard);
        }
        // `/session_start`, `/SetSlots(...)` and other payloads are not things the user said.
        if (!e.text.trimStart().startsWith('/')) this.remember('user', e.text);
        break;
      case 'bot':
        this.botSinceUser.push(e);
        if (e.text) this.remember('bot', e.text);
        break;
      case 'action':
        this.latestActionName = e.name;
        this.followupAction = null;
        break;
      case 'slot':
        this.slots[e.name] = e.value;
        break;
      case 'reset_slots':
        this.slots = { ...this.initialSlots };
        break;
      case 'session_started':
        this.sessionStarted = true;
        this.slots = { ...this.initialSlots };
        this.followupAction = null;
        this.history = [];
        break;
      case 'restart':
        this.slots = { ...this.initialSlots };
        this.stack = [];
        this.latestMessage = null;
        this.followupAction = null;
        this.botSinceUser = [];
        this.botPreviousTurn = [];
        this.history = [];
        this.sessionStarted = false;
        break;
      case 'stack':
        this.stack = applyStackPatch(this.stack, JSON.parse(e.update) as PatchOp[]);
        break;
      case 'followup':
        this.followupAction = e.name;
        break;
      case 'pause':
        this.paused = true;
        break;
      case 'resume':
        this.paused = false;
        break;
      case 'rewind':
      case 'undo':
        this.replay();
        break;
      default:
        break;
    }
  }

  private remember(role: 'user' | 'bot', text: string): void {
    this.history.push({ role, text });
    if (this.history.length > HISTORY_TURNS * 2) this.history.splice(0, this.history.length - HISTORY_TURNS * 2);
  }

  /** Undo/rewind remove earlier turns: rebuild state from the events that still apply (rare). */
  private replay(): void {
    const applied: TrackerEvent[] = [];
    for (const e of this.log) {
      if (e.event === 'rewind') {
        const i = applied.findLastIndex((x) => x.event === 'user');
        if (i >= 0) applied.splice(i);
      } else if (e.event === 'undo') {
        const i = applied.findLastIndex((x) => x.event === 'action');
        if (i >= 0) applied.splice(i);
      } else applied.push(e);
    }
    const fresh = DialogueTracker.fromEvents(this.senderId, [], { slots: {} });
    fresh.initialSlotsFrom(this.initialSlots);
    for (const e of applied) fresh.apply(e);
    Object.assign(this, {
      slots: fresh.slots,
      stack: fresh.stack,
      latestMessage: fresh.latestMessage,
      latestActionName: fresh.latestActionName,
      latestInputChannel: fresh.latestInputChannel,
      followupAction: fresh.followupAction,
      paused: fresh.paused,
      botSinceUser: fresh.botSinceUser,
      botPreviousTurn: fresh.botPreviousTurn,
      latestUserTime: fresh.latestUserTime,
      sessionStarted: fresh.sessionStarted,
      history: fresh.history,
    });
  }

  private initialSlotsFrom(initial: Record<string, SlotValue>): void {
    Object.assign(this.initialSlots, initial);
    this.slots = { ...initial };
  }

  latestEventTime(): number | null {
    return this.log.length ? this.log[this.log.length - 1]!.timestamp : null;
  }

  /** The shape of Rasa's GET /conversations/{id}/tracker. */
  toRasaJSON(): RasaTrackerJson {
    return {
      sender_id: this.senderId,
      slots: { ...this.slots },
      latest_message: this.latestMessageJSON(),
      latest_event_time: this.latestEventTime(),
      followup_action: this.followupAction,
      paused: this.paused,
      events: [...this.log],
      latest_input_channel: this.latestInputChannel,
      active_loop: {},
      latest_action: this.latestActionName ? { action_name: this.latestActionName } : null,
      latest_action_name: this.latestActionName,
      stack: [...this.stack],
    };
  }

  private latestMessageJSON(): Record<string, unknown> | null {
    const m = this.latestMessage;
    if (!m) return null;
    return {
      text: m.text,
      intent: m.parse_data.intent,
      entities: m.parse_data.entities,
      intent_ranking: m.parse_data.intent_ranking ?? [],
      commands: m.parse_data.commands,
      metadata: m.metadata ?? {},
      message_id: m.message_id ?? null,
    };
  }

  /** The tracker as an action server receives it (Rasa SDK shape). */
  toActionTracker(): ActionTracker {
    const m = this.latestMessage;
    const latest: ActionTracker['latest_message'] = m
      ? { text: m.text, intent: m.parse_data.intent, entities: m.parse_data.entities, metadata: m.metadata ?? {}, commands: m.parse_data.commands }
      : {};
    const out: ActionTracker = {
      sender_id: this.senderId,
      slots: { ...this.slots },
      latest_message: latest,
      events: this.log,
      latest_input_channel: this.latestInputChannel,
      latest_action_name: this.latestActionName,
      active_loop: {},
      followup_action: this.followupAction,
      paused: this.paused,
      stack: [...this.stack],
    };
    const t = this.latestEventTime();
    if (t !== null) out.latest_event_time = t;
    return out;
  }
}
