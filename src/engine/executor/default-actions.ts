// The engine's own implementations of Rasa's default actions (action_session_start, action_cancel_flow, ...).
import type { SlotValue } from '../commands.ts';
import { optionsList } from '../dialogue/options-list.ts';
import type { BotMessage } from '../messages.ts';
import { fitsSlotType } from '../dialogue/slot-values.ts';
import { isUserFrame, type StackFrame, topFrame } from '../dialogue/stack.ts';
import type { DefaultActionName } from '../domain/builtins.ts';
import type { Rejection } from '../flows/types.ts';
import { CONTINUE_PREFIX } from '../flows/compile.ts';
import { evaluatePredicate, PredicateError } from '../flows/predicates.ts';
import { isCustom } from './action-kind.ts';
import { resetFlowSlots } from './flow-slots.ts';
import type { Turn } from './turn.ts';

type Impl = (turn: Turn, top: StackFrame | undefined) => void | Promise<void>;

const IMPLS: Partial<Record<DefaultActionName, Impl>> = {
  action_session_start: sessionStart,
  action_restart: (turn) => {
    turn.emit({ event: 'restart' });
  },
  action_hangup: (turn) => {
    turn.setCallControl({ kind: 'hangup' });
    turn.stopped = true;
  },
  action_human_handoff: (turn) => {
    if (!turn.opts.transferTarget) return;
    turn.setCallControl({ kind: 'transfer', to: turn.opts.transferTarget });
    turn.stopped = true;
  },
  action_cancel_flow: (turn, top) => {
    const ids = new Set(asStrings(top?.canceled_frames));
    cancelFrames(turn, (f) => ids.has(f.frame_id));
  },
  action_cancel_interrupted_flows: (turn, top) => cancelFrames(turn, (f) => f !== top),
  action_clean_stack: (turn, top) => cancelFrames(turn, (f) => f !== top),
  action_continue_interrupted_flow: continueInterrupted,
  action_clarify_flows: (turn, top) => {
    if (!top) return;
    const names = asStrings(top.names);
    turn.updateFrame(top.frame_id, { clarification_options: optionsList(names, turn.project.language) });
  },
  action_correct_flow_slot: correctSlots,
  action_run_slot_rejections: runSlotRejections,
  action_repeat_bot_messages: (turn) => {
    const previous = turn.tracker.botPreviousTurn.length ? turn.tracker.botPreviousTurn : turn.tracker.botSinceUser;
    for (const e of [...previous]) {
      const meta = (e.metadata ?? {}) as Record<string, unknown>;
      // «Конечно, я подожду.» is not said again into the silence after it: the question it held back comes instead
      if (typeof meta.utter_action === 'string' && turn.holdsQuestion(meta.utter_action)) continue;
      const msg: BotMessage = { recipient_id: turn.tracker.senderId };
      if (e.text !== null) msg.text = e.text;
      if (e.data.buttons) msg.buttons = e.data.buttons;
      if (e.data.custom !== undefined) msg.custom = e.data.custom;
      if (e.data.image !== undefined) msg.image = e.data.image;
      if (typeof meta.utter_action === 'string') msg.utter_action = meta.utter_action;
      turn.sendBot(msg, meta);
    }
  },
  action_trigger_search: (turn) => {
    turn.utter('utter_no_knowledge_base');
  },
  action_trigger_chitchat: (turn) => {
    if (!turn.utter('utter_free_chitchat_response')) turn.utter('utter_cannot_handle');
  },
  action_reset_routing: (turn) => {
    if ('route_session_to_calm' in turn.project.domain.slots) turn.setSlot('route_session_to_calm', null);
  },
  action_default_fallback: (turn) => {
    turn.utter('utter_ask_rephrase');
  },
};

export async function runDefaultAction(turn: Turn, name: DefaultActionName): Promise<void> {
  const top = topFrame(turn.stack);
  if (name !== 'action_session_start') turn.emit({ event: 'action', name, policy: 'FlowPolicy', confidence: 1 });
  await IMPLS[name]?.(turn, top);
}

/** Resumes the interrupted flow the user chose (interrupted_flow_to_continue), or the latest one. */
function continueInterrupted(turn: Turn, top: StackFrame | undefined): void {
  const choice = turn.slots.interrupted_flow_to_continue;
  const stack = turn.stack;
  const roots = stack.map((f, i) => [f, i] as const).filter(([f]) => isUserFrame(f) && f.frame_type !== 'call');
  let chosen = roots[roots.length - 1];
  if (typeof choice === 'string' && choice.trim()) {
    const want = choice.trim().toLowerCase();
    chosen = roots.find(([f]) => f.flow_id.toLowerCase() === want || turn.flowName(f.flow_id).toLowerCase() === want) ?? chosen;
  }
  if (!chosen) return;
  const [frame, index] = chosen;
  const next = roots.find(([, i]) => i > index);
  const end = next ? next[1] : stack.length;
  // Move the chosen flow (with its called children and open question) right under this pattern.
  const segment = stack.slice(index, end).filter((f) => f !== top);
  const rest = stack.filter((f, i) => (i < index || i >= end) && f !== top);
  turn.setStack(top ? [...rest, ...segment, top] : [...rest, ...segment]);
  turn.emit({ event: 'flow_resumed', flow_id: frame.flow_id, step_id: frame.step_id });
}

function asStrings(v: SlotValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Removes frames; user flows among them are cancelled (FlowCancelled, their slots reset). */
function cancelFrames(turn: Turn, which: (f: StackFrame) => boolean): void {
  const gone = turn.stack.filter(which);
  turn.removeFrames(new Set(gone.map((f) => f.frame_id)));
  for (const f of gone) {
    if (!isUserFrame(f)) continue;
    turn.emit({ event: 'flow_cancelled', flow_id: f.flow_id, step_id: f.step_id });
    const cf = turn.flow(f.flow_id);
    if (cf) resetFlowSlots(turn, cf);
  }
}

/**
 * A new session: SessionStarted, slots carried over (session_config), the channel metadata in
 * `session_started_metadata`. The project's own action_session_start, if any, runs next (run-action.ts).
 */
async function sessionStart(turn: Turn): Promise<void> {
  const { domain } = turn.project;
  const carried: [string, SlotValue][] = domain.session_config.carry_over_slots_to_new_session
    ? Object.entries(turn.slots).filter(
        ([name, v]) => name !== 'session_started_metadata' && JSON.stringify(v) !== JSON.stringify(turn.tracker.initialValue(name)),
      )
    : [];
  const custom = isCustom(turn, 'action_session_start');
  if (!custom) turn.emit({ event: 'action', name: 'action_session_start', policy: 'FlowPolicy', confidence: 1 });
  turn.emit({ event: 'session_started' });
  for (const [name, value] of carried) turn.emit({ event: 'slot', name, value });
  if (turn.sessionMetadata && Object.keys(turn.sessionMetadata).length && 'session_started_metadata' in domain.slots) {
    turn.emit({ event: 'slot', name: 'session_started_metadata', value: turn.sessionMetadata as SlotValue });
  }
}

function correctSlots(turn: Turn, top: StackFrame | undefined): void {
  if (!top) return;
  const corrected = (top.corrected_slots ?? {}) as Record<string, SlotValue>;
  for (const [name, value] of Object.entries(corrected)) turn.setSlot(name, value);
  const flowId = top.reset_flow_id;
  const stepId = top.reset_step_id;
  if (typeof flowId !== 'string' || typeof stepId !== 'string') return;
  const idx = turn.stack.findLastIndex((f) => isUserFrame(f) && f.flow_id === flowId);
  if (idx < 0) return;
  const target = turn.stack[idx]!;
  // Everything between the corrected flow and this pattern (open questions, called children) is dropped.
  const drop = new Set(
    turn.stack
      .slice(idx + 1)
      .filter((f) => f !== top)
      .map((f) => f.frame_id),
  );
  turn.removeFrames(drop);
  turn.updateFrame(target.frame_id, { step_id: `${CONTINUE_PREFIX}${stepId}` });
}

function runSlotRejections(turn: Turn, top: StackFrame | undefined): void {
  if (!top) return;
  const slot = typeof top.collect === 'string' ? top.collect : typeof top.validate === 'string' ? top.validate : null;
  if (!slot) return;
  const value = turn.slots[slot] ?? null;
  if (value === null) return;
  const def = turn.project.domain.slots[slot];
  // As Rasa's action returns them: the reset first, then the message, which still says the rejected value.
  const reject = (response: string) => {
    turn.setSlot(slot, null);
    turn.utter(response, { value, [slot]: value });
  };
  if (def && !fitsSlotType(def, value)) {
    reject(`utter_${def.type === 'bool' ? 'boolean' : def.type}_slot_rejection`);
    return;
  }
  const rejections = [...((top.rejections ?? []) as unknown as Rejection[])];
  if (typeof top.collect === 'string' && def?.validation) rejections.push(...def.validation.rejections);
  for (const r of rejections) {
    let rejected: boolean;
    try {
      rejected = evaluatePredicate(r.if, { slots: turn.slots, context: turn.context() });
    } catch (e) {
      if (!(e instanceof PredicateError)) throw e;
      turn.log.warn({ slot, condition: String(r.if), err: e.message }, 'rejection condition cannot be evaluated');
      reject('utter_internal_error_rasa');
      return;
    }
    if (rejected) {
      reject(r.utter);
      return;
    }
  }
}
