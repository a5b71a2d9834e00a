// Flows as loaded from Rasa Pro flow files (data/**/*.yml `flows:`), after validation.
// Positions point back to the YAML so errors can name file:line:col.

export interface SourcePos {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
}

/** A predicate in Rasa's (pypred) condition language, kept as written; or a literal bool. */
export type Condition = string | boolean;

export type NextTarget = string; // a step id or 'END'

export interface Branch {
  if?: Condition; // absent = else
  then: NextTarget | Step[];
}

export type Next = NextTarget | Branch[];

interface StepBase {
  id?: string;
  next?: Next;
  metadata?: Record<string, unknown>;
  description?: string;
  pos?: SourcePos;
}

export interface Rejection {
  if: Condition;
  utter: string;
}

export interface CollectStep extends StepBase {
  kind: 'collect';
  collect: string;
  utter?: string;
  ask_before_filling?: boolean;
  reset_after_flow_ends?: boolean;
  rejections?: Rejection[];
  force_slot_filling?: boolean;
  silence_timeout?: number | Record<string, number>;
  dtmf?: { length?: number; finish_on_key?: string; allow_audio_input?: boolean };
}

export interface ActionStep extends StepBase {
  kind: 'action';
  action: string;
}

export interface SetSlotsStep extends StepBase {
  kind: 'set_slots';
  set_slots: Record<string, unknown>[];
}

export interface LinkStep extends StepBase {
  kind: 'link';
  link: string;
}

export interface CallStep extends StepBase {
  kind: 'call';
  call: string;
}

export interface NoopStep extends StepBase {
  kind: 'noop';
}

export type Step = CollectStep | ActionStep | SetSlotsStep | LinkStep | CallStep | NoopStep;

export interface NluTrigger {
  intent: string;
  confidence_threshold?: number;
}

export interface Flow {
  id: string;
  name?: string;
  description: string;
  if?: Condition;
  nlu_trigger?: NluTrigger[];
  persisted_slots?: string[];
  always_include_in_prompt?: boolean;
  run_pattern_completed?: boolean;
  steps: Step[];
  /** True for pattern_* flows (shipped defaults or user overrides). */
  isPattern?: boolean;
  pos?: SourcePos;
}
