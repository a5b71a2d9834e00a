// Custom actions, in the shapes of the Rasa SDK action-server protocol, so one action can run
// in-process or behind POST /webhook (`portier run actions`) unchanged.
import type { SlotValue } from './commands.ts';
import type { TrackerEvent } from './events.ts';

/** The tracker as the Rasa SDK sends it to an action server (the subset actions read). */
export interface ActionTracker {
  sender_id: string;
  slots: Record<string, SlotValue>;
  latest_message: {
    text?: string;
    intent?: { name: string | null; confidence: number };
    entities?: unknown[];
    metadata?: Record<string, unknown>;
    commands?: unknown[];
  };
  events: TrackerEvent[];
  latest_input_channel?: string | null;
  latest_action_name?: string | null;
  active_loop?: Record<string, unknown>;
  followup_action?: string | null;
  paused?: boolean;
  latest_event_time?: number;
  /** CALM: the dialogue stack frames (as in Rasa Pro's tracker dump). */
  stack?: unknown[];
}

/** A response an action asks the assistant to send: a domain response by name with variables, or literal text. */
export interface ActionResponse {
  response?: string; // utter_* name; Rasa also accepts `template`
  text?: string;
  buttons?: { title: string; payload: string }[];
  custom?: unknown;
  image?: string;
  [templateVariable: string]: unknown;
}

/** Events an action returns: Rasa SDK event dicts (SlotSet → {event:'slot', name, value}, ...), timestamps optional. */
export type ActionEvent = { event: string; [key: string]: unknown } & Partial<Pick<TrackerEvent, 'timestamp'>>;

export interface ActionResult {
  events: ActionEvent[];
  responses: ActionResponse[];
}

export interface ActionCall {
  next_action: string;
  sender_id: string;
  tracker: ActionTracker;
  domain: unknown;
  version: string;
}

/** Things an in-process action may use besides the tracker. Extended by the runtime (hotel system, clock). */
export interface ActionServices {
  now(): Date;
  [service: string]: unknown;
}

export interface CustomAction {
  readonly name: string;
  run(call: ActionCall, services: ActionServices): Promise<ActionResult>;
}

/** Thrown by an action to refuse running (Rasa's ActionExecutionRejection → HTTP 400). */
export class ActionExecutionRejection extends Error {
  constructor(
    readonly actionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionExecutionRejection';
  }
}

/** Runs custom actions by name: in-process (InProcessActions), over HTTP (RemoteActions) or several in turn. */
export interface ActionRunner {
  /** True when this runner can run the action (remote runners may claim every name). */
  has(name: string): boolean;
  run(name: string, call: ActionCall): Promise<ActionResult>;
}
