// The flow policy: advances the top frame of the dialogue stack step by step until a step waits for the user
// (action_listen) or the stack is empty. Step decisions are synchronous; only actions are awaited.
import type { SlotValue } from '../commands.ts';
import { optionsList } from '../dialogue/options-list.ts';
import { renderJinja } from '../dialogue/jinja.ts';
import { coerceSlotValue } from '../dialogue/slot-values.ts';
import { COLLECT, isUserFrame, type StackFrame, topFrame, topUserFrame } from '../dialogue/stack.ts';
import { type CompiledFlow, type CompiledStep, CONTINUE_PREFIX, END, START } from '../flows/compile.ts';
import { evaluatePredicate, PredicateError } from '../flows/predicates.ts';
import type { Condition } from '../flows/types.ts';
import { runAction } from './run-action.ts';
import { resetFlowSlots } from './flow-slots.ts';
import type { Turn } from './turn.ts';

type StepOutcome = 'continue' | 'listen';

export async function runFlows(turn: Turn): Promise<void> {
  let steps = 0;
  let recovered = false;
  while (!turn.stopped) {
    const top = topFrame(turn.stack);
    if (!top) return;
    if (++steps > turn.opts.maxStepsPerTurn) {
      turn.log.warn({ flow: top.flow_id, step: top.step_id, steps }, 'too many steps without waiting for the user');
      abandonStack(turn);
      if (recovered) return;
      recovered = true;
      steps = 0;
      turn.pushPattern('pattern_internal_error', { error_type: 'rasa_internal_error_default', info: {} });
      continue;
    }
    const cf = turn.flow(top.flow_id);
    if (!cf) {
      turn.log.warn({ flow: top.flow_id }, 'stack frame refers to an unknown flow; dropping it');
      turn.removeFrames(new Set([top.frame_id]));
      continue;
    }
    const errorsBefore = turn.reportedErrors.size;
    const nextId = selectNext(turn, top, cf);
    // A broken condition pushed pattern_internal_error: let it speak first, then decide again.
    if (turn.reportedErrors.size !== errorsBefore) continue;
    const step = nextId === END ? undefined : cf.steps.get(nextId);
    if (!step) {
      endFrame(turn, top, cf);
      continue;
    }
    if (top.step_id === START) turn.emit({ event: 'flow_started', flow_id: top.flow_id });
    turn.updateFrame(top.frame_id, { step_id: step.id });
    // The updated top frame is that same frame with the new step id (no second copy).
    const outcome = await runStep(turn, topFrame(turn.stack)!, step);
    if (outcome === 'listen') return;
  }
}

function abandonStack(turn: Turn): void {
  for (const f of turn.stack) if (isUserFrame(f)) turn.emit({ event: 'flow_cancelled', flow_id: f.flow_id, step_id: f.step_id });
  turn.setStack([]);
}

/** The id of the step to run next for `frame` (END when the flow is done). */
export function selectNext(turn: Turn, frame: StackFrame, cf: CompiledFlow): string {
  const at = frame.step_id;
  if (at === START) return cf.first;
  if (at === END) return END;
  if (at.startsWith(CONTINUE_PREFIX)) return at.slice(CONTINUE_PREFIX.length);
  const current = cf.steps.get(at);
  if (!current) return END;
  if ('target' in current.next) return current.next.target;
  for (const b of current.next.branches) {
    if (b.if === undefined || holds(turn, b.if, `${cf.flow.id}:${at}`)) return b.target;
  }
  return END;
}

/** Evaluates a condition against slots and the frame context; a broken one counts as false and is reported. */
export function holds(turn: Turn, cond: Condition, where: string): boolean {
  try {
    const plain = typeof cond === 'string' && cond.includes('{{') ? (renderSimpleRefs(cond, turn.slots, turn) ?? cond) : cond;
    // The context merges stack frames; a condition that never names it (nor needs Jinja) cannot read it.
    const context = typeof plain === 'string' && !plain.includes('context') && !plain.includes('{') ? NO_CONTEXT : turn.context();
    return evaluatePredicate(plain, { slots: turn.slots, context });
  } catch (e) {
    if (!(e instanceof PredicateError)) throw e;
    turn.log.warn({ where, condition: String(cond), err: e.message }, 'condition cannot be evaluated');
    if (!turn.reportedErrors.has(where)) {
      turn.reportedErrors.add(where);
      turn.pushPattern('pattern_internal_error', { error_type: 'rasa_internal_error_default', info: { detail: e.message } });
    }
    return false;
  }
}

const NO_CONTEXT: Record<string, SlotValue> = Object.freeze({});
const SIMPLE_REF = /\{\{\s*(context|slots)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ANY_TEMPLATE = /\{\{|\{%/;

/**
 * Renders `{{ context.x }}` / `{{ slots.x }}` references without the Jinja engine (the default patterns use
 * only these); null when the template needs real Jinja.
 */
export function renderSimpleRefs(template: string, slots: Record<string, SlotValue>, context: Pick<Turn, 'contextValue'>): string | null {
  let shape = simpleRefShapes.get(template);
  if (shape === undefined) {
    // Split once per template: literal text around each reference, as String#replace would see it.
    const text: string[] = [];
    const refs: { ns: string; key: string }[] = [];
    let last = 0;
    for (const m of template.matchAll(SIMPLE_REF)) {
      text.push(template.slice(last, m.index));
      refs.push({ ns: m[1]!, key: m[2]! });
      last = m.index + m[0].length;
    }
    text.push(template.slice(last));
    shape = { text, refs };
    if (simpleRefShapes.size >= 5000) simpleRefShapes.clear();
    simpleRefShapes.set(template, shape);
  }
  let out = shape.text[0]!;
  for (let i = 0; i < shape.refs.length; i++) {
    const { ns, key } = shape.refs[i]!;
    const v = ns === 'context' ? context.contextValue(key) : slots[key];
    out += v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    out += shape.text[i + 1]!;
  }
  return ANY_TEMPLATE.test(out) ? null : out;
}

const simpleRefShapes = new Map<string, { text: string[]; refs: { ns: string; key: string }[] }>();

function renderName(turn: Turn, name: string): string {
  if (!name.includes('{')) return name;
  const simple = renderSimpleRefs(name, turn.slots, turn);
  if (simple !== null) return simple.trim();
  try {
    return renderJinja(name, { slots: turn.slots, context: turn.context() }).trim();
  } catch (e) {
    turn.log.warn({ action: name, err: String(e) }, 'action name does not render');
    return '';
  }
}

async function runStep(turn: Turn, frame: StackFrame, cs: CompiledStep): Promise<StepOutcome> {
  const step = cs.step;
  switch (step.kind) {
    case 'collect': {
      const slot = step.collect;
      if (step.ask_before_filling && turn.slots[slot] !== null && turn.slots[slot] !== undefined) turn.setSlot(slot, null);
      const ctx: Record<string, SlotValue> = {
        collect: slot,
        utter: step.utter ?? `utter_ask_${slot}`,
        collect_action: `action_ask_${slot}`,
        rejections: (step.rejections ?? []).map((r) => ({ if: r.if, utter: r.utter })),
      };
      if (step.force_slot_filling) ctx.force_slot_filling = true;
      // Voice channels read these from the open question on top of the stack.
      if (step.dtmf) ctx.dtmf = JSON.parse(JSON.stringify(step.dtmf)) as SlotValue;
      if (step.silence_timeout !== undefined) {
        const t = typeof step.silence_timeout === 'number' ? step.silence_timeout : step.silence_timeout[turn.channel];
        if (t !== undefined) ctx.silence_timeout = t;
      }
      turn.pushPattern(COLLECT, ctx);
      return 'continue';
    }
    case 'action': {
      const name = renderName(turn, step.action);
      if (!name) return 'continue';
      if (name === 'action_listen') return 'listen';
      // After a repair pattern has just repeated the question, do not ask it twice in a row.
      if (frame.type === COLLECT && name === frame.utter && turn.lastUtterAction() === name) return 'continue';
      // A response marked `metadata: {holds_question: true}` («Конечно, я подожду.») answers a caller who asked for
      // time: the question pending waits for the caller's next words (or the silence prompt) instead of following
      // at once. A project extension; Rasa has no such key and would ask again.
      if (frame.type === COLLECT && name === frame.utter && turn.holdsQuestion(turn.lastUtterAction())) return 'continue';
      // The question asked again after the caller answered another one: that answer is said back first, when the
      // project has words for it (`utter_noted_input`, given `noted_slots`; Rasa has no such response).
      if (frame.type === COLLECT && name === frame.utter && turn.notedInput) {
        const noted = turn.notedInput;
        turn.notedInput = null;
        if (turn.project.domain.responses['utter_noted_input'] && !(String(frame.collect) in noted))
          turn.utter('utter_noted_input', { noted_slots: noted }, { skipEmpty: true });
      }
      await runAction(turn, name);
      return turn.stopped ? 'listen' : 'continue';
    }
    case 'set_slots':
      for (const kv of step.set_slots) {
        for (const [name, raw] of Object.entries(kv)) {
          const value = coerceSlotValue(turn.project.domain.slots[name], (raw ?? null) as SlotValue).value;
          turn.setSlot(name, value);
        }
      }
      return 'continue';
    case 'link': {
      finishFlow(turn, frame, turn.flow(frame.flow_id)!, { announce: false });
      const target = turn.flow(step.link);
      if (!target) {
        turn.log.warn({ link: step.link }, 'link to an unknown flow');
        return 'continue';
      }
      if (target.flow.id.startsWith('pattern_')) pushPatternFrame(turn, target.flow.id);
      else turn.push({ type: 'flow', flow_id: target.flow.id, frame_type: 'link' });
      return 'continue';
    }
    case 'call':
      turn.push({ type: 'flow', flow_id: step.call, frame_type: 'call' });
      return 'continue';
    case 'noop':
      return 'continue';
  }
}

/** Pushes a pattern with the context the engine provides for it. */
export function pushPatternFrame(turn: Turn, id: string, context: Record<string, SlotValue> = {}): void {
  if (id === 'pattern_human_handoff') context = { transfer_to: turn.opts.transferTarget, ...context };
  turn.pushPattern(id, context);
}

function endFrame(turn: Turn, frame: StackFrame, cf: CompiledFlow): void {
  finishFlow(turn, frame, cf, { announce: true });
}

/** Pops a finished frame: FlowCompleted, slot reset, then continue-interrupted or completed patterns. */
function finishFlow(turn: Turn, frame: StackFrame, cf: CompiledFlow, opts: { announce: boolean }): void {
  turn.removeFrames(new Set([frame.frame_id]));
  turn.emit({ event: 'flow_completed', flow_id: frame.flow_id, step_id: frame.step_id });
  if (isUserFrame(frame) && frame.frame_type === 'call') return;
  resetFlowSlots(turn, cf);
  // Rasa ends a cancelled flow only after the cancel pattern (action_cancel_flow moves its frame to END), so
  // cancelling the last flow leaves an empty stack behind a user flow: pattern_completed runs, as after any.
  const canceled = frame.flow_id === 'pattern_cancel_flow' && Array.isArray(frame.canceled_frames) && frame.canceled_frames.length > 0;
  if (canceled && opts.announce && turn.stack.length === 0) {
    turn.pushPattern('pattern_completed', { previous_flow_name: typeof frame.canceled_name === 'string' ? frame.canceled_name : '' });
    return;
  }
  if (!isUserFrame(frame) || !opts.announce) return;
  const below = topUserFrame(turn.stack);
  if (below && (frame.frame_type === 'interrupt' || frame.frame_type === 'link')) {
    const names = interruptedFlows(turn).map((f) => turn.flowName(f.flow_id));
    turn.pushPattern('pattern_continue_interrupted', {
      previous_flow_name: turn.flowName(below.flow_id),
      interrupted_flow_names: names,
      interrupted_flow_ids: interruptedFlows(turn).map((f) => f.flow_id),
      interrupted_flow_options: optionsList(names, turn.project.language),
      multiple_flows_interrupted: names.length > 1,
      ask_confirmation: turn.opts.interruptedFlowResume === 'ask',
      // Resuming without asking, after a flow that ends without «anything else?» (an aside: an answer to a remark,
      // a greeting back) the interrupted question is simply asked again, as after an answer to a question: a
      // «let us continue» between them would only lengthen the reply.
      quiet: turn.opts.interruptedFlowResume === 'auto' && cf.flow.run_pattern_completed === false && names.length === 1,
    });
  } else if (turn.stack.length === 0 && cf.flow.run_pattern_completed !== false) {
    turn.pushPattern('pattern_completed', { previous_flow_name: turn.flowName(frame.flow_id) });
  }
}

/** User frames still on the stack (not called children), topmost first. */
function interruptedFlows(turn: Turn): StackFrame[] {
  return turn.stack.filter((f) => isUserFrame(f) && f.frame_type !== 'call').reverse();
}
